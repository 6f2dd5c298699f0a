"""Exports written to real files and read back: attendance lists (PDF, XLSX, CSV), the log of check-ins and
door scans, and certificates of attendance; the PDFs also rendered to pixels, as a printer would."""

import csv
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from helpers.crowd import (
    COLLATION_ORDER,
    GUESTS_OF_THE_LISTS,
    HOSTILE_CITY_CELL,
    HOSTILE_NAME,
    HOSTILE_ORGANISATION,
    LONG_GUEST,
    crowded_station,
)
from helpers.events import DAYS, PROGRAMME, code_of, make_station, session_titled
from openpyxl import load_workbook
from PIL import Image, ImageDraw
from pypdf import PdfReader
from reportlab.lib.units import mm

from checkin.dates import clock
from checkin.documents import attendance, exports
from checkin.documents.canvas import FUNDING_LOGOS_SETTING
from checkin.documents.certificates import Certificate, certificates_to_issue
from checkin.documents.scans import COLUMNS
from checkin.documents.tables import neutralised
from checkin.domain import Attendee, Registrant
from checkin.errors import UserError
from checkin.station import Station

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
PIXELS_PER_POINT = 150 / 72
MANAGEMENT, ORGANISING = PROGRAMME[2].title, PROGRAMME[3].title


@pytest.fixture
def station(tmp_path):
    station = crowded_station(tmp_path / "event.sqlite", name="Recepcja 1", staff="Ola")
    yield station
    station.close()


def guest(station: Station, last_name: str) -> int:
    return station.guest(code_of(station, last_name)).id


def session_id(station: Station, title: str) -> int:
    return session_titled(station, title).id


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def xlsx_rows(path: Path) -> list[tuple]:
    return list(load_workbook(path).active.iter_rows(values_only=True))


def csv_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file, delimiter=";"))


def logo_files(folder: Path) -> list[str]:
    """Two stand-in funding logos of different proportions, as PNG files beside the event file."""
    names = []
    for name, size, colour in (("fe.png", (600, 200), "#003399"), ("ue.png", (300, 200), "#FFCC00")):
        image = Image.new("RGB", size, colour)
        ImageDraw.Draw(image).rectangle((10, 10, size[0] - 10, size[1] - 10), outline="white", width=8)
        image.save(folder / name)
        names.append(name)
    return names


def set_setting(station: Station, key: str, value: object) -> None:
    with station.storage.transaction():
        station.storage.set_setting(key, value)
    station.event = station.storage.event()


# --- attendance lists ---------------------------------------------------------------------------------------


def test_day_list_pdf_has_every_guest_of_the_day_in_polish_order_with_the_heading_on_every_page(
    station, tmp_path
):
    done = station.exports.attendance(day="1", fmt="pdf", out=tmp_path / "day1.pdf")

    pages = pages_text(tmp_path / "day1.pdf")
    assert done.pages == len(pages) >= 4
    assert done.rows == len(GUESTS_OF_THE_LISTS) - 1  # Коваленко comes on day two only
    for number, text in enumerate(pages, start=1):
        assert "LISTA OBECNOŚCI" in text and "Kongres testowy" in text
        assert "Dzień: 21 czerwca 2026 (niedziela)" in text
        assert "Lp." in text and "Imię i nazwisko" in text and "Instytucja" in text and "Podpis" in text
        assert f"strona {number} z {len(pages)}" in text
    text = "".join(pages).replace("\n", " ")
    for person in GUESTS_OF_THE_LISTS:
        if person.last_name != "Коваленко":
            assert person.last_name in text.replace("- ", "-").replace(" ", ""), person.last_name
    assert "Коваленко" not in text
    assert f"{done.rows}." in pages[-1]
    positions = [text.index(f"Anna {surname}") for surname in COLLATION_ORDER]
    assert positions == sorted(positions), "Ł after L, Ś after S, Ź and Ż after Z"


LONG_NAMES = (
    Registrant(first_name="Maria Magdalena Konstancja", last_name="Szczepańska-Wiśniewska-Żółkiewska",
               organisation="Regionalny Ośrodek Polityki Społecznej Województwa Świętokrzyskiego, Oddział "
                            "Zamiejscowy w Sandomierzu, Zespół ds. Ekonomii"),
    Registrant(first_name="Олександра Володимирівна", last_name="Коваленко-Старовойтова-Головатюк",
               organisation="Фонд підтримки громадських ініціатив та соціальних послуг «Форпост» у "
                            "Хмельницькій області, відділ"),
)  # fmt: skip
"""A 60-character Polish name with a 123-character organisation; a Cyrillic name and organisation as long."""


