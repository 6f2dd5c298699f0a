"""Every write a station commits is reported once, as one `Changes` record, to whoever listens."""

import pytest
from helpers.events import DAYS, code_of

from checkin.backups import Reason
from checkin.changes import Changes
from checkin.demo.event import load_programme
from checkin.domain import Registrant
from checkin.errors import UserError
from checkin.log_kinds import LogKind


@pytest.fixture
def reported(station):
    """The records the station reported, in order."""
    records: list[Changes] = []
    station.listen(records.append)
    return records


def test_a_check_in_reports_the_guest_checked_in_and_nothing_else(station, reported):
    verdict = station.check_in(code_of(station, "Kowalski"))
    assert len(reported) == 1
    (changes,) = reported
    assert changes.checked_in == {verdict.attendee.id}
    assert changes.attendance and not changes.guest_records and not changes.sign_ups and not changes.rewritten


def test_a_scan_that_writes_nothing_reports_nothing(station, reported):
    station.check_in(code_of(station, "Kowalski"))
    reported.clear()
    station.check_in(code_of(station, "Kowalski"))  # already checked in: read only
    station.check_in("not a code")
    assert reported == []


def test_a_refused_write_reports_nothing(station, reported):
    with pytest.raises(UserError):
        station.undo(code_of(station, "Kowalski"), reason="   ")
    assert reported == []


def test_a_walk_in_reports_a_new_guest_and_their_check_in(station, reported):
    verdict = station.walk_in(Registrant(first_name="Ewa", last_name="Nowicka"))
    (changes,) = reported
    assert changes.guests(LogKind.WALK_IN) == {verdict.attendee.id} == changes.checked_in
    assert changes.guest_records


def test_an_undo_reports_attendance_but_no_new_check_in(station, reported):
    station.check_in(code_of(station, "Nowak"))
    station.undo(code_of(station, "Nowak"), reason="wrong person")
    undo = reported[-1]
    assert undo.attendance and undo.checked_in == frozenset()
    assert undo.guests(LogKind.UNDO) == {station.guest(code_of(station, "Nowak")).id}


def test_writes_made_by_organiser_functions_are_reported_too(station, reported):
    station.programme.save(load_programme(days=DAYS))
    assert reported[-1].touches(LogKind.PROGRAMME) and reported[-1].sign_ups
    station.badges.save_template(station.badges.template())
    assert reported[-1].touches(LogKind.BADGE_TEMPLATE)


def test_a_restored_backup_reports_the_file_rewritten(station, reported):
    backup = station.backups.snapshot(Reason.MANUAL)
    station.check_in(code_of(station, "Kowalski"))
    station.backups.restore(backup.name)
    assert reported[-1].rewritten
    assert station.check_in(code_of(station, "Kowalski")).attendee is not None
    assert reported[-1].checked_in  # the reopened file reports to the same listeners


def test_a_listener_that_stopped_listening_is_told_nothing(station, reported):
    station.unlisten(reported.append)
    station.check_in(code_of(station, "Kowalski"))
    assert reported == []
