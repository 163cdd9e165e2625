"""Labelled data sets and the accuracy measures of categories.md."""