def sizes_drawn(path: Path, wanted: str) -> list[float]:
    """The font sizes of the pieces of text of the PDF's first page that are part of `wanted`."""
    found: list[float] = []

    def visit(text, cm, tm, font, size):
        if text.strip() and text.strip().rstrip("-") in wanted:
            found.append(size)

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return found


def test_a_long_name_and_organisation_wrap_whole_at_a_readable_size_in_rows_as_tall_as_they_need(tmp_path):
    crowd = tuple(
        Registrant(first_name="Anna", last_name=f"Tłum{n:02d}", organisation="CUS") for n in range(30)
    )
    station = make_station(tmp_path / "event.sqlite", (*LONG_NAMES, *crowd))
    done = station.exports.attendance(day="1", out=tmp_path / "list.pdf")

    text = " ".join(pages_text(tmp_path / "list.pdf")[0].split())
    assert "…" not in text
    for guest in LONG_NAMES:
        for word in f"{guest.first_name} {guest.last_name} {guest.organisation}".replace("-", " ").split():
            assert word in text, word
        assert min(sizes_drawn(tmp_path / "list.pdf", f"{guest.first_name} {guest.last_name}")) >= 8.5
        assert min(sizes_drawn(tmp_path / "list.pdf", guest.organisation)) >= 7.5
    assert done.pages == len(pages_text(tmp_path / "list.pdf"))
    page = rendered(tmp_path / "list.pdf", 0, "attendance-long-names")
    assert blank_edges(page, 10 * mm)
    station.close()


def test_organisations_of_every_length_up_to_120_characters_print_whole(tmp_path):
    """A row grown for three lines of organisation was drawn into a cell a rounding error shorter, and the
    organisation cut to two lines ending in "…"."""
    phrase = ("Regionalne Centrum Badań Biologicznych i Społecznych Województwa Świętokrzyskiego w Kielcach, "
              "Oddział w Sandomierzu")  # fmt: skip
    cut = [phrase[:end] for end, character in enumerate(f"{phrase} ") if character == " " and end >= 20]
    guests = [
        Registrant(first_name="Anna", last_name=f"Nowak{n:02d}", organisation=o) for n, o in enumerate(cut)
    ]
    assert max(len(o) for o in cut) <= 120
    station = make_station(tmp_path / "event.sqlite", tuple(guests))
    station.exports.attendance(day="1", out=tmp_path / "list.pdf")
    text = " ".join(" ".join(pages_text(tmp_path / "list.pdf")).split())
    assert "…" not in text
    station.close()


def test_day_list_keeps_guests_cancelled_after_checking_in_and_leaves_out_other_cancellations(station):
    came, cancelled = guest(station, "Kowalski"), guest(station, "Nowak")
    station.check_in(came, DAYS[0])
    station.registrations.cancel(came, "rezygnacja po przyjeździe")
    station.registrations.cancel(cancelled, "rezygnacja")

    listed = [row.attendee.last_name for row in attendance.day_list(station, DAYS[0]).rows]

    assert "Kowalski" in listed and "Nowak" not in listed
    assert "Коваленко" in [row.attendee.last_name for row in attendance.day_list(station, "2").rows]


def test_session_list_pdf_names_the_session_its_time_and_room_on_every_page(station, tmp_path):
    plenary = session_id(station, "Otwarcie")
    done = station.exports.attendance(session_id=plenary, out=tmp_path / "otwarcie.pdf")

    pages = pages_text(tmp_path / "otwarcie.pdf")
    assert len(pages) > 1 and done.rows == len(GUESTS_OF_THE_LISTS) - 1  # open to all registered that day
    for text in pages:
        assert "Kongres testowy" in text and "Sesja: Otwarcie" in text
        assert "21 czerwca 2026 (niedziela), 11:00–12:00, sala: Bruksela" in text


