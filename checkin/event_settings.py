"""The event's settings an organiser changes after creating it (`station.event_settings`): the venue, the
venue's town (badges and the certificates' "miejscowość, data" name it), and the funding logos.

Each change is one `setting` log row, {"key", "value"} with the whole new value, written in the transaction
that changes the setting, so it travels to other stations; there the latest change of each key by clock wins
(`checkin.replication.replay`), as it does for the badge design. A setting this version does not know (sent
by a newer station) stays in the log and changes nothing here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from checkin.confirmations import smtp as confirmation_smtp
from checkin.confirmations import template as confirmation_template
from checkin.documents.funding_logos import (
    FUNDING_LOGOS_SETTING,
    FundingLogo,
    checked_logos,
    is_setting_value,
    logo_from_file,
    logos_of,
    setting_value,
)
from checkin.domain import TOWN_SETTING, Event
from checkin.errors import UserError
from checkin.importing import form_files, forms
from checkin.log_kinds import LogKind
from checkin.station_part import StationPart
from checkin.storage import Storage

VENUE_SETTING = "venue"
"""Kept in the event row's own column, changed and replicated like the settings."""
MAX_TOWN_LENGTH = 100
MAX_KEY_LENGTH = 100
"""A setting's name as a newer station may send one: longer is no name this app would ever use."""
MAX_VENUE_LENGTH = 300
REPLICATED = (
    VENUE_SETTING, TOWN_SETTING, FUNDING_LOGOS_SETTING, forms.SETTING, *confirmation_template.SETTING_KEYS,
    confirmation_smtp.SETTING_KEY, form_files.SETTING,
)  # fmt: skip
"""The keys a `setting` row may change: the first three in the order `EventSettings.save` writes them, then
the import's remembered column mappings (`checkin.importing.forms`), the confirmations' text per language
and their mailbox (without its password: `checkin.confirmations`), and the files each form's imports read
(`checkin.importing.form_files`)."""


class EventSettings(StationPart):
    """The venue, the town and the funding logos of one station's event."""

    def current(self) -> Event:
        """The event as its file holds it now, with another station's latest changes (a desk's
        `station.event` is read when the file is opened)."""
        return self._storage.event()

    def funding_logos(self) -> tuple[FundingLogo, ...]:
        """The logos in order; files named by the setting's older form are read now (a UserError when one
        cannot be)."""
        return logos_of(self.current().settings.get(FUNDING_LOGOS_SETTING), self._station.path.parent)

    def save(
        self, *, venue: str | None = None, town: str | None = None, logos: Sequence[FundingLogo] | None = None
    ) -> Event:
        """Change the settings given (None: left as they are), organiser only: everything is checked first,
        then one transaction writes each value that differs, with its log row. Returns the event after."""
        self._station.roles.require_organiser()
        wanted: dict[str, object] = {}
        if venue is not None:
            wanted[VENUE_SETTING] = _checked_text(venue, MAX_VENUE_LENGTH, "venue_too_long", "venue")
        if town is not None:
            wanted[TOWN_SETTING] = checked_town(town)
        if logos is not None:
            wanted[FUNDING_LOGOS_SETTING] = setting_value(checked_logos(logos))
        with self._storage.transaction():
            self.write_changed(wanted)
        return self._reread()

    def write_changed(self, wanted: Mapping[str, object]) -> None:
        """Write each of `wanted` that differs from the file, inside the caller's transaction: saving a
        value unchanged writes no log row."""
        before = self._storage.event()
        for key, value in wanted.items():
            if (value or None) != (_stored(before, key) or None):  # "" and [] are "not set"
                self.write(key, value)

    def _reread(self) -> Event:
        self._station.event = self._storage.event()
        return self._station.event

    def write(self, key: str, value: object) -> None:
        """Store a checked setting and log it, so other stations learn it (the latest wins); inside the
        caller's transaction. For every replicated setting: these, and an import's remembered mappings."""
        apply_setting(self._storage, key, value)
        self._storage.append_log(
            LogKind.SETTING, station=self._station.name, staff=self._station.staff,
            data={"key": key, "value": value},
        )  # fmt: skip

    def add_funding_logos(self, paths: Sequence[Path]) -> tuple[FundingLogo, ...]:
        """Add the images at `paths` after the logos there are; every file is checked before anything
        changes. Returns the logos after."""
        self._station.roles.require_organiser()
        added = tuple(logo_from_file(path) for path in paths)
        return self._change_logos(lambda logos: (*logos, *added))

    def remove_funding_logo(self, number: int) -> tuple[FundingLogo, ...]:
        """Remove the logo at 1-based `number` (as `logos list` numbers them); returns the logos after."""
        self._station.roles.require_organiser()

        def without(logos: tuple[FundingLogo, ...]) -> tuple[FundingLogo, ...]:
            if not 1 <= number <= len(logos):
                raise UserError(
                    "no_such_logo", "There is no funding logo number {number}; the event has {count}.",
                    number=str(number), count=str(len(logos)),
                )  # fmt: skip
            return logos[: number - 1] + logos[number:]

        return self._change_logos(without)

    def _change_logos(
        self, change: Callable[[tuple[FundingLogo, ...]], tuple[FundingLogo, ...]]
    ) -> tuple[FundingLogo, ...]:
        """The logos read and written in one transaction: another station's change that arrives meanwhile
        is either in what `change` is given or waits for this write, never lost between the two."""
        with self._storage.transaction():
            logos = change(self.funding_logos())
            self.write_changed({FUNDING_LOGOS_SETTING: setting_value(checked_logos(logos))})
        self._reread()
        return logos


def apply_setting(storage: Storage, key: str, value: object) -> None:
    """Store one setting's new value, inside the caller's transaction (here, or replaying another
    station's row)."""
    if key == VENUE_SETTING:
        storage.set_venue(str(value))
    elif key == forms.SETTING:  # another station's mappings: only the well-formed ones are kept
        storage.set_setting(key, [known.to_json() for known in forms.remembered(value)])
    elif key == form_files.SETTING:
        storage.set_setting(key, form_files.cleaned(value))
    else:
        storage.set_setting(key, value)


def is_setting_row(data: object) -> bool:
    """Whether a received `setting` row's data has the shape replaying reads: a known key's value as saving
    checks it; another key's (a newer station's setting) is kept in the log and never applied."""
    if not (isinstance(data, dict) and data.keys() == {"key", "value"} and type(data["key"]) is str):
        return False
    key, value = data["key"], data["value"]
    if key in (VENUE_SETTING, TOWN_SETTING):
        limit = MAX_VENUE_LENGTH if key == VENUE_SETTING else MAX_TOWN_LENGTH
        return type(value) is str and len(value) <= limit
    if key == FUNDING_LOGOS_SETTING:
        return is_setting_value(value)
    if key in confirmation_template.SETTING_KEYS:
        return confirmation_template.is_setting_value(value)
    if key == confirmation_smtp.SETTING_KEY:
        return confirmation_smtp.is_setting_value(value)
    return len(key) <= MAX_KEY_LENGTH


def checked_town(town: str) -> str:
    """The town as stored: spaces tidied; a UserError when it is too long to be a town's name."""
    return _checked_text(town, MAX_TOWN_LENGTH, "town_too_long", "town")


def _stored(event: Event, key: str) -> object:
    return event.venue if key == VENUE_SETTING else event.settings.get(key)


def _checked_text(text: str, limit: int, code: str, what: str) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        raise UserError(code, "The {what} is at most {limit} characters long; {length} were given.",
                        what=what, limit=str(limit), length=str(len(text)))  # fmt: skip
    return text
