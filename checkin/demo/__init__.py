"""The demo event: the congress programme with generated Polish (and a few Cyrillic) registrants."""