def test_workshop_list_holds_those_signed_up_and_anyone_who_entered(station, tmp_path):
    management = session_id(station, MANAGEMENT)
    for surname in ("Kowalski", "Nowak"):
        station.choices.choose(guest(station, surname), management)
    station.choices.choose(guest(station, "Gołębiowska"), session_id(station, ORGANISING))
    walked_in = guest(station, "Jóżko")
    entry = station.door.enter(walked_in, management, admit=True, override="dyrektor pozwolił").entry
    station.choices.withdraw(walked_in, management)  # off the list of sign-ups, but they were in the room

    listed = attendance.session_list(station, management)
    station.exports.attendance(session_id=management, fmt="xlsx", out=tmp_path / "warsztat.xlsx")

    assert [row.attendee.last_name for row in listed.rows] == ["Jóżko", "Kowalski", "Nowak"]
    assert xlsx_rows(tmp_path / "warsztat.xlsx") == [
        ("Lp.", "Nazwisko", "Imię", "Instytucja", "Godzina wejścia"),
        (1, "Jóżko", "Marcin", "Instytut Rozwoju Profesji", clock(entry.at)),
        (2, "Kowalski", "Jan", "CUS Starachowice", None),
        (3, "Nowak", "Anna", "GOPS Wiązowna", None),
    ]


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_spreadsheet_list_has_the_pdfs_rows_and_the_check_in_time(station, tmp_path, fmt):
    verdict = station.check_in(guest(station, "Gołębiowska"), DAYS[0])
    at = station.storage.check_in_of(verdict.attendee.id, DAYS[0])[1].at
    pdf = station.exports.attendance(day=DAYS[0], out=tmp_path / "day1.pdf")
    sheet = station.exports.attendance(day=DAYS[0], fmt=fmt, out=tmp_path / f"day1.{fmt}")

    rows = xlsx_rows(tmp_path / "day1.xlsx") if fmt == "xlsx" else csv_rows(tmp_path / "day1.csv")
    assert sheet.rows == pdf.rows == len(rows) - 1
    assert list(rows[0]) == ["Lp.", "Nazwisko", "Imię", "Instytucja", "Godzina rejestracji"]
    checked_in = next(row for row in rows if row[1] == "Gołębiowska")
    assert list(checked_in[2:]) == ["Łucja", "MOPS Łódź", clock(at)]
    assert [str(row[0]) for row in rows[1:]] == [str(number) for number in range(1, len(rows))]


# --- formula injection --------------------------------------------------------------------------------------


def test_formula_cells_are_neutralised_in_csv_and_xlsx(station, tmp_path):
    station.check_in(guest(station, "Hacker"), DAYS[0])
    station.exports.attendance(day="1", fmt="csv", out=tmp_path / "day1.csv")
    station.exports.attendance(day="1", fmt="xlsx", out=tmp_path / "day1.xlsx")
    station.exports.checkins(fmt="xlsx", out=tmp_path / "log.xlsx")

    raw = (tmp_path / "day1.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfLp.;Nazwisko;")
    cells = {cell for row in csv_rows(tmp_path / "day1.csv") for cell in row}
    assert {f"'{HOSTILE_NAME}", f"'{HOSTILE_ORGANISATION}", f"'{HOSTILE_CITY_CELL}", "'-1+1"} <= cells
    for workbook in ("day1.xlsx", "log.xlsx"):
        sheet = load_workbook(tmp_path / workbook).active
        values = [cell for row in sheet.iter_rows() for cell in row]
        assert not [cell.coordinate for cell in values if cell.data_type == "f"]
        assert not [cell.value for cell in values if str(cell.value or "").startswith(("=", "+", "-", "@"))]
    assert f"'{HOSTILE_NAME}" in [row[5] for row in xlsx_rows(tmp_path / "log.xlsx")]


@pytest.mark.parametrize(
    ("cell", "shown"),
    [("=1+1", "'=1+1"), ("+48 600", "'+48 600"), ("-2", "'-2"), ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"),
     ("\r=1", "'\r=1"), ("\x01=1+1", "'=1+1"), ("＝1+1", "'＝1+1"), ("﹦1+1", "'﹦1+1"), ("﹫x", "'﹫x"),
     ("Anna-Maria", "Anna-Maria"),
     ("a=b", "a=b"), ("", ""), (7, 7)],
)  # fmt: skip
def test_a_cell_a_spreadsheet_would_run_gets_an_apostrophe_and_nothing_else_changes(cell, shown):
    assert neutralised(cell) == shown


# --- the log of check-ins and door scans --------------------------------------------------------------------


