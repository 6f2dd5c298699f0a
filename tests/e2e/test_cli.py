"""The command-line contract, end to end: real processes, a real event file, JSON on stdout."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.cli import ROOT, as_json, assert_refused, cli, log_rows
from helpers.disks import read_only
from pypdf import PdfReader

from checkin.station import Station


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    created = as_json(cli(db, "demo", "--registrants", "120", "--seed", "4", "--json"))
    assert created["registered"] == 120
    assert len(created["days"]) == 2
    return db


def test_search_returns_the_contract_fields_best_first(demo_db):
    everyone = as_json(cli(demo_db, "search", "a", "--limit", "5", "--json"))
    assert len(everyone) == 5
    person = everyone[0]
    assert set(person) == {"id", "code", "title", "first_name", "last_name", "organisation", "email",
                           "category", "checked_in"}  # fmt: skip
    by_surname = as_json(cli(demo_db, "search", person["last_name"], "--json"))
    assert by_surname[0]["last_name"] == person["last_name"]


def test_checkin_then_again_then_undo_then_stats(demo_db):
    person = as_json(cli(demo_db, "search", "a", "--limit", "1", "--json"))[0]
    first = as_json(cli(demo_db, "checkin", person["code"], "--day", "1", "--station", "R1", "--staff", "Ola",
                        "--json"))  # fmt: skip
    assert first["verdict"] in ("checked_in", "not_registered_today")
    if first["verdict"] == "not_registered_today":
        first = as_json(cli(demo_db, "checkin", person["code"], "--day", "2", "--station", "R1", "--json"))
    day = first["day"]
    again = as_json(cli(demo_db, "checkin", str(person["id"]), "--day", day, "--json"))
    assert again["verdict"] == "already_checked_in"
    assert again["first_check_in"]["station"] == "R1"
    assert again["attendee"]["code"] == person["code"]
    stats = as_json(cli(demo_db, "stats", "--json"))
    assert stats["registered"] == 120
    assert stats["checked_in"][day] >= 1
    assert sum(stats["by_category"].values()) == 120
    undone = as_json(cli(demo_db, "undo", person["code"], "--day", day, "--reason", "test", "--json"))
    assert undone["undone"] is True
    after = as_json(cli(demo_db, "stats", "--json"))
    assert after["checked_in"].get(day, 0) == stats["checked_in"][day] - 1


def test_forged_code_gives_unknown_code(demo_db):
    result = as_json(cli(demo_db, "checkin", "ABCDEFGHJKLMNPQRS", "--day", "1", "--json"))
    assert result["verdict"] == "unknown_code"
    assert result["attendee"] is None


def test_import_dry_run_reports_and_changes_nothing(demo_db, tmp_path):
    csv = tmp_path / "lista.csv"
    csv.write_text("Imię;Nazwisko;Instytucja;E-mail\nZofia;Wiśniewska;CUS;zofia@x.pl\n;;;\nJan;;;zly-mail\n",
                   encoding="cp1250")  # fmt: skip
    report = as_json(cli(demo_db, "import", str(csv), "--dry-run", "--pin", "1234", "--json"))
    assert report["created"] == 2
    assert report["dry_run"] is True
    assert [p["row"] for p in report["problems"]] == [4]
    assert as_json(cli(demo_db, "search", "wisniewska", "--json")) == []
    real = as_json(cli(demo_db, "import", str(csv), "--pin", "1234", "--json"))
    assert real["created"] == 2
    assert as_json(cli(demo_db, "search", "wisniewska", "--json"))[0]["first_name"] == "Zofia"


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("import", "/nonexistent/list.csv", "--pin", "1234"), "error:"),
        (("checkin",), "error:"),
        (("checkin", "X", "--day", "2001-01-01"), "not a day of this event"),
        (("undo", "1", "--reason", " "), "reason"),
        (("frobnicate",), "error:"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(demo_db, args, fragment):
    result = cli(demo_db, *args, check=False)
    assert result.returncode == 2
    assert fragment in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_bad_files_are_refused_with_exit_2(demo_db, tmp_path):
    png = tmp_path / "lista.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    result = cli(demo_db, "import", str(png), "--pin", "1234", check=False)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    not_a_db = tmp_path / "notes.sqlite"
    not_a_db.write_text("hello")
    result = cli(not_a_db, "stats", check=False)
    assert result.returncode == 2
    assert "not an event database" in result.stderr


def test_no_event_file_says_how_to_create_one(tmp_path):
    result = cli(tmp_path / "missing.sqlite", "stats", check=False)
    assert result.returncode == 2
    assert "demo" in result.stderr


def test_bench_prints_the_named_figures(tmp_path):
    figures = as_json(cli(tmp_path / "unused.sqlite", "bench", "--registrants", "400", "--json"))
    for key in ("import_s", "search_p50_ms", "search_p99_ms", "baseline_like_p50_ms", "checkin_p99_ms",
                "peak_rss_mb", "import_peak_rss_mb", "baseline_like_p99_ms", "like_ratio_p50",
                "like_ratio_p99", "search_worst_ms", "open_s", "stall_after_edits_ms",
                "search_peak_rss_mb"):  # fmt: skip
        assert isinstance(figures[key], (int, float)), key
    assert figures["imported"] == 400


def test_bench_ui_prints_the_desk_and_dashboard_figures(tmp_path):
    figures = as_json(cli(tmp_path / "unused.sqlite", "bench", "--ui", "--registrants", "1000", "--json",
                          QT_QPA_PLATFORM="offscreen"))  # fmt: skip
    for key in ("keystroke_to_model_p99_ms", "scan_to_painted_verdict_p99_ms", "scan_to_dashboard_p99_ms",
                "other_station_to_dashboard_p50_ms", "other_station_to_dashboard_max_ms"):  # fmt: skip
        assert isinstance(figures[key], (int, float)), key
    assert figures["registrants"] == 1000


def test_search_reports_check_ins_of_the_named_day(demo_db):
    person = as_json(cli(demo_db, "search", "a", "--limit", "1", "--json"))[0]
    verdict = as_json(cli(demo_db, "checkin", person["code"], "--day", "2", "--json"))
    found = as_json(cli(demo_db, "search", person["code"], "--day", "2", "--json"))
    assert found[0]["checked_in"] is (verdict["verdict"] in ("checked_in", "already_checked_in"))
    cli(demo_db, "undo", person["code"], "--day", "2", "--reason", "test")
    assert as_json(cli(demo_db, "search", person["code"], "--day", "2", "--json"))[0]["checked_in"] is False


# --- robustness: every mistake is one line on stderr, exit 2, and the event file stays as it was ------------


@pytest.fixture
def small_db(tmp_path):
    db = tmp_path / "small.sqlite"
    cli(db, "demo", "--registrants", "30", "--seed", "2")
    return db


def some_code(db: Path) -> str:
    return as_json(cli(db, "search", "a", "--limit", "1", "--json"))[0]["code"]


@pytest.mark.parametrize(
    "args",
    [
        ("checkin", "²", "--day", "1"),
        ("checkin", "9" * 100_000, "--day", "1"),
        ("undo", "²", "--day", "1", "--reason", "test"),
        ("checkin", "1", "--day", "²"),
        ("search", "a", "--day", "²"),
        ("search", "a", "--limit", "-5"),
        ("search", "a", "--limit", "1001"),
        ("import", ".", "--pin", "1234"),
    ],
)
def test_bad_arguments_on_an_event_are_refused_and_change_nothing(small_db, args):
    before = log_rows(small_db)
    assert_refused(cli(small_db, *args, check=False))
    assert log_rows(small_db) == before


def test_a_folder_as_db_is_refused_for_every_kind_of_command(tmp_path):
    for args in (("stats",), ("checkin", "1", "--day", "1"), ("demo", "--registrants", "0")):
        assert_refused(cli(tmp_path, *args, check=False), "folder")
    assert list(tmp_path.iterdir()) == []


def hold_write_lock(db: Path) -> subprocess.Popen:
    """Another program in the middle of a long write: it holds the file's write lock until killed."""
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys, time\n"
         "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
         "conn.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); time.sleep(60)", str(db)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    return holder


