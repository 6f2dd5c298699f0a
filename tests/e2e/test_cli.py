"""The command-line contract, end to end: real processes, a real event file, JSON on stdout."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def cli(db: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    if check:
        assert result.returncode == 0, result.stderr
    return result


def as_json(result: subprocess.CompletedProcess) -> object:
    return json.loads(result.stdout)


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
    report = as_json(cli(demo_db, "import", str(csv), "--dry-run", "--json"))
    assert report["created"] == 2
    assert report["dry_run"] is True
    assert [p["row"] for p in report["problems"]] == [4]
    assert as_json(cli(demo_db, "search", "wisniewska", "--json")) == []
    real = as_json(cli(demo_db, "import", str(csv), "--json"))
    assert real["created"] == 2
    assert as_json(cli(demo_db, "search", "wisniewska", "--json"))[0]["first_name"] == "Zofia"


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("import", "/nonexistent/list.csv"), "error:"),
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
    result = cli(demo_db, "import", str(png), check=False)
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
                "peak_rss_mb"):  # fmt: skip
        assert isinstance(figures[key], (int, float)), key
    assert figures["imported"] == 400


def test_search_reports_check_ins_of_the_named_day(demo_db):
    person = as_json(cli(demo_db, "search", "a", "--limit", "1", "--json"))[0]
    verdict = as_json(cli(demo_db, "checkin", person["code"], "--day", "2", "--json"))
    found = as_json(cli(demo_db, "search", person["code"], "--day", "2", "--json"))
    assert found[0]["checked_in"] is (verdict["verdict"] in ("checked_in", "already_checked_in"))
    cli(demo_db, "undo", person["code"], "--day", "2", "--reason", "test")
    assert as_json(cli(demo_db, "search", person["code"], "--day", "2", "--json"))[0]["checked_in"] is False
