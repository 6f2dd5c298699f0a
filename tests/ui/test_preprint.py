"""The organisers' batch pre-print: who is chosen, PDFs read back like paper, and what gets recorded when."""

from conftest import ARTIFACTS
from helpers.events import code_of
from pypdf import PdfReader

from checkin.station import default_station_name
from ui.badge_design import BadgeDesignDialog
from ui.desk.dialogs import SettingsDialog
from ui.preprint import PrePrintDialog
from ui.printing import BadgePrinter, PrintTarget
from ui.settings import DeskSettings
from ui.widgets import plain

POLISH_ORDER = ["Gołębiowska", "Jóżko", "Коваленко", "Kowalski", "Nowak"]
"""Surnames as the desk lays badges out: Ł after L, Ó after O, Cyrillic by transliteration (Kovalenko)."""


def guest_id(station, last_name):
    return station.find(code_of(station, last_name)).id


def surnames(station, ids):
    people = station.storage.attendees_by_ids(ids)
    return [people[i].last_name for i in ids]


def badge_prints(station):
    return [entry for entry in station.storage.log_entries() if entry.kind == "badge_print"]


def dialog_for(qtbot, desk, selected=(), printer=None):
    dialog = PrePrintDialog(desk.station, selected, printer, desk)
    qtbot.addWidget(dialog)
    return dialog


def pdf_text(path):
    return [page.extract_text() for page in PdfReader(path).pages]


def test_all_guests_come_in_polish_alphabetical_order_of_surnames(qtbot, desk):
    dialog = dialog_for(qtbot, desk)
    dialog.all_guests.setChecked(True)
    assert surnames(desk.station, dialog.chosen_ids()) == POLISH_ORDER


def test_only_not_yet_printed_leaves_out_guests_whose_badge_was_printed(qtbot, desk):
    station = desk.station
    station.badges.record_prints([guest_id(station, "Kowalski"), guest_id(station, "Nowak")], "a4-8")
    dialog = dialog_for(qtbot, desk)
    assert dialog.unprinted.isChecked()  # the default: a second run must not print everyone again
    assert surnames(station, dialog.chosen_ids()) == ["Gołębiowska", "Jóżko", "Коваленко"]
    assert dialog.summary.text() == "3 identyfikatory na 1 arkuszu"
    dialog.all_guests.setChecked(True)
    assert len(dialog.chosen_ids()) == 5


def test_a_category_choice_prints_only_that_category(qtbot, desk):
    dialog = dialog_for(qtbot, desk)
    assert not dialog.category.isEnabled()
    dialog.by_category.setChecked(True)
    assert dialog.category.isEnabled()
    dialog.category.setCurrentIndex(dialog.category.findData("speaker"))
    assert surnames(desk.station, dialog.chosen_ids()) == ["Jóżko"]
    assert dialog.summary.text() == "1 identyfikator na 1 arkuszu"
    dialog.category.setCurrentIndex(dialog.category.findData("participant"))
    assert surnames(desk.station, dialog.chosen_ids()) == ["Коваленко", "Kowalski", "Nowak"]


def test_the_selection_uses_the_guests_selected_at_the_desk_sorted_by_surname(qtbot, desk):
    station = desk.station
    chosen = [guest_id(station, "Nowak"), guest_id(station, "Gołębiowska")]
    dialog = dialog_for(qtbot, desk, selected=chosen)
    assert dialog.selected.isEnabled()
    dialog.selected.setChecked(True)
    assert surnames(station, dialog.chosen_ids()) == ["Gołębiowska", "Nowak"]


def test_without_a_selection_or_a_printer_those_choices_are_off(qtbot, desk):
    dialog = dialog_for(qtbot, desk)
    assert not dialog.selected.isEnabled()
    assert not dialog.to_printer.isEnabled()
    assert dialog.to_pdf.isChecked()


def test_the_layout_defaults_to_the_badge_design_and_the_count_follows_it(qtbot, desk):
    dialog = dialog_for(qtbot, desk)
    dialog.all_guests.setChecked(True)
    assert dialog.chosen_layout().name == desk.station.badges.template().layout == "a4-8"
    assert dialog.summary.text() == "5 identyfikatorów na 1 arkuszu"
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("a4-4xa6"))
    assert dialog.summary.text() == "5 identyfikatorów na 2 arkuszach"


def test_a_pdf_export_has_every_badge_in_surname_order_and_records_the_prints(qtbot, desk, tmp_path):
    dialog = dialog_for(qtbot, desk)
    dialog.all_guests.setChecked(True)
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("a6"))
    out = tmp_path / "identyfikatory.pdf"
    assert dialog.export_pdf(out) == 5
    pages = pdf_text(out)
    assert len(pages) == 5
    assert [next(name for name in POLISH_ORDER if name in text) for text in pages] == POLISH_ORDER
    prints = badge_prints(desk.station)
    assert sorted(e.attendee_id for e in prints) == sorted(dialog.chosen_ids())
    assert {e.data["layout"] for e in prints} == {"a6"}
    assert {(e.station, e.staff) for e in prints} == {("Recepcja 1", "Ola")}