def test_a_locked_event_file_is_one_line_and_nothing_is_checked_in(small_db):
    code, before = some_code(small_db), log_rows(small_db)
    holder = hold_write_lock(small_db)
    try:
        result = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--db", str(small_db), "checkin", code, "--day", "1"],
            cwd=ROOT, capture_output=True, text=True, timeout=60,
            env={**os.environ, "CHECKIN_BUSY_TIMEOUT_S": "0.2"},
        )  # fmt: skip
    finally:
        holder.kill()
        holder.wait()
    assert_refused(result, "locked by another program")
    assert log_rows(small_db) == before


def test_a_read_only_event_file_is_one_line_and_nothing_is_checked_in(small_db):
    code, before = some_code(small_db), log_rows(small_db)
    with read_only(small_db):
        result = cli(small_db, "checkin", code, "--day", "1", check=False)
    assert_refused(result, "read-only")
    assert log_rows(small_db) == before


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("new", "--name", "Kongres", "--days", "garbage"), "not a date"),
        (("new", "--name", "Kongres", "--days", "2026-06-21,2026-06-21"), "more than once"),
        (("new", "--name", "Kongres", "--days", ""), "at least one"),
        (("new", "--name", "Kongres", "--days", " , "), "at least one"),
        (("new", "--name", "  ", "--days", "2026-06-21"), "name"),
        (("demo", "--registrants", "-5"), "--registrants"),
        (("demo", "--registrants", "200001"), "--registrants"),
        (("bench", "--registrants", "1"), "registrants"),
        (("bench", "--ui", "--registrants", "1"), "registrants"),
        (("bench", "--registrants", "1000001"), "registrants"),
    ],
)
def test_bad_arguments_for_a_new_event_create_no_file(tmp_path, args, fragment):
    db = tmp_path / "new.sqlite"
    assert_refused(cli(db, *args, check=False), fragment)
    assert list(tmp_path.iterdir()) == []


