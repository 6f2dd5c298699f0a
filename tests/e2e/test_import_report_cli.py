"""The command line's import report names lookalikes, guests a corrected list lacks, and merged people."""

from helpers.cli import as_json, cli

HEADER = "Nr zgłoszenia;Imię;Nazwisko;E-mail\n"


def imported_once(tmp_path):
    """An event into which a form's export listing Anna Kowalska (1203) and Jan Nowak (7) was imported."""
    db = tmp_path / "e.sqlite"
    cli(db, "new", "--name", "Kongres", "--days", "2026-06-21,2026-06-22")
    first = tmp_path / "Rejestracja.csv"
    first.write_text(HEADER + "1203;Anna;Kowalska;anna@uw.pl\n7;Jan;Nowak;jan@uw.pl\n", encoding="utf-8")
    cli(db, "import", str(first), "--pin", "1234")
    return db, first


def test_a_corrected_list_reports_its_lookalike_its_missing_guest_and_whom_it_merged(tmp_path):
    db, _ = imported_once(tmp_path)
    corrected = tmp_path / "Rejestracja (1).csv"
    corrected.write_text(
        HEADER + "1388;Anna;Kowalska;anna@uw.pl\n9;Ewa;Lis;ewa@uw.pl\n9;Ewa;Lisowska;ewa@uw.pl\n",
        encoding="utf-8",
    )
    lines = cli(db, "import", str(corrected), "--dry-run", "--pin", "1234").stdout.splitlines()
    assert (
        "row 2 (Anna Kowalska) looks like guest #1 (Anna Kowalska, registration 1203) but has registration "
        "1388: imported as a new guest; if it is the same person, correct the number in the list"
    ) in lines
    assert (
        "2 guests an earlier list of this form brought in are missing from this one: Anna Kowalska (#1, "
        "registration 1203), Jan Nowak (#2, registration 7)"
    ) in lines
    assert (
        "they are NOT cancelled: if they withdrew, cancel them at the desk (or with the cancel command)"
        in lines
    )
    assert not any("skipped for a problem" in line for line in lines)
    assert "merged Rejestracja (1).csv:4 (Ewa Lisowska) into Rejestracja (1).csv:3" in lines
    report = as_json(cli(db, "import", str(corrected), "--dry-run", "--pin", "1234", "--json"))
    assert (report["lookalikes"], report["missing"], report["merged_names"]) == (1, 2, ["Ewa Lisowska"])
    assert report["missing_guests"][1] == {"attendee_id": 2, "name": "Jan Nowak", "registration_id": "7"}


def test_a_guest_whose_row_was_skipped_is_named_missing_with_a_warning_not_to_cancel(tmp_path):
    db, first = imported_once(tmp_path)
    first.write_text(HEADER + "1203;;;anna@uw.pl\n7;Jan;Nowak;jan@uw.pl\n", encoding="utf-8")  # a name lost
    lines = cli(db, "import", str(first), "--dry-run", "--pin", "1234").stdout.splitlines()
    assert any(
        line.startswith("1 guest an earlier list of this form brought in is missing") for line in lines
    )
    assert (
        "1 row of this list was skipped for a problem (above): a guest named here may be on one; correct "
        "those rows rather than cancel anyone"
    ) in lines
