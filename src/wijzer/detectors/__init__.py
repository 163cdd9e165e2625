"""Detectors: the rule types that find problems in a post."""
