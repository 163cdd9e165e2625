"""Wijzer: checks social media drafts against a public body's social media guideline."""

__version__ = "0.1.0"
