"""The app's logic without HTTP: checking, submissions, reviews, notifications, statistics."""