def test_ok_on_a_sheet_layout_writes_the_pdf_and_says_where(qtbot, desk, tmp_path, monkeypatch):
    said = []
    monkeypatch.setattr(plain, "inform", lambda parent, title, text: said.append(text))
    dialog = dialog_for(qtbot, desk)
    dialog.all_guests.setChecked(True)
    out = tmp_path / "arkusze.pdf"
    dialog.pdf_path.setText(str(out))
    dialog.accept()
    (page,) = pdf_text(out)
    positions = [page.index(name) for name in POLISH_ORDER]
    assert positions == sorted(positions)
    assert said == [f"Zapisano 5 identyfikatorów w pliku {out} (1 strona)."]
    assert dialog.result() == PrePrintDialog.DialogCode.Accepted
    assert len(badge_prints(desk.station)) == 5
    dialog.unprinted.setChecked(True)
    assert dialog.chosen_ids() == []


def test_nothing_to_print_says_so_and_the_dialog_stays_open(qtbot, desk, tmp_path, monkeypatch):
    station = desk.station
    station.badges.record_prints(station.badges.selection(), "a4-8")
    said = []
    monkeypatch.setattr(plain, "inform", lambda parent, title, text: said.append(title))
    dialog = dialog_for(qtbot, desk)
    dialog.show()
    dialog.pdf_path.setText(str(tmp_path / "pusty.pdf"))
    dialog.accept()
    assert said == ["Nic do wydrukowania"]
    assert dialog.isVisible()
    assert not (tmp_path / "pusty.pdf").exists()


def test_an_unwritable_file_gives_a_warning_and_records_nothing(qtbot, desk, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(plain, "warn", lambda parent, title, text: warnings.append(text))
    dialog = dialog_for(qtbot, desk)
    dialog.show()
    dialog.pdf_path.setText(str(tmp_path))  # a directory
    dialog.accept()
    (text,) = warnings
    assert str(tmp_path) in text
    assert dialog.isVisible()
    assert badge_prints(desk.station) == []


def test_the_printer_gets_one_job_and_the_dialog_records_nothing_itself(qtbot, desk, tmp_path):
    paper = tmp_path / "printed.pdf"
    printer = BadgePrinter(PrintTarget(pdf_file=paper))
    printed = []
    printer.printed.connect(printed.append)
    try:
        dialog = dialog_for(qtbot, desk, printer=printer)
        dialog.all_guests.setChecked(True)
        dialog.to_printer.setChecked(True)
        assert not dialog.pdf_path.isEnabled()
        job = dialog.send_to_printer()
        qtbot.waitUntil(lambda: len(printed) == 1, timeout=20000)
    finally:
        printer.shutdown()
    assert printed == [job]
    assert job.attendee_ids == tuple(dialog.chosen_ids())
    assert [badge.last_name for badge in job.run.badges] == POLISH_ORDER
    assert len(PdfReader(paper).pages) == 1
    assert badge_prints(desk.station) == []


def test_the_dialog_fits_its_text(qtbot, desk):
    station = desk.station
    dialog = dialog_for(qtbot, desk, selected=[guest_id(station, "Nowak")], printer=desk.printer)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = (dialog.unprinted, dialog.selected, dialog.to_printer, dialog.summary, dialog.layout_choice)
    for widget in shown:
        assert widget.width() >= widget.sizeHint().width()
    ARTIFACTS.mkdir(exist_ok=True)
    dialog.grab().save(str(ARTIFACTS / "preprint.png"))


def test_a_typed_path_of_the_event_file_is_refused_and_nothing_is_recorded(qtbot, desk, monkeypatch):
    warnings = []
    monkeypatch.setattr(plain, "warn", lambda parent, title, text: warnings.append(text))
    event = desk.station.path
    dialog = dialog_for(qtbot, desk)
    dialog.show()
    dialog.all_guests.setChecked(True)
    dialog.pdf_path.setText(str(event))
    dialog.accept()
    assert warnings == [
        f"{event} to sam plik wydarzenia: zapis w nim zniszczyłby wydarzenie. Wybierz inną nazwę pliku."
    ]
    assert dialog.isVisible()
    assert badge_prints(desk.station) == []
    assert desk.station.stats().registered == 5


def test_the_stock_is_offered_as_organisers_buy_it_in_every_dialog(qtbot, desk):
    """The layouts' names ("a4-fold-a6-mirror") are the command line's; the dialogs say what the paper is:
    pre-print, the badge design and the desk's own settings."""
    design = BadgeDesignDialog(desk.station, desk)
    settings = SettingsDialog(DeskSettings(), desk.station.event.days, desk.station.day, (), desk)
    qtbot.addWidget(design)
    qtbot.addWidget(settings)
    assert settings.station.placeholderText() == default_station_name()  # what an unnamed desk is called
    for choice in (dialog_for(qtbot, desk).layout_choice, design.layout_choice, settings.layout_choice):
        offered = {choice.itemData(index): choice.itemText(index) for index in range(choice.count())}
        assert offered["a4-8"] == "Arkusze A4, po 8 identyfikatorów (90 × 55 mm)"
        assert offered["a4-fold-a6-mirror"] == "A4 składane do A6, identyfikator z obu stron (105 × 148 mm)"
        assert offered["roll-62"] == "Rolka etykiet o szerokości 62 mm (62 × 100 mm)"
        assert not any(name in text for name, text in offered.items() if name)  # "": as the design says