def test_more_than_fourteen_days_are_refused(tmp_path):
    days = ",".join(f"2026-07-{day:02}" for day in range(1, 16))
    assert_refused(cli(tmp_path / "new.sqlite", "new", "--name", "Lato", "--days", days, check=False), "14")


def test_new_event_days_are_stored_sorted(tmp_path):
    created = as_json(cli(tmp_path / "new.sqlite", "new", "--name", "Zjazd", "--days",
                          "2026-06-22, 2026-06-21", "--json"))  # fmt: skip
    assert created["days"] == ["2026-06-21", "2026-06-22"]


def test_stats_json_lists_every_event_day_with_zeros(small_db):
    stats = as_json(cli(small_db, "stats", "--json"))
    assert list(stats["checked_in"]) == list(stats["expected"])
    assert set(stats["checked_in"].values()) == {0}


# --- plain words without --json -----------------------------------------------------------------------------


def test_checkin_prints_the_verdict_in_words(small_db):
    person = as_json(cli(small_db, "search", "a", "--limit", "1", "--json"))[0]
    name = f"{person['title']} {person['first_name']} {person['last_name']}".strip()
    first = cli(
        small_db, "checkin", person["code"], "--day", "1", "--station", "Recepcja 1", "--staff", "Ola"
    )
    if first.stdout.startswith("not_registered_today"):
        pytest.skip("the first guest of this seed is registered for day 2 only")
    assert first.stdout.splitlines()[0] == f"checked_in: {name} ({person['organisation']})"
    again = cli(small_db, "checkin", person["code"], "--day", "1").stdout.splitlines()[0]
    assert re.fullmatch(
        rf"already_checked_in: {re.escape(name)}, first at \d\d:\d\d at Recepcja 1 by Ola", again
    )


