"""The organiser PIN, clearing personal data and backups on the command line: a reception desk's command
line cannot export, import, purge or restore; with `--pin` (or CHECKIN_PIN) the organiser can."""

from pathlib import Path

import pytest
from helpers.cli import ROOT, as_json, assert_refused, cli, log_rows

from checkin.demo.event import EVENT_NAME

DEMO_PIN = "1234"
"""As the README documents it."""


@pytest.fixture
def demo_db(tmp_path):
    db = tmp_path / "demo.sqlite"
    cli(db, "demo", "--registrants", "20", "--seed", "3")
    return db


def organiser_commands(tmp_path: Path) -> list[tuple[str, ...]]:
    listing = tmp_path / "lista.csv"
    listing.write_text("Imię;Nazwisko\nZofia;Wiśniewska\n", encoding="utf-8")
    return [
        ("export", "checkins", "--format", "csv", "--out", str(tmp_path / "scans.csv")),
        ("export", "attendance", "--day", "1", "--out", str(tmp_path / "lista.pdf")),
        ("import", str(listing)),
        ("import", str(listing), "--dry-run"),
        ("programme", str(ROOT / "data" / "programme.csv")),
        ("purge", "--confirm", EVENT_NAME),
        ("restore", "2026-01-01T00-00-00-auto"),
        ("cancel", "1", "--reason", "rezygnacja"),
        ("restore", "1", "--reason", "jednak przyjedzie"),
    ]


def test_without_the_pin_organiser_commands_are_refused_and_change_nothing(demo_db, tmp_path):
    commands = organiser_commands(tmp_path)
    before = log_rows(demo_db), sorted(p.name for p in tmp_path.iterdir())
    for args in commands:
        assert_refused(cli(demo_db, *args, check=False), "this needs the organiser PIN: add --pin")
    assert (log_rows(demo_db), sorted(p.name for p in tmp_path.iterdir())) == before
    assert as_json(cli(demo_db, "search", "a", "--limit", "1", "--json"))  # reception still works


def test_with_the_pin_the_organiser_exports_and_imports(demo_db, tmp_path):
    cli(demo_db, "export", "checkins", "--format", "csv", "--out", str(tmp_path / "s.csv"), "--pin", DEMO_PIN)
    assert (tmp_path / "s.csv").exists()
    listing = tmp_path / "lista.csv"
    listing.write_text("Imię;Nazwisko\nZofia;Wiśniewska\n", encoding="utf-8")
    report = as_json(cli(demo_db, "import", str(listing), "--json", CHECKIN_PIN=DEMO_PIN))
    assert report["created"] == 1


def test_wrong_pins_are_refused_then_must_wait(demo_db, tmp_path):
    out = str(tmp_path / "scans.csv")
    for _ in range(3):
        wrong = cli(demo_db, "export", "checkins", "--out", out, "--pin", "4321", check=False)
        assert_refused(wrong, "not the organiser PIN")
    assert_refused(cli(demo_db, "export", "checkins", "--out", out, "--pin", DEMO_PIN, check=False), "wait")
    assert not Path(out).exists()


def test_new_sets_the_pin_its_organiser_commands_ask_for(tmp_path):
    db = tmp_path / "new.sqlite"
    cli(db, "new", "--name", "Zjazd", "--days", "2026-06-21", "--pin", "Radom-2931")
    listing = tmp_path / "lista.csv"
    listing.write_text("Imię;Nazwisko\nZofia;Wiśniewska\n", encoding="utf-8")
    assert_refused(cli(db, "import", str(listing), check=False), "--pin")
    assert_refused(cli(db, "import", str(listing), "--pin", DEMO_PIN, check=False), "not the organiser PIN")
    assert as_json(cli(db, "import", str(listing), "--pin", "Radom-2931", "--json"))["created"] == 1
    short = tmp_path / "short.sqlite"
    assert_refused(
        cli(short, "new", "--name", "Z", "--days", "2026-06-21", "--pin", "12", check=False), "4 to 64"
    )
    assert not short.exists()


def test_purge_clears_names_and_keeps_the_numbers(demo_db):
    person = as_json(cli(demo_db, "search", "a", "--limit", "1", "--json"))[0]
    cli(demo_db, "checkin", person["code"], "--day", "1")
    stats, sessions = as_json(cli(demo_db, "stats", "--json")), as_json(cli(demo_db, "sessions", "--json"))
    assert_refused(cli(demo_db, "purge", "--confirm", "tak", "--pin", DEMO_PIN, check=False), EVENT_NAME)
    purged = as_json(cli(demo_db, "purge", "--confirm", EVENT_NAME, "--pin", DEMO_PIN, "--json"))
    assert purged["attendees"] == 20 and purged["wal_emptied"] is True
    assert as_json(cli(demo_db, "search", person["last_name"], "--json")) == []
    assert person["last_name"].encode() not in demo_db.read_bytes()
    assert as_json(cli(demo_db, "stats", "--json")) == stats
    assert as_json(cli(demo_db, "sessions", "--json")) == sessions


def test_backup_backups_and_restore(demo_db):
    backup = as_json(cli(demo_db, "backup", "--json"))
    assert backup["reason"] == "manual" and Path(backup["path"]).exists()
    person = as_json(cli(demo_db, "search", "a", "--limit", "1", "--json"))[0]
    cli(demo_db, "checkin", person["code"], "--day", "1")
    checked_in = as_json(cli(demo_db, "stats", "--json"))["checked_in"]
    assert [b["name"] for b in as_json(cli(demo_db, "backups", "--json"))] == [backup["name"]]
    restored = as_json(cli(demo_db, "restore", backup["name"], "--pin", DEMO_PIN, "--json"))
    assert restored["restored"]["name"] == backup["name"]
    assert restored["previous"]["reason"] == "before-restore"
    assert set(as_json(cli(demo_db, "stats", "--json"))["checked_in"].values()) == {0}
    cli(demo_db, "restore", restored["previous"]["name"], "--pin", DEMO_PIN)
    assert as_json(cli(demo_db, "stats", "--json"))["checked_in"] == checked_in
    assert_refused(cli(demo_db, "restore", "nope", "--pin", DEMO_PIN, check=False), "no backup named nope")
