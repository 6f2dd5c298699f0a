"""`cancel CODE --reason` and `restore CODE --reason` on the command line: the organiser's, with JSON like the
sibling commands, and one-line errors for an unknown guest, a repeated cancel and a missing reason."""

import pytest
from helpers.cli import as_json, assert_refused, cli, log_rows

PIN = "4817"


@pytest.fixture
def db(tmp_path):
    db = tmp_path / "event.sqlite"
    cli(db, "new", "--name", "Kongres", "--days", "2026-06-21,2026-06-22", "--pin", PIN)
    listing = tmp_path / "lista.csv"
    listing.write_text("Imię;Nazwisko;Status\nAnna;Nowak;potwierdzone\nJan;Kowalski;rezygnacja\n", "utf-8")
    report = as_json(cli(db, "import", str(listing), "--json", "--pin", PIN))
    assert (report["created"], report["cancelled"], report["restored"]) == (2, 1, 0)
    return db


def guest(db, name):
    [hit] = as_json(cli(db, "search", name, "--json", "--day", "1"))
    return hit


def test_cancel_then_restore_by_code_and_by_number(db):
    nowak = guest(db, "Nowak")
    cancelled = as_json(
        cli(db, "cancel", nowak["code"], "--reason", "rezygnacja mailowa", "--json", "--pin", PIN)
    )
    assert cancelled["status"] == "cancelled" and cancelled["attendee"]["last_name"] == "Nowak"
    assert cancelled["over_capacity"] == []
    assert as_json(cli(db, "checkin", nowak["code"], "--day", "1", "--json"))["verdict"] == "cancelled"

    restored = cli(db, "restore", str(nowak["id"]), "--reason", "jednak przyjedzie", CHECKIN_PIN=PIN)
    assert restored.stdout.startswith("restored: the registration of Anna Nowak")
    assert as_json(cli(db, "checkin", str(nowak["id"]), "--day", "1", "--json"))["verdict"] == "checked_in"


def test_mistakes_are_one_line_and_change_nothing(db):
    nowak, kowalski = guest(db, "Nowak"), guest(db, "Kowalski")
    before = log_rows(db)
    assert_refused(cli(db, "cancel", "999", "--reason", "x", "--pin", PIN, check=False), "No guest has")
    assert_refused(cli(db, "cancel", str(kowalski["id"]), "--reason", "x", "--pin", PIN, check=False),
                   "already cancelled")  # fmt: skip
    assert_refused(cli(db, "restore", str(nowak["id"]), "--reason", "x", "--pin", PIN, check=False),
                   "not cancelled")  # fmt: skip
    assert_refused(cli(db, "cancel", str(nowak["id"]), "--pin", PIN, check=False), "--reason")
    assert_refused(cli(db, "cancel", str(nowak["id"]), "--reason", " ", "--pin", PIN, check=False), "reason")
    assert_refused(cli(db, "restore", str(kowalski["id"]), "--pin", PIN, check=False), "--reason")
    assert_refused(cli(db, "cancel", str(nowak["id"]), "--reason", "x", check=False), "organiser PIN")
    assert log_rows(db) == before