def test_search_prints_one_line_per_guest(small_db):
    people = as_json(cli(small_db, "search", "a", "--limit", "3", "--json"))
    verdict = as_json(cli(small_db, "checkin", people[0]["code"], "--day", "2", "--json"))["verdict"]
    lines = cli(small_db, "search", "a", "--limit", "3", "--day", "2").stdout.splitlines()
    assert len(lines) == len(people) >= 2
    for person, line in zip(people, lines, strict=True):
        name = re.escape(f"{person['last_name']} {person['first_name']}")
        assert re.match(rf"{person['code']}  +{name}  +{re.escape(person['organisation'])}", line), line
        assert not line.startswith(("{", "("))
    assert lines[0].endswith("  [checked in]") is (verdict == "checked_in")
    assert not any(line.endswith("[checked in]") for line in lines[1:])


def test_stats_prints_indented_lines_per_day_and_category(small_db):
    stats = as_json(cli(small_db, "stats", "--json"))
    lines = cli(small_db, "stats").stdout.splitlines()
    assert lines[0] == "registered: 30"
    for day in stats["checked_in"]:
        assert any(re.fullmatch(rf"  {day}: 0 of \d+ expected", line) for line in lines), day
    assert "  participant: " + str(stats["by_category"]["participant"]) in lines


def test_import_prints_counts_and_one_line_per_problem(small_db, tmp_path):
    csv = tmp_path / "lista.csv"
    csv.write_text(
        "Imię;Nazwisko;E-mail\nZofia;Wiśniewska;zofia@x.pl\nJan;Nowak;zly-mail\n", encoding="utf-8"
    )
    lines = cli(small_db, "import", str(csv), "--dry-run", "--pin", "1234").stdout.splitlines()
    assert "created: 2" in lines
    assert "dry run: nothing was saved" in lines
    problems = [line for line in lines if line.startswith("Row ")]
    assert len(problems) == 1 and problems[0].startswith("Row 3") and "zly-mail" in problems[0]


def test_import_json_lists_merged_rows_as_pairs(small_db, tmp_path):
    csv = tmp_path / "lista.csv"
    csv.write_text("Imię;Nazwisko;E-mail\nZofia;Wiśniewska;zofia@x.pl\nZofia;Wiśniewska;zofia@x.pl\n",
                   encoding="utf-8")  # fmt: skip
    report = as_json(cli(small_db, "import", str(csv), "--dry-run", "--pin", "1234", "--json"))
    assert report["merged"] == 1
    assert report["merged_rows"] == [["lista.csv:3", "lista.csv:2"]]


def test_import_prints_the_desk_corrections_it_kept_and_those_it_overwrote(tmp_path):
    db, csv = tmp_path / "e.sqlite", tmp_path / "lista.csv"
    cli(db, "new", "--name", "Kongres", "--days", "2026-06-21,2026-06-22")
    csv.write_text("Nr zgłoszenia;Imię;Nazwisko;Instytucja\nR1;Jan;Kowalski;CUS\nR2;Anna;Nowak;GOPS\n",
                   encoding="utf-8")  # fmt: skip
    cli(db, "import", str(csv))
    station = Station.open(db)
    for guest in station.storage.attendees():
        station.edit(guest.id, {"organisation": f"{guest.organisation} (biuro)"})
    station.close()
    csv.write_text("Nr zgłoszenia;Imię;Nazwisko;Instytucja\nR1;Jan;Kowalski;CUS\nR2;Anna;Nowak;MOPS\n",
                   encoding="utf-8")  # fmt: skip

    lines = cli(db, "import", str(csv)).stdout.splitlines()

    assert 'kept desk correction: Jan Kowalski (#1), organisation "CUS (biuro)" (the file: "CUS")' in lines
    assert (
        'desk correction overwritten: Anna Nowak (#2), organisation "GOPS (biuro)" (the file: "MOPS")'
        in lines
    )
    report = as_json(cli(db, "import", str(csv), "--dry-run", "--json"))
    assert report["kept"] == [{"attendee_id": 1, "guest": "Jan Kowalski", "field": "organisation",
                               "desk": "CUS (biuro)", "file": "CUS"}]  # fmt: skip


