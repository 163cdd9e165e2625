"""Policy packs: the guideline, rules, word lists and settings of one organisation, as data."""
