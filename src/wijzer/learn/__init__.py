"""Learning the guideline: the checklist before posting, the self-scan and the quiz (issue 5)."""
