"""Badges rendered to real PDFs and read back as a printer and a scanner would see them."""

from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from pypdf import PdfReader
from reportlab.lib.units import mm

from checkin import codes
from checkin.badges.drawing import NAME, Badge, EventHeader, fit_text, width_of, write_badges
from checkin.badges.layouts import LAYOUTS, custom_layout, layout_named
from checkin.badges.template import BadgeTemplate
from checkin.errors import UserError

SECRET = codes.new_secret()
HEADER = EventHeader("II Kongres Centrów Usług Społecznych", "21–22 czerwca 2026 · Starachowice")
LONG_ORGANISATION = ("Regionalny Ośrodek Polityki Społecznej Województwa Świętokrzyskiego w Kielcach, " * 3)[
    :200
]
PROGRAMME = ["Dzień 1 · 10:00–11:00 Rejestracja uczestników (Recepcja hotelu)"]
PIXELS_PER_POINT = 300 / 72


def guests(count: int) -> list[Badge]:
    fixed = [
        Badge(
            code=codes.new_code(SECRET),
            first_name="Maria Magdalena",
            title="prof. dr hab.",
            last_name="Szczepańska-Wiśniewska-Żółkiewska",
            position="Dyrektor Departamentu Wdrażania EFS",
            organisation=LONG_ORGANISATION,
            category="honorary_guest",
            workshop="Indywidualne plany usług społecznych innowacyjnym narzędziem wsparcia",
            room="Warszawa",
        ),
        Badge(
            code=codes.new_code(SECRET),
            first_name="Олена",
            last_name="Коваленко",
            organisation="Фонд Форпост Україна",
            category="speaker",
        ),
        Badge(
            code=codes.new_code(SECRET), first_name="Łucja", last_name="Gołębiowska", organisation="MOPS Łódź"
        ),
    ]
    more = [
        Badge(code=codes.new_code(SECRET), first_name="Jan", last_name=f"Nowak {i}") for i in range(count)
    ]
    return (fixed + more)[:count]


def render(tmp_path: Path, layout_name: str, count: int, template: BadgeTemplate | None = None):
    path = tmp_path / f"{layout_name}.pdf"
    badges = guests(count)
    pages = write_badges(
        path, badges, layout_named(layout_name), template or BadgeTemplate(), HEADER, PROGRAMME
    )
    return path, badges, pages


ALL_LAYOUTS = [*LAYOUTS, "custom-54x86"]


@pytest.mark.parametrize("name", ALL_LAYOUTS)
def test_every_layout_has_the_right_pages_and_page_size(tmp_path, name):
    layout = layout_named(name)
    count = layout.badges_per_sheet * 2 + 1
    path, _, pages = render(tmp_path, name, count)
    expected = 3
    assert pages == expected
    reader = PdfReader(path)
    assert len(reader.pages) == expected
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (
        round(layout.page[0]),
        round(layout.page[1]),
    )


def test_a4_holds_eight_90x55_badges_and_letter_six_4x3(tmp_path):
    assert (LAYOUTS["a4-8"].badges_per_sheet, LAYOUTS["a4-8"].badge) == (8, (90 * mm, 55 * mm))
    assert LAYOUTS["a4-4xa6"].badges_per_sheet == 4
    assert LAYOUTS["letter-4x3"].badges_per_sheet == 6
    assert custom_layout(54, 86).badges_per_sheet == 9
    assert layout_named("custom-54x86-m2").badges_per_sheet == 9
    assert layout_named("custom-100x65-m3").badges_per_sheet == 8
    assert layout_named("custom-100x65").badges_per_sheet == 4
    with pytest.raises(UserError):
        layout_named("custom-300x400")
    with pytest.raises(UserError):
        layout_named("giant")


def test_polish_and_cyrillic_names_are_real_text_in_the_pdf(tmp_path):
    path, _, _ = render(tmp_path, "a4-8", 3)
    text = PdfReader(path).pages[0].extract_text()
    for name in ("Коваленко", "Олена", "Gołębiowska", "Łucja", "GOŚĆ HONOROWY", "PRELEGENT"):
        assert name in text
    assert "Żółkiewska" in text.replace("\n", "")


