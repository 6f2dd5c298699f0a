"""The event's programme as the rest of the app sees it: sessions, their choice groups and their numbers.

Editing saves the whole programme at once, checked first: a bad time or a day the event does not have is
refused with a message, and a session someone signed up for or entered cannot vanish with their records.
An imported programme file replaces the programme the same way, its sessions matched to the stored ones so
that guests' sign-ups and door entries stay with the session they belong to.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from checkin.backups import Reason
from checkin.domain import SESSION_KINDS, Session, SessionCounts
from checkin.errors import UserError
from checkin.importing.problems import RowProblem
from checkin.log_kinds import LogKind
from checkin.programme.file_reader import ProgrammeFile, read_programme
from checkin.station_part import StationPart
from checkin.text import fold

MAX_CAPACITY = 100_000
MAX_TEXT_LENGTH = 500
_TIME = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


@dataclass(frozen=True)
class ProgrammeImport:
    """What importing a programme file did, or would do before it is saved: the programme after it, how
    many of its sessions are new, changed or the same as before, how many sessions it dropped, and the
    file's rows that were skipped (or cut) and why."""

    sessions: list[Session]
    added: int
    updated: int
    unchanged: int
    removed: int
    problems: list[RowProblem]


class Programme(StationPart):
    """The sessions of one event, seen from a station."""

    # --- reading ------------------------------------------------------------------------------------------

    def sessions(self) -> list[Session]:
        return self._storage.sessions()

    def session(self, session_id: int) -> Session:
        found = self._storage.session(session_id)
        if found is None:
            raise UserError(
                "unknown_session", "The programme has no session number {id}.", id=str(session_id)
            )
        return found

    def workshops(self) -> list[Session]:
        """The sessions a guest chooses between (those of a choice group)."""
        return [s for s in self.sessions() if s.choice_group]

    def group_of(self, session: Session) -> list[Session]:
        """The sessions running in parallel with `session` that a guest picks one of (itself included)."""
        if not session.choice_group:
            return [session]
        return [s for s in self.sessions() if s.choice_group == session.choice_group]

    def date_of(self, session: Session) -> str:
        """The ISO date of the session's day."""
        return self._station.event.days[session.day - 1]

    def log(
        self, kind: LogKind, attendee_id: int, session: Session, data: dict[str, object], reason: str = ""
    ) -> tuple[str, str]:
        """Append a log row about a guest and a session, inside the caller's transaction: (uuid, at)."""
        station = self._station
        return self._storage.append_log(
            kind, station=station.name, staff=station.staff, attendee_id=attendee_id,
            day=self.date_of(session), reason=reason.strip(), data={"session": session.id, **data},
        )  # fmt: skip

    def counts(
        self, sessions: Sequence[Session] | None = None, expected: Mapping[str, int] | None = None
    ) -> list[SessionCounts]:
        """Signed up, entered and in the room for each session (all of them by default).

        A session open to all counts the guests expected on its date: from `expected` (date -> guests) when
        the caller keeps that counted already (the dashboard does), else from the station's count, which is
        kept until a guest record changes (`Station.expected_on`).
        """
        chosen = self.sessions() if sessions is None else list(sessions)
        signed = self._storage.signup_counts([s.id for s in chosen if s.needs_signup])
        entries = self._storage.entry_counts([s.id for s in chosen])
        on_date = dict(expected or {})
        result = []
        for session in chosen:
            if session.needs_signup:
                signed_up = signed.get(session.id, 0)
            else:
                date = self.date_of(session)
                if date not in on_date:
                    on_date[date] = self._station.expected_on(date)
                signed_up = on_date[date]
            entered, in_room = entries.get(session.id, (0, 0))
            result.append(SessionCounts(session, signed_up, entered, in_room))
        return result

    def counts_of(self, session: Session) -> SessionCounts:
        return self.counts([session])[0]

    # --- editing ------------------------------------------------------------------------------------------

    def import_file(self, path: Path) -> ProgrammeImport:
        """Replace the programme with the sessions of an organiser's file (see `merge_programme`).

        Saved as `save` saves, so the same checks apply: a stored session the file leaves out that guests
        signed up for or entered stops the whole import with a UserError. Raises `ImportFileError` when the
        file cannot be read. Organiser only; a snapshot of the event is taken before saving.
        """
        self._station.roles.require_organiser()
        merged = merge_programme(self.sessions(), read_programme(path, self._station.event.days))
        self._station.backups.snapshot(Reason.BEFORE_PROGRAMME)
        return replace(merged, sessions=self.save(merged.sessions))

    def version(self) -> int:
        """Which programme an editor starts from: pass it back to `save` as `based_on`."""
        return self._storage.programme_version()

    def save(self, sessions: Sequence[Session], *, based_on: int | None = None) -> list[Session]:
        """Replace the programme with `sessions` (ids kept for those that had one); returns it as stored.

        With `based_on` (a `version()`), a programme another station changed since is refused rather than
        overwritten. Guests' workshop answers that name a session are matched again, so a programme loaded
        after the registrant list still turns their answers into choices. Organiser only.
        """
        self._station.roles.require_organiser()
        checked = [_validated(s, len(self._station.event.days)) for s in sessions]
        _check_groups(checked)
        station = self._station
        with self._storage.transaction():
            if based_on is not None and self._storage.programme_version() != based_on:
                raise _changed_elsewhere()
            kept = {s.id for s in checked if s.id}
            for session_id, count in self._storage.sessions_in_use().items():
                if session_id not in kept:
                    gone = self.session(session_id)
                    raise UserError(
                        "session_in_use",
                        '"{title}" cannot be removed: {count} guests chose or entered it. Move them '
                        "to another session first, or keep it.",
                        title=gone.title, count=str(count),
                    )  # fmt: skip
            try:
                ids = self._storage.save_sessions(checked)
            except KeyError:
                raise _changed_elsewhere() from None
            stored = [replace(s, id=i) for s, i in zip(checked, ids, strict=True)]
            station.storage.append_log(
                LogKind.PROGRAMME, station=station.name, staff=station.staff,
                data={"sessions": [asdict(s) for s in stored]},
            )  # fmt: skip
            station.choices.assign_answers()
        return self.sessions()