def test_checkins_export_marks_an_undone_check_in_and_lists_door_scans_with_their_session(station, tmp_path):
    kowalski, plenary = guest(station, "Kowalski"), session_id(station, "Otwarcie")
    station.check_in(kowalski, DAYS[0])
    station.undo(kowalski, "pomyłka: inny Kowalski", DAYS[0])
    station.check_in(kowalski, DAYS[0])
    door = Station.open(station.storage.path, name="Drzwi Bruksela", staff="Adam")
    door.door.enter(kowalski, plenary)
    door.door.leave(kowalski, plenary)
    door.close()

    done = station.exports.checkins(fmt="xlsx", out=tmp_path / "log.xlsx")

    header, *rows = xlsx_rows(tmp_path / "log.xlsx")
    assert done.rows == len(rows) == 5
    assert header == tuple(column.header for column in COLUMNS)
    assert header[8:11] == ("Stanowisko", "Obsługa", "Cofnięta")
    what = [(row[2], row[3], row[8], row[9], row[10], row[11]) for row in rows]
    assert what == [
        ("rejestracja", None, "Recepcja 1", "Ola", "tak", None),
        ("cofnięcie rejestracji", None, "Recepcja 1", "Ola", None, "pomyłka: inny Kowalski"),
        ("rejestracja", None, "Recepcja 1", "Ola", None, None),
        ("wejście", "Otwarcie", "Drzwi Bruksela", "Adam", None, None),
        ("wyjście", "Otwarcie", "Drzwi Bruksela", "Adam", None, None),
    ]
    code = code_of(station, "Kowalski")
    assert all(
        row[1] == DAYS[0] and row[4:8] == ("Kowalski", "Jan", "CUS Starachowice", code) for row in rows
    )


# --- certificates -------------------------------------------------------------------------------------------


def test_certificates_only_for_those_who_came_merged_or_one_file_each(station, tmp_path):
    station.check_in(guest(station, "Kowalski"), DAYS[0])
    station.door.enter(guest(station, "Nowak"), session_id(station, "Otwarcie"))  # no desk, only the door
    station.choices.choose(guest(station, "Jóżko"), session_id(station, MANAGEMENT))  # signed up, never came

    merged = station.exports.certificates(out=tmp_path / "all.pdf")
    folder = tmp_path / "each"
    each = station.exports.certificates(out=folder, merged=False)

    pages = pages_text(tmp_path / "all.pdf")
    assert merged.pages == merged.rows == len(pages) == 2
    assert "Jan Kowalski" in pages[0] and "Anna Nowak" in pages[1]
    assert not any("Jóżko" in text for text in pages)
    kowalski, nowak = guest(station, "Kowalski"), guest(station, "Nowak")
    assert sorted(path.name for path in folder.iterdir()) == [
        f"Kowalski-{kowalski}.pdf",
        f"Nowak-{nowak}.pdf",
    ]
    assert each.files == (folder / f"Kowalski-{kowalski}.pdf", folder / f"Nowak-{nowak}.pdf")
    assert all(len(PdfReader(path).pages) == 1 for path in each.files)
    assert "Zaświadczenie o udziale" in pages[0] and "Termin: 21–22 czerwca 2026" in pages[0]


def test_certificate_names_the_workshop_entered_else_the_one_signed_up_for_on_a_day_checked_in(station):
    management, organising = session_id(station, MANAGEMENT), session_id(station, ORGANISING)
    went_elsewhere, signed_and_came, came_other_day = (guest(station, s) for s in ("Kowalski", "Gołębiowska",
                                                                                   "Nowak"))  # fmt: skip
    station.choices.choose(went_elsewhere, management)
    station.door.enter(went_elsewhere, management)
    station.choices.choose(
        went_elsewhere, organising
    )  # changed at the desk afterwards: they were in the room
    station.choices.choose(signed_and_came, management)
    station.check_in(signed_and_came, DAYS[1])
    station.choices.choose(came_other_day, organising)
    station.check_in(came_other_day, DAYS[0])  # the workshops are on day two

    named = {c.attendee.id: [s.title for s in c.workshops] for c in certificates_to_issue(station)}

    assert named == {went_elsewhere: [MANAGEMENT], signed_and_came: [MANAGEMENT], came_other_day: []}


def test_certificate_text_names_the_guest_the_event_the_days_and_the_workshop(station, tmp_path):
    golebiowska = guest(station, "Gołębiowska")
    station.choices.choose(golebiowska, session_id(station, MANAGEMENT))
    station.check_in(golebiowska, DAYS[1])

    station.exports.certificates(out=tmp_path / "one.pdf")

    (text,) = pages_text(tmp_path / "one.pdf")
    for expected in ("Łucja Gołębiowska", "MOPS Łódź", "wyżej wymieniona osoba", "Kongres testowy",
                     "Dni udziału: 22 czerwca 2026", "Miejsce: Hotel",
                     f"Warsztat (22 czerwca 2026): {MANAGEMENT}", "podpis organizatora"):  # fmt: skip
        assert expected in text, expected
    assert "Pan" not in text


def test_no_certificates_and_no_file_before_anyone_came(station, tmp_path):
    done = station.exports.certificates(out=tmp_path / "all.pdf")
    assert done == exports.Exported(0, 0, ()) and not (tmp_path / "all.pdf").exists()