def test_import_of_a_polish_excel_csv_reports_the_rows_that_lost_letters(tmp_path):
    db = tmp_path / "e.sqlite"
    cli(db, "new", "--name", "Kongres", "--days", "2026-06-21,2026-06-22")
    data = Path(__file__).parents[1] / "data"
    cli(db, "import", str(data / "congress_utf8.csv"))

    lines = cli(db, "import", str(data / "congress_excel_1250.csv")).stdout.splitlines()

    assert lines[:5] == ["created: 0", "updated: 0", "unchanged: 8", "merged: 0", "skipped: 4"]
    lost = [line for line in lines if "lost letters" in line]
    assert len(lost) == 4 and lost[0].startswith('Row 7: "?-? ??????" in column "Imię i nazwisko"')


def test_badges_command_writes_a_pdf_records_prints_and_skips_printed_ones(small_db, tmp_path):
    first = as_json(cli(small_db, "badges", "--out", str(tmp_path / "all.pdf"), "--layout", "a6", "--json"))
    assert (first["badges"], first["pages"], first["recorded"]) == (30, 30, True)
    assert len(PdfReader(tmp_path / "all.pdf").pages) == 30
    again = as_json(
        cli(small_db, "badges", "--out", str(tmp_path / "rest.pdf"), "--only-unprinted", "--json")
    )
    assert again["badges"] == 0
    assert not (tmp_path / "rest.pdf").exists()
    proof = as_json(
        cli(small_db, "badges", "--out", str(tmp_path / "p.pdf"), "--ids", "1", "2", "--proof", "--json")
    )
    assert (proof["badges"], proof["pages"], proof["recorded"]) == (2, 1, False)
    refused = cli(small_db, "badges", "--out", str(tmp_path / "x.pdf"), "--layout", "giant", check=False)
    assert_refused(refused, "no layout giant")


def test_import_remembers_the_mapping_of_a_real_import_for_the_next_export_of_the_form(small_db, tmp_path):
    first = tmp_path / "eksport-1.csv"
    first.write_text(
        "Imię;Nazwisko;E-mail;Zakład pracy\nZofia;Wiśniewska;zw@x.pl;MOPS Radom\n", encoding="utf-8"
    )
    tried = cli(
        small_db, "import", str(first), "--dry-run", "--map", "Zakład pracy=organisation", "--pin", "1234"
    )
    assert 'column mapping: "Zakład pracy" -> organisation' in tried.stdout.splitlines()
    untaught = as_json(cli(small_db, "import", str(first), "--dry-run", "--pin", "1234", "--json"))
    assert (untaught["mapping"], untaught["mapping_remembered"]) == ({}, False)

    cli(small_db, "import", str(first), "--map", "Zakład pracy=organisation", "--pin", "1234")
    second = tmp_path / "eksport-2.csv"
    second.write_text(
        "Zakład pracy;E-mail;Nazwisko;Imię\nMOPS Kielce;zw@x.pl;Wiśniewska;Zofia\n", encoding="utf-8"
    )
    lines = cli(small_db, "import", str(second), "--dry-run", "--pin", "1234").stdout.splitlines()
    assert 'remembered column mapping: "Zakład pracy" -> organisation' in lines
    assert "changed: organisation 1" in lines
    overridden = as_json(cli(small_db, "import", str(second), "--dry-run", "--map", "Zakład pracy=ignore",
                             "--pin", "1234", "--json"))  # fmt: skip
    assert (overridden["updated"], overridden["mapping_remembered"]) == (0, False)