def test_every_font_is_embedded_and_no_base14_font_is_used(tmp_path):
    path, _, _ = render(tmp_path, "a6", 2)
    fonts = PdfReader(path).pages[0]["/Resources"]["/Font"]
    assert fonts
    for font in fonts.values():
        font = font.get_object()
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        descriptor = descendant["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font["/BaseFont"]
        assert "DejaVu" in font["/BaseFont"]


def _pages(path: Path):
    document = pdfium.PdfDocument(str(path))
    return [document[i] for i in range(len(document))]


@pytest.mark.parametrize("name", ALL_LAYOUTS)
def test_every_qr_decodes_to_its_guests_code_at_300_dpi(tmp_path, name):
    layout = layout_named(name)
    path, badges, _ = render(tmp_path, name, layout.badges_per_sheet + 1)
    read = []
    for page in _pages(path):
        image = page.render(scale=PIXELS_PER_POINT).to_pil().convert("L")
        found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
        read += [result.text for result in found]
        for result in found:
            side = abs(result.position.top_right.x - result.position.top_left.x) / PIXELS_PER_POINT
            assert side / 21 >= 0.5 * mm * 0.95, "QR modules must be at least 0.5 mm"
    expected = [b.code for b in badges]
    if layout.back == "badge":
        expected = expected * 2
    assert sorted(read) == sorted(expected)


def _slot_boxes(layout):
    w, h = layout.badge
    places = layout.slots() + (layout.back_slots() if layout.back else [])
    return [(x, y, x + w, y + h) for x, y in places]


@pytest.mark.parametrize("name", ALL_LAYOUTS)
def test_no_character_leaves_its_badge(tmp_path, name):
    layout = layout_named(name)
    path, _, _ = render(tmp_path, name, layout.badges_per_sheet)
    for page in _pages(path):
        boxes = _slot_boxes(layout)
        text = page.get_textpage()
        assert text.count_chars() > 20
        for index in range(text.count_chars()):
            left, bottom, right, top = text.get_charbox(index)
            if right - left == 0:
                continue
            inside = [
                b
                for b in boxes
                if b[0] - 0.5 <= left and right <= b[2] + 0.5 and b[1] - 0.5 <= bottom and top <= b[3] + 0.5
            ]
            assert inside, (
                f"character {text.get_text_range(index, 1)!r} at {left:.0f},{bottom:.0f} outside every badge"
            )


def test_fitting_shrinks_then_wraps_then_ellipsises_inside_the_box():
    one_line = fit_text("Nowak", NAME, 200, 40, (30, 10))
    assert one_line.lines == ["Nowak"] and one_line.size == 30
    wrapped = fit_text("Szczepańska-Wiśniewska-Żółkiewska", NAME, 120, 80, (30, 10), max_lines=2)
    assert wrapped.lines[0].endswith("-") and len(wrapped.lines) == 2
    assert all(width_of(line, NAME, wrapped.size) <= 120 for line in wrapped.lines)
    cut = fit_text(LONG_ORGANISATION, NAME, 100, 30, (12, 6), max_lines=3)
    assert len(cut.lines) <= 3 and cut.lines[-1].endswith("…")
    assert all(width_of(line, NAME, cut.size) <= 100 for line in cut.lines)
    assert len(cut.lines) * cut.size * 1.15 <= 30 + 0.01


def test_a_double_barrelled_surname_breaks_at_its_hyphen_rather_than_inside_a_word():
    surname = "Brzęczyszczykiewicz-Grzegorzewska"
    width = width_of("Brzęczyszczykiewi", NAME, 30) + 1  # a larger size would fit only half the first word
    fitted = fit_text(surname, NAME, width, 80, (30, 10), max_lines=2)
    assert fitted.lines == ["Brzęczyszczykiewicz-", "Grzegorzewska"]
    assert all(width_of(line, NAME, fitted.size) <= width for line in fitted.lines)


def test_a_fold_prints_front_and_back_side_by_side_so_both_face_out(tmp_path):
    path, _, pages = render(tmp_path, "a4-fold-a6", 1)
    assert pages == 1
    assert "Rejestracja uczestników" in PdfReader(path).pages[0].extract_text()
    layout = LAYOUTS["a4-fold-a6"]
    (front_x, front_y), (back_x, back_y) = layout.slots()[0], layout.back_slots()[0]
    assert (front_x, back_x, back_y) == (pytest.approx(0), pytest.approx(layout.page[0] / 2), front_y)


def test_one_long_word_wraps_between_letters_and_never_crashes(tmp_path):
    surname, organisation = "Konstantynopolitańczykowianeczka", "Przedsiębiorstwowielobranżowe" * 3
    code = codes.new_code(SECRET)
    long = Badge(code=code, first_name="W" * 14, last_name=surname, organisation=organisation)
    for name in ("a4-8", "custom-54x86", "roll-62"):
        pages = write_badges(tmp_path / f"{name}.pdf", [long], layout_named(name), BadgeTemplate(), HEADER)
        assert pages == 1
        text = PdfReader(tmp_path / f"{name}.pdf").pages[0].extract_text().replace("\n", "")
        assert "Konstantynopolita" in text


def test_the_workshop_room_survives_a_long_title(tmp_path):
    path, _, _ = render(tmp_path, "a4-8", 1)
    assert "Warsztat (Warszawa):" in PdfReader(path).pages[0].extract_text()


def test_template_round_trips_through_json_and_changes_the_badge(tmp_path):
    template = BadgeTemplate(
        show_organisation=False,
        colours={"participant": "#FF0000"},
        labels={"participant": "DELEGAT"},
        logo=b"\x89PNG",
    )
    assert BadgeTemplate.from_json(template.to_json()) == template
    assert BadgeTemplate.from_json('{"future_option": 1}') == BadgeTemplate()
    path, _, _ = render(
        tmp_path, "a4-8", 3, BadgeTemplate(show_organisation=False, labels={"participant": "DELEGAT"})
    )
    text = PdfReader(path).pages[0].extract_text()
    assert "DELEGAT" in text
    assert "MOPS Łódź" not in text
