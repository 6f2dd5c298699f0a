"""Widgets the desk, the door and the organiser dialogs share: the verdict banner, the scan field, form
dialogs, the theme."""