# --- requests, roles and logos ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("what", "fmt", "day", "session"),
    [("certificates", "csv", None, None), ("attendance", "pdf", None, None), ("attendance", "pdf", "1", 3),
     ("checkins", "pdf", None, None), ("checkins", "xlsx", "1", None)],
)  # fmt: skip
def test_nonsense_requests_are_refused_before_anything_is_written(station, tmp_path, what, fmt, day, session):
    with pytest.raises(UserError):
        exports.checked_format(what, fmt, day=day, session_id=session)
    if what == "attendance":
        with pytest.raises(UserError):
            station.exports.attendance(day=day, session_id=session, fmt=fmt, out=tmp_path / "x")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["event.sqlite", "event.sqlite-shm",
                                                                 "event.sqlite-wal"]  # fmt: skip


def test_reception_cannot_export_until_the_organiser_unlocks(tmp_path):
    make_station(tmp_path / "event.sqlite", pin="2468").close()
    reception = Station.open(tmp_path / "event.sqlite")

    with pytest.raises(UserError) as refused:
        reception.exports.checkins(out=tmp_path / "log.xlsx")

    assert refused.value.code == "organiser_only" and not (tmp_path / "log.xlsx").exists()
    assert reception.roles.unlock("2468")
    assert reception.exports.checkins(out=tmp_path / "log.xlsx").files == (tmp_path / "log.xlsx",)
    reception.close()


def test_funding_logos_are_drawn_on_lists_and_certificates_and_a_missing_one_stops_the_export(
    station, tmp_path
):
    set_setting(station, FUNDING_LOGOS_SETTING, logo_files(tmp_path))
    station.check_in(guest(station, "Kowalski"), DAYS[0])

    station.exports.attendance(day="1", out=tmp_path / "day1.pdf")
    station.exports.certificates(out=tmp_path / "all.pdf")

    for path in (tmp_path / "day1.pdf", tmp_path / "all.pdf"):
        for page in PdfReader(path).pages:
            assert len(page.images) == 2
    set_setting(station, FUNDING_LOGOS_SETTING, ["fe.png", "brak.png"])
    with pytest.raises(UserError) as missing:
        station.exports.attendance(day="1", out=tmp_path / "again.pdf")
    assert missing.value.code == "funding_logo_unreadable" and not (tmp_path / "again.pdf").exists()


# --- as printed ---------------------------------------------------------------------------------------------


def rendered(path: Path, page: int, name: str) -> Image.Image:
    """The page in grey at 150 dpi; saved in colour in test-artifacts/ for people to look at."""
    image = pdfium.PdfDocument(str(path))[page].render(scale=PIXELS_PER_POINT).to_pil()
    ARTIFACTS.mkdir(exist_ok=True)
    image.save(ARTIFACTS / f"exports-{name}.png")
    return image.convert("L")


def blank_edges(image: Image.Image, width: float) -> bool:
    """Nothing printed within `width` (points) of the paper's edges, where printers cannot print."""
    strip = round(width * PIXELS_PER_POINT)
    w, h = image.size
    boxes = ((0, 0, w, strip), (0, h - strip, w, h), (0, 0, strip, h), (w - strip, 0, w, h))
    return all(image.crop(box).getextrema()[0] == 255 for box in boxes)


def test_list_and_certificate_pages_render_inside_their_margins(station, tmp_path):
    set_setting(station, FUNDING_LOGOS_SETTING, logo_files(tmp_path))
    long_guest = guest(station, LONG_GUEST.last_name)
    station.choices.choose(long_guest, session_id(station, ORGANISING))
    station.check_in(long_guest, DAYS[1])
    station.exports.attendance(session_id=session_id(station, "Otwarcie"), out=tmp_path / "list.pdf")
    station.exports.certificates(out=tmp_path / "certificate.pdf")

    page = next(i for i, text in enumerate(pages_text(tmp_path / "list.pdf")) if "Szczepańska" in text)
    list_page = rendered(tmp_path / "list.pdf", page, "attendance-list")
    certificate = rendered(tmp_path / "certificate.pdf", 0, "certificate")

    assert blank_edges(list_page, 10 * mm) and blank_edges(certificate, 10 * mm)
    text = pages_text(tmp_path / "certificate.pdf")[0]
    assert "Szczepańska-Wiśniewska-Żółkiewska" in text and ORGANISING in text.replace("\n", " ")


def test_a_certificate_file_of_a_cyrillic_surname_keeps_it_whole():
    melnyk = Attendee(first_name="Ігор", last_name="Мельник", id=21, code="X")
    assert Certificate(melnyk, (), ()).file_stem == "Melnik-21"  # not "Mel-nik-21"
