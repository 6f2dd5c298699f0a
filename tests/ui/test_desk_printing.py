"""Badges printed from the desk: at check-in, reprinted with a reason, and a printer that is not there.
No printer is installed on a test machine, so "printing" goes to a PDF that is read back like paper."""

import pypdfium2 as pdfium
import zxingcpp
from conftest import screenshot, when_modal
from helpers.events import code_of
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from checkin.badges.drawing import BadgeRun
from checkin.domain import Registrant
from ui.printing import PrintTarget
from ui.widgets.theme import Tone


def printing_to(desk, path):
    desk.settings.print_on_check_in = True
    desk.printer.use(PrintTarget(pdf_file=path))


def codes_on_paper(path):
    page = pdfium.PdfDocument(str(path))[0]
    return [r.text for r in zxingcpp.read_barcodes(page.render(scale=300 / 72).to_pil().convert("L"))]


def badge_prints(desk):
    return [e for e in desk.station.storage.log_entries() if e.kind == "badge_print"]


def test_a_check_in_prints_the_badge_once_and_logs_it(qtbot, desk, tmp_path):
    printing_to(desk, tmp_path / "paper.pdf")
    code = code_of(desk.station, "Nowak")
    qtbot.keyClicks(desk.input, code)
    qtbot.keyClick(desk.input, Qt.Key.Key_Return)
    assert desk.banner.tone is Tone.OK  # the verdict does not wait for the printer
    with qtbot.waitSignal(desk.printer.printed, timeout=10000):
        pass
    assert codes_on_paper(tmp_path / "paper.pdf") == [code]
    (entry,) = badge_prints(desk)
    assert (entry.station, entry.staff, entry.data["reprint"]) == ("Recepcja 1", "Ola", False)
    assert desk.print_notice.text() == "Wydrukowano identyfikator"


def test_a_guest_whose_badge_was_pre_printed_gets_no_second_one(qtbot, desk, tmp_path):
    printing_to(desk, tmp_path / "paper.pdf")
    guest = desk.station.find(code_of(desk.station, "Kowalski"))
    desk.station.badges.record_prints([guest.id], "a4-8")
    qtbot.keyClicks(desk.input, guest.code)
    qtbot.keyClick(desk.input, Qt.Key.Key_Return)
    assert desk.banner.tone is Tone.OK
    assert desk.printer.waiting == 0
    assert not (tmp_path / "paper.pdf").exists()


def test_reprint_asks_for_a_reason_and_logs_it(qtbot, desk, tmp_path):
    printing_to(desk, tmp_path / "paper.pdf")
    nowak = desk.station.find(code_of(desk.station, "Nowak"))
    desk.station.badges.record_prints([nowak.id], "a4-8")  # pre-printed, and lost
    qtbot.keyClicks(desk.input, "nowak")

    def answer():
        dialog = QApplication.activeModalWidget()
        assert "1" in dialog.question.text()
        dialog.reason.setText("zgubiony identyfikator")
        dialog.accept()

    QTimer.singleShot(50, answer)
    qtbot.keyClick(desk.input, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(desk.printer.printed, timeout=10000):
        pass
    entry = badge_prints(desk)[-1]
    assert (entry.reason, entry.data["reprint"]) == ("zgubiony identyfikator", True)


def test_a_walk_ins_first_badge_prints_without_a_reason_and_the_banner_never_promises_one(
    qtbot, desk, tmp_path
):
    desk.printer.use(PrintTarget(pdf_file=tmp_path / "paper.pdf"))  # printing at check-in stays off
    desk.controller.walk_in(Registrant(first_name="Ewa", last_name="Nowicka"), [], lambda refusal: "")
    assert desk.banner.tone is Tone.OK
    assert (
        "Ctrl+P" in desk.banner.details.text()
        and "identyfikator i materiały" not in desk.banner.details.text()
    )
    seen = []
    when_modal(lambda dialog: (seen.append(dialog), dialog.reject()), attempts=10)
    qtbot.keyClick(desk.input, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(desk.printer.printed, timeout=10000):
        pass
    (entry,) = badge_prints(desk)
    assert (entry.reason, entry.data["reprint"], seen) == ("", False, [])


def test_a_missing_printer_is_reported_and_the_badge_waits_while_check_in_goes_on(qtbot, desk, tmp_path):
    desk.settings.print_on_check_in = True
    desk.printer.use(PrintTarget(printer="Brother QL-800"))
    qtbot.keyClicks(desk.input, code_of(desk.station, "Nowak"))
    qtbot.keyClick(desk.input, Qt.Key.Key_Return)
    assert desk.banner.tone is Tone.OK
    qtbot.waitUntil(lambda: "F9" in desk.print_notice.text(), timeout=10000)
    assert "nie jest zainstalowana" in desk.print_notice.text()
    assert desk.printer.waiting == 1
    assert badge_prints(desk) == []
    screenshot(desk, "printer-missing")
    desk.printer.use(PrintTarget(pdf_file=tmp_path / "later.pdf"))
    with qtbot.waitSignal(desk.printer.printed, timeout=10000):
        qtbot.keyClick(desk.input, Qt.Key.Key_F9)
    assert len(badge_prints(desk)) == 1
    assert desk.printer.waiting == 0


def test_a_badge_that_cannot_print_is_set_aside_and_the_queue_goes_on(qtbot, desk, tmp_path, monkeypatch):
    printing_to(desk, tmp_path / "paper.pdf")
    real_pdf = BadgeRun.pdf
    calls = []

    def first_one_broken(run):
        calls.append(run)
        if len(calls) == 1:
            raise ValueError("broken record")
        return real_pdf(run)

    monkeypatch.setattr(BadgeRun, "pdf", first_one_broken)
    for surname in ("Nowak", "Kowalski"):
        qtbot.keyClicks(desk.input, code_of(desk.station, surname))
        qtbot.keyClick(desk.input, Qt.Key.Key_Return)
    with qtbot.waitSignal(desk.printer.printed, timeout=10000):
        pass
    assert desk.printer.waiting == 0
    kowalski = desk.station.find(code_of(desk.station, "Kowalski"))
    assert [e.attendee_id for e in badge_prints(desk)] == [kowalski.id]
    assert codes_on_paper(tmp_path / "paper.pdf") == [code_of(desk.station, "Kowalski")]
