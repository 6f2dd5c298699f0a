"""The venue's town on what is printed: the badges' dates line and the certificates' "miejscowość, data",
never a part of the venue's address; without a town, the date alone."""

from pathlib import Path

import pypdfium2 as pdfium
from helpers.events import DAYS, PROGRAMME, code_of, make_station
from pypdf import PdfReader

from checkin.badges.layouts import layout_named

ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts"
VENUE = "Starachowice, Hotel Europa Business & Spa, ul. Radomska 76"


def saved_png(pdf: Path, name: str) -> None:
    """The first page at 150 dpi in test-artifacts/, for people to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    pdfium.PdfDocument(str(pdf))[0].render(scale=150 / 72).to_pil().save(ARTIFACTS / f"{name}.png")


def text(pdf: Path) -> str:
    return " ".join(PdfReader(pdf).pages[0].extract_text().split())


def test_badges_and_certificates_name_the_town_set_for_the_venue(tmp_path):
    station = make_station(tmp_path / "e.sqlite")
    station.event_settings.save(venue=VENUE, town="Starachowice")
    kowalski = station.find(code_of(station, "Kowalski"))
    station.check_in(kowalski.id, DAYS[1])

    station.badges.run([kowalski.id], layout_named("a6")).write(tmp_path / "badge.pdf")
    station.exports.certificates(out=tmp_path / "certificate.pdf")

    saved_png(tmp_path / "badge.pdf", "town-badge")
    saved_png(tmp_path / "certificate.pdf", "town-certificate")
    assert "21–22 czerwca 2026 · Starachowice" in text(tmp_path / "badge.pdf")
    certificate = text(tmp_path / "certificate.pdf")
    assert "Starachowice, 22 czerwca 2026" in certificate
    assert "Radomska 76, 22" not in certificate and "Radomska 76 ·" not in text(tmp_path / "badge.pdf")


def test_without_a_town_the_documents_carry_the_date_alone(tmp_path):
    station = make_station(tmp_path / "e.sqlite")
    station.event_settings.save(venue=VENUE)
    kowalski = station.find(code_of(station, "Kowalski"))
    station.check_in(kowalski.id, DAYS[1])
    station.badges.run([kowalski.id], layout_named("a6")).write(tmp_path / "badge.pdf")
    station.exports.certificates(out=tmp_path / "certificate.pdf")
    assert "21–22 czerwca 2026 ·" not in text(tmp_path / "badge.pdf")
    certificate = text(tmp_path / "certificate.pdf")
    assert "22 czerwca 2026 miejscowość, data" in certificate and ", 22 czerwca 2026" not in certificate


def test_the_attendance_lists_name_the_place_they_are_signed_at(tmp_path):
    station = make_station(tmp_path / "e.sqlite")
    station.event_settings.save(venue="Hotel Europa, ul. Kościuszki 5", town="Starachowice")
    station.programme.save(PROGRAMME)
    station.exports.attendance(day="1", out=tmp_path / "day.pdf")
    plenary = station.programme.sessions()[0].id
    station.exports.attendance(session_id=plenary, out=tmp_path / "session.pdf")

    saved_png(tmp_path / "day.pdf", "place-attendance")
    for pdf in ("day.pdf", "session.pdf"):
        assert "Miejsce: Hotel Europa, ul. Kościuszki 5, Starachowice" in text(tmp_path / pdf)
    station.event_settings.save(venue=VENUE, town="Starachowice")  # the address names the town already
    station.exports.attendance(day="1", out=tmp_path / "again.pdf")
    assert f"Miejsce: {VENUE} " in text(tmp_path / "again.pdf") and "Radomska 76, Starachowice" not in text(
        tmp_path / "again.pdf"
    )
