"""Door mode: a station at one session's door records who enters (and, optionally, who leaves).

A scan is recorded for the chosen session whatever the clock says: rehearsals and early openings happen, and
the window warns when the session is not today. Entering one session of a choice group counts the guest out
of the others, so people who change rooms are counted where they are.
"""

from __future__ import annotations

from collections.abc import Callable

from checkin.domain import Attendee, DoorVerdict, DoorVerdictKind, Session, SessionEntry, Status
from checkin.log_kinds import LogKind
from checkin.replication.replay import settle_sessions
from checkin.station_part import StationPart


class Door(StationPart):
    """Entries to and exits from sessions, recorded from a station."""

    def enter(
        self, code_or_id: str | int, session_id: int, *, admit: bool = False, override: str = ""
    ) -> DoorVerdict:
        """Record a guest's entry, or say why not.

        A guest not signed up for the session gets `not_signed_up` (with the session they did choose, if
        any); `admit` lets them in and records the switch. A full session gets `session_full` unless
        `override` gives the staff's reason. A guest signed up for the session always has their seat.
        """
        return self._scan(code_or_id, session_id, lambda s, a: self._enter(s, a, admit, override))

    def leave(self, code_or_id: str | int, session_id: int) -> DoorVerdict:
        """An exit scan: the guest no longer counts as in the room."""
        return self._scan(code_or_id, session_id, self._leave)

    def _scan(
        self, code_or_id: str | int, session_id: int, record: Callable[[Session, Attendee], DoorVerdict]
    ) -> DoorVerdict:
        """Who came to which session, then `record` in one write transaction; unknown codes write nothing."""
        session = self._station.programme.session(session_id)
        attendee = self._station.find(code_or_id)
        if attendee is None:
            return self._verdict(DoorVerdictKind.UNKNOWN_CODE, session)
        with self._storage.transaction():
            return record(session, attendee)

    def _enter(self, session: Session, attendee: Attendee, admit: bool, override: str) -> DoorVerdict:
        entry = self._storage.entry_of(attendee.id, session.id)
        if entry is not None and entry.exited_at is None:
            return self._verdict(DoorVerdictKind.ALREADY_ENTERED, session, attendee, entry=entry)
        signed_up = self._signed_up(attendee, session)
        right = None if signed_up else self._chosen_instead(attendee, session)
        if not signed_up and (not admit or attendee.status is Status.CANCELLED):
            return self._verdict(DoorVerdictKind.NOT_SIGNED_UP, session, attendee, right=right)
        overridden = self._full(session, signed_up)
        if overridden and not override.strip():
            return self._verdict(DoorVerdictKind.SESSION_FULL, session, attendee, right=right)
        reason = override if overridden else ""
        switched = self._switch(attendee, session, signed_up, reason)
        entry = self._record_entry(attendee, session, admitted=not signed_up, reason=reason)
        return self._verdict(
            DoorVerdictKind.ENTERED, session, attendee, entry=entry, switched=switched, overridden=overridden
        )

    def _leave(self, session: Session, attendee: Attendee) -> DoorVerdict:
        entry = self._storage.entry_of(attendee.id, session.id)
        if entry is None or entry.exited_at is not None:
            return self._verdict(DoorVerdictKind.NOT_IN_ROOM, session, attendee, entry=entry)
        _, at = self._station.programme.log(LogKind.EXIT, attendee.id, session, {})
        self._storage.mark_exit(attendee.id, session.id, at)
        return self._verdict(DoorVerdictKind.EXITED, session, attendee, entry=entry)

    # --- the rules ----------------------------------------------------------------------------------------

    def _signed_up(self, attendee: Attendee, session: Session) -> bool:
        """Signed up for a session that needs it; registered for its day for one that is open to all."""
        if attendee.status is Status.CANCELLED:
            return False
        if session.needs_signup:
            return session.id in self._storage.signups_of(attendee.id)
        return attendee.attends(self._station.programme.date_of(session))

    def _chosen_instead(self, attendee: Attendee, session: Session) -> Session | None:
        """The session of this one's choice group that the guest signed up for: where to send them."""
        signed = self._storage.signups_of(attendee.id)
        group = self._station.programme.group_of(session)
        return next((s for s in group if s.id in signed and s.id != session.id), None)

    def _full(self, session: Session, signed_up: bool) -> bool:
        """No seat for this guest: a signed-up guest always has theirs; anyone else needs a free one (a
        seat not signed up for, or, in a session open to all, room among those inside now)."""
        capacity = session.capacity
        if capacity is None or (signed_up and session.needs_signup):
            return False
        if session.needs_signup:
            return self._storage.signup_count(session.id) >= capacity
        _, in_room = self._storage.entry_counts([session.id]).get(session.id, (0, 0))
        return in_room >= capacity

    def _switch(self, attendee: Attendee, session: Session, signed_up: bool, override: str) -> Session | None:
        """Sign an admitted guest up for the session they walked into; returns the one they left."""
        if signed_up or not session.needs_signup:
            return None
        switched = self._station.choices.record(
            attendee, session, override=override, kind=LogKind.DOOR_SWITCH
        )
        return switched.previous

    def _record_entry(
        self, attendee: Attendee, session: Session, *, admitted: bool, reason: str
    ) -> SessionEntry:
        others = [s.id for s in self._station.programme.group_of(session) if s.id != session.id]
        left = [s for s in others if self._storage.entry_of(attendee.id, s) is not None]
        log_uuid, at = self._station.programme.log(
            LogKind.ENTRY, attendee.id, session, {"left": left, "admitted": admitted}, reason
        )
        for other in left:
            self._storage.remove_entry(attendee.id, other)
        if left:
            settle_sessions(self._storage)
        station = self._station
        entry = SessionEntry(at, station.name, station.staff)
        self._storage.add_entry(attendee.id, session.id, log_uuid, entry)
        return entry

    def _verdict(
        self,
        kind: DoorVerdictKind,
        session: Session,
        attendee: Attendee | None = None,
        *,
        entry: SessionEntry | None = None,
        right: Session | None = None,
        switched: Session | None = None,
        overridden: bool = False,
    ) -> DoorVerdict:
        counts = self._station.programme.counts_of(session)
        return DoorVerdict(kind, counts, attendee, entry, right, switched, overridden)