def merge_programme(current: Sequence[Session], imported: ProgrammeFile) -> ProgrammeImport:
    """The imported programme, each session keeping the id of the current session it matches.

    A match is the same day and the same title compared folded ("OBIAD" is "Obiad"), so a re-imported
    programme with a moved time or room keeps the guests' sign-ups and door entries. Among several alike
    (two coffee breaks a day) the one starting at the same time is taken first, then the next in order.
    Current sessions nothing matches are left out: they count as removed.
    """
    unmatched: dict[tuple[int, str], list[Session]] = {}
    for session in current:
        unmatched.setdefault(_match_key(session), []).append(session)
    sessions: list[Session] = []
    added = updated = 0
    for session in imported.sessions:
        match = _take_match(unmatched.get(_match_key(session), []), session)
        kept = session if match is None else replace(session, id=match.id)
        added += match is None
        updated += match is not None and kept != match
        sessions.append(kept)
    removed = sum(len(left) for left in unmatched.values())
    return ProgrammeImport(
        sessions, added, updated, len(sessions) - added - updated, removed, imported.problems
    )


def _match_key(session: Session) -> tuple[int, str]:
    return session.day, " ".join(fold(session.title).split())


def _take_match(candidates: list[Session], session: Session) -> Session | None:
    """The candidate `session` takes, removed from `candidates`: the one at the same start, else the first."""
    if not candidates:
        return None
    match = next((c for c in candidates if c.start == session.start), candidates[0])
    candidates.remove(match)
    return match


def _changed_elsewhere() -> UserError:
    return UserError(
        "programme_changed_elsewhere", "Another station changed the programme meanwhile; nothing was saved. "
        "Close the editor and open it again to see the current programme.",
    )  # fmt: skip


def _validated(session: Session, days: int) -> Session:
    """The session with its text trimmed, or a UserError naming the field that is wrong."""
    title = session.title.strip()[:MAX_TEXT_LENGTH]
    if not title:
        raise UserError("session_title_required", "Every session needs a title.")
    if not 1 <= session.day <= days:
        raise UserError(
            "session_bad_day", '"{title}": day {day} is not a day of this event (1 to {days}).',
            title=title, day=str(session.day), days=str(days),
        )  # fmt: skip
    for value in (session.start, session.end):
        if not _TIME.fullmatch(value.strip()):
            raise UserError(
                "session_bad_time",
                '"{title}": "{time}" is not a time; write it as 09:30.',
                title=title,
                time=value,
            )
    if session.end.strip() <= session.start.strip():
        raise UserError("session_ends_before_start", '"{title}" must end after it starts.', title=title)
    if session.kind not in SESSION_KINDS:
        raise UserError("session_bad_kind", '"{title}": "{kind}" is not a kind of session.', title=title,
                        kind=session.kind)  # fmt: skip
    if session.capacity is not None and not 1 <= session.capacity <= MAX_CAPACITY:
        raise UserError(
            "session_bad_capacity", '"{title}": the capacity must be a number of seats from 1 to {max}, '
            "or empty.",
            title=title, max=str(MAX_CAPACITY),
        )  # fmt: skip
    return replace(
        session, title=title, start=session.start.strip(), end=session.end.strip(),
        room=session.room.strip()[:MAX_TEXT_LENGTH], speakers=session.speakers.strip()[:MAX_TEXT_LENGTH],
        choice_group=session.choice_group.strip()[:MAX_TEXT_LENGTH],
    )  # fmt: skip


def _check_groups(sessions: Sequence[Session]) -> None:
    """A choice group is one day's parallel sessions: a guest picks one of them, so it cannot span days."""
    days: dict[str, int] = {}
    for session in sessions:
        if session.choice_group and days.setdefault(session.choice_group, session.day) != session.day:
            raise UserError(
                "choice_group_spans_days", 'The choice group "{group}" has sessions on different days; give '
                "each day's parallel sessions their own group.", group=session.choice_group,
            )  # fmt: skip
