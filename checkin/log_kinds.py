"""The kinds of row in the event log, and the groups of them that the rest of the code asks about.

The log is the event's history and what stations exchange: every state change appends rows of these kinds.
The values are stored in event files and sent to other stations, so a value never changes; a new kind is
added here, and the groups it belongs to say who reads it.
"""

from __future__ import annotations

from enum import StrEnum


class LogKind(StrEnum):
    REGISTER = "register"
    """A guest created from a list (an import, or `register`)."""
    WALK_IN = "walk_in"
    """A guest registered at the desk and checked in at once."""
    EDIT = "edit"
    """Fields of a guest corrected at a desk (each logged as [old, new], see DESK_EDITED), or updated by an
    import (each logged as its new value)."""
    IMPORTED = "imported"
    """The values an import read for a guest it matched, where they differ from the ones last imported: the
    baseline the next import compares the file with (see `checkin.importing.merge`). Changes no record."""
    CANCEL = "cancel"
    RESTORE = "restore"
    """A cancelled registration restored; with no guest, a backup put back into the event file."""
    CHECK_IN = "check_in"
    UNDO = "undo"
    """A check-in taken back, with the staff's reason."""
    CHOICE = "choice"
    """A guest signed up for a session (a workshop of a choice group, a meal) at a desk."""
    WITHDRAW = "withdraw"
    DOOR_SWITCH = "door_switch"
    """A guest admitted at the door of a workshop of their group other than the one they chose."""
    CHOICES_FROM_ANSWERS = "choices_from_answers"
    """The sign-ups an import's workshop answers and meal columns made, as (guest, session) pairs."""
    ENTRY = "entry"
    EXIT = "exit"
    PROGRAMME = "programme"
    """The whole programme as saved; the latest saved wins."""
    BADGE_PRINT = "badge_print"
    BADGE_TEMPLATE = "badge_template"
    SETTING = "setting"
    """One event setting changed (the venue, its town, the funding logos, the remembered import mappings):
    {"key", "value"}, the whole new value; the latest of each key wins."""
    PIN_SET = "pin_set"
    """The organiser PIN set or changed (its salted hash, never the PIN)."""
    PIN_FAILED = "pin_failed"
    PIN_ACCEPTED = "pin_accepted"
    """A right PIN that ends a run of wrong ones (not every unlock: the count starts again there)."""
    PURGE = "purge"
    """The personal data cleared after the event."""
    CONFIRMATION_SENT = "confirmation_sent"
    """A guest's confirmation accepted by the organiser's mail server: {"address", "language"}, written the
    moment the server took it, so sending again skips the guest (`checkin.confirmations`)."""


NEW_GUEST = (LogKind.REGISTER, LogKind.WALK_IN)
GUEST_EDITS = (LogKind.EDIT, LogKind.CANCEL, LogKind.RESTORE)
GUEST_STATE = (*NEW_GUEST, *GUEST_EDITS)
"""Kinds that change a guest record, and so what search shows and who is expected."""
CHECK_INS = (LogKind.CHECK_IN, LogKind.UNDO)
DOOR_SCANS = (LogKind.ENTRY, LogKind.EXIT)
SCANS = (*CHECK_INS, *DOOR_SCANS)
"""What the scans export lists: check-ins with their undos, and entries to and exits from sessions."""
DESK_SIGNUPS = (LogKind.CHOICE, LogKind.WITHDRAW, LogKind.DOOR_SWITCH)
"""Sign-up changes made one guest at a time; `CHOICES_FROM_ANSWERS` makes many at once."""
DESK_EDITED = frozenset(
    ("title", "first_name", "last_name", "position", "organisation", "city", "email", "phone", "category",
     "notes", "needs", "workshop")
)  # fmt: skip
"""Fields a desk edit logs as [old, new] (an import's update logs the new value alone): what tells a desk's
correction from an import in the log."""

MEAL_COUNTS = (*GUEST_STATE, *DESK_SIGNUPS, LogKind.CHOICES_FROM_ANSWERS, LogKind.PROGRAMME)
"""What changes the kitchen's numbers: a guest's registration, sign-ups and their diets, the programme."""
