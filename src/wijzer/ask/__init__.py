"""Answers to "mag ik ...?" questions from the policy pack's FAQ and guideline entries."""
