"""Hostile guest, session, station and event texts through every window and dialog (issue 16): each shows
them as typed, never as Qt rich text.

Qt guesses rich text from content wherever a format is not stated. So the sweep asks of every window and
dialog: every label with text has its format stated; a label meant as rich text, and any tooltip Qt would
read as rich text, holds none of the hostile markup unescaped; and where a hostile text is shown, the text
shown (the label's own, or what its markup renders to) holds it whole.
"""

import csv

import pytest
from conftest import screenshot, screenshot_dialog, shown, when_modal
from helpers.events import DAYS
from helpers.fake_sync import Fakes
from helpers.hostile import (
    ANSWER,
    BREAK,
    ENTITY,
    EVENT,
    FONT,
    IMG,
    MARKUP,
    ROOM,
    RTL,
    SCRIPT,
    SESSION,
    STAFF,
    STATION,
    guest,
    hostile_station,
)
from helpers.mail_server import memory_keyring
from PySide6 import QtGui
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QListView, QWidget

from checkin.sync.status import PeerStatus
from ui.app import DeskApp
from ui.badge_design import BadgeDesignDialog
from ui.dashboard.window import DashboardWindow
from ui.desk.choices import MealsDialog, WorkshopChooser
from ui.desk.dialogs import (
    CancelRegistrationDialog,
    EditDialog,
    ReprintDialog,
    SettingsDialog,
    UndoDialog,
    WalkInDialog,
)
from ui.door.picker import DoorSessionDialog
from ui.door.window import DoorWindow
from ui.organiser.backups import RestoreDialog
from ui.organiser.confirmation_template import ConfirmationTemplateDialog
from ui.organiser.confirmations import ConfirmationsDialog
from ui.organiser.event_settings import EventSettingsDialog
from ui.organiser.export_dialog import ExportDialog
from ui.organiser.import_window import ImportDialog
from ui.organiser.pin import ChangePinDialog
from ui.organiser.purge import PersonalDataClearing, PurgeNameDialog
from ui.organiser.smtp_settings import SmtpSettingsDialog
from ui.preprint import PrePrintDialog
from ui.programme_editor import ProgrammeDialog
from ui.settings import DeskSettings
from ui.sound import Sounds
from ui.station.stations_dialog import StationsDialog
from ui.station.sync import SyncOptions
from ui.widgets.dialogs import OverrideDialog, ShiftDialog
from ui.widgets.plain import mnemonic_free, rich, tooltip


@pytest.fixture
def station(tmp_path):
    station = hostile_station(tmp_path / "hostile.sqlite")
    yield station
    station.close()


def desk_app(tmp_path, sync: SyncOptions | None = None) -> DeskApp:
    store = QSettings(str(tmp_path / "desk.ini"), QSettings.Format.IniFormat)
    store.setValue("language", "pl")
    return DeskApp(store, sync=sync)


@pytest.fixture
def desk(qtbot, tmp_path, station):
    """The desk on the hostile event, in Polish."""
    window = desk_app(tmp_path).show(station)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    yield window
    window.close()


# --- what is checked --------------------------------------------------------------------------------------


def rendered(text: str, text_format: Qt.TextFormat) -> str:
    """What a label of `text_format` shows of `text`."""
    if text_format is Qt.TextFormat.PlainText:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def labels(root: QWidget) -> list[QLabel]:
    """The labels in `root` (itself, if it is one) that show a text."""
    found = [root, *root.findChildren(QLabel)]
    return [label for label in found if isinstance(label, QLabel) and label.text()]


def shown_text(root: QWidget) -> str:
    """Every label's text as it reads on screen, and every button's (its `&` shortcut marks taken out)."""
    texts = [rendered(label.text(), label.textFormat()) for label in labels(root)]
    texts += [button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
              for button in root.findChildren(QAbstractButton)]  # fmt: skip
    return "\n".join(texts)


def read_as_markup(text: str) -> list[str]:
    return [markup for markup in MARKUP if markup in text]


def tooltips(root: QWidget) -> list[str]:
    tips = [widget.toolTip() for widget in [root, *root.findChildren(QWidget)]]
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        columns = 1 if isinstance(view, QListView) else model.columnCount()  # a list widget's is private
        tips += [
            str(model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) or "")
            for row in range(model.rowCount())
            for column in range(columns)
        ]
    return [tip for tip in tips if tip]


def problems(root: QWidget) -> list[str]:
    """Where `root` could show guest text as markup (empty: nowhere)."""
    found = []
    for label in labels(root):
        text, text_format = label.text(), label.textFormat()
        if text_format is Qt.TextFormat.AutoText:
            found.append(f"format guessed: {text[:80]!r}")
        elif text_format is Qt.TextFormat.RichText and read_as_markup(text):
            found.append(f"rich text with {read_as_markup(text)}: {text[:80]!r}")
    for tip in tooltips(root):
        if QtGui.Qt.mightBeRichText(tip) and read_as_markup(tip):
            found.append(f"tooltip with {read_as_markup(tip)}: {tip[:80]!r}")
    return found


def as_typed(root: QWidget, *texts: str) -> None:
    """`root` shows `texts` whole and nothing in it reads guest text as markup."""
    assert problems(root) == []
    shown = shown_text(root)
    for text in texts:
        assert text in shown, (text, shown[:500])


# --- the desk ---------------------------------------------------------------------------------------------


def test_the_desk_shows_the_hostile_names_on_the_banner_and_in_the_list_as_typed(qtbot, desk):
    qtbot.keyClicks(desk.input, "zarejestrowano")
    qtbot.waitUntil(lambda: desk.controller.results.rowCount() == 1)
    assert desk.controller.results.index(0, 0).data() == f"Jan {FONT}"
    qtbot.keyClick(desk.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: FONT in desk.banner.name.text())
    as_typed(desk, f"Jan {FONT}", STATION, STAFF, ANSWER, SCRIPT, SESSION)
    screenshot(desk, "hostile-banner")


def test_the_desks_dialogs_show_the_guests_names_as_typed(qtbot, desk, station):
    font, entity = (station.guest(str(guest(station, last))) for last in (FONT, ENTITY))
    for dialog in (
        EditDialog(font, desk), CancelRegistrationDialog(font, desk), UndoDialog(entity, desk),
        ReprintDialog(entity, 2, desk), OverrideDialog(SCRIPT, desk), ShiftDialog(STAFF, desk),
        SettingsDialog(desk.settings, DAYS, DAYS[0], [STATION], desk),
    ):  # fmt: skip
        shown(qtbot, dialog)
        as_typed(dialog)
    assert FONT in shown_text(CancelRegistrationDialog(font, desk))
    assert f"{IMG} {ENTITY}" in shown_text(UndoDialog(entity, desk))
    assert [edit.text() for edit in EditDialog(font, desk).edits.values()][1:3] == ["Jan", FONT]


def test_the_walk_in_dialog_names_the_similar_guests_as_typed(qtbot, desk, station):
    dialog = shown(qtbot, WalkInDialog(station.choices.walk_in_workshops(), station.similar_people, desk))
    dialog.last_name.setText(FONT)
    dialog.email.setText("zielony@cus.pl")
    dialog.email.editingFinished.emit()
    assert dialog.note.isVisible()
    as_typed(dialog, FONT, SCRIPT, "zielony@cus.pl")


def test_the_workshop_and_meal_choosers_show_the_titles_as_typed(qtbot, desk, station):
    font = station.guest(str(guest(station, FONT)))
    chooser = shown(qtbot, WorkshopChooser(font, desk.controller.options(font, workshops=True), set(), desk))
    as_typed(chooser, SESSION, ANSWER)
    meals = desk.controller.options(font, workshops=False)
    dialog = shown(qtbot, MealsDialog(font, meals, desk.controller.signups(font), desk))
    as_typed(dialog, f"Obiad {ENTITY} & ")


# --- the door and the dashboard ---------------------------------------------------------------------------


def test_the_door_shows_the_session_and_the_guest_as_typed(qtbot, station):
    workshop = next(s for s in station.programme.sessions() if s.title == SESSION)
    door = DoorWindow(station, workshop.id, DeskSettings(), Sounds())
    qtbot.addWidget(door)
    door.show()
    qtbot.waitExposed(door)
    door.controller.scan(guest(station, ENTITY))
    qtbot.waitUntil(lambda: ENTITY in door.banner.name.text())
    as_typed(door, SESSION, ROOM, f"{IMG} {ENTITY}", STATION, STAFF)
    picker = shown(qtbot, DoorSessionDialog(station, door, workshop.id))
    as_typed(picker)
    assert picker.table.item(0, 2).text() == SESSION
    door.close()


def test_the_dashboard_shows_the_event_and_the_latest_names_as_typed(qtbot, station):
    dashboard = DashboardWindow(station, DAYS[0])
    qtbot.addWidget(dashboard)
    dashboard.show()
    qtbot.waitExposed(dashboard)
    as_typed(dashboard, EVENT)
    latest = [dashboard.latest.index(row, 1).data() for row in range(dashboard.latest.rowCount())]
    assert f"Jan {FONT}" in latest and f"{IMG} {ENTITY}" in latest
    dashboard.close()


# --- the organiser's dialogs ------------------------------------------------------------------------------


def test_the_purge_shows_the_event_name_as_typed_and_that_name_typed_confirms(qtbot, desk, station):
    said = []
    when_modal(lambda box: (said.append((problems(box), shown_text(box))), box.reject()))
    assert not PersonalDataClearing(station, desk).warned(EVENT)
    ((found, text),) = said
    assert found == [] and EVENT in text

    dialog = shown(qtbot, PurgeNameDialog(EVENT, desk))
    as_typed(dialog, EVENT)
    qtbot.keyClicks(dialog.name, EVENT)
    assert dialog.ok.isEnabled()
    screenshot_dialog(desk, dialog, "hostile-purge")


def test_the_organisers_dialogs_show_no_guessed_format(qtbot, desk, station):
    station.backups.snapshot()
    for dialog in (
        RestoreDialog(station, desk), ExportDialog(station, desk), EventSettingsDialog(station, desk),
        ChangePinDialog(station, desk), PrePrintDialog(station, [guest(station, FONT)], None, desk),
        BadgeDesignDialog(station, desk),
    ):  # fmt: skip
        shown(qtbot, dialog)
        as_typed(dialog)
    selected = [a.code for a in station.storage.attendees() if a.last_name == FONT]
    with memory_keyring():  # the SMTP settings ask whether there is a credential store: never the machine's
        for dialog in (
            ConfirmationsDialog(station, selected, desk),
            SmtpSettingsDialog(station, desk),
            ConfirmationTemplateDialog(station, "pl", desk),
        ):  # fmt: skip
            shown(qtbot, dialog)
            as_typed(dialog)
    assert f"Hotel {SCRIPT}" == EventSettingsDialog(station, desk).venue.text()


def test_the_programme_editor_and_its_report_show_titles_and_answers_as_typed(qtbot, desk, station):
    editor = shown(qtbot, ProgrammeDialog(station, desk))
    as_typed(editor)
    said = []
    when_modal(lambda box: (said.append((problems(box), box.informativeText())), box.accept()))
    editor.accept()
    ((found, report),) = said
    assert found == [] and ANSWER in report


def test_the_import_preview_shows_the_files_headers_and_values_as_typed(qtbot, desk, tmp_path):
    path = tmp_path / "lista.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        csv.writer(file, delimiter=";").writerows([
            ["Imię", "Nazwisko", "Instytucja", f"Uwagi {SCRIPT}"],
            [IMG, FONT, RTL, BREAK],
            ["Ewa", ENTITY, EVENT, ANSWER],
        ])  # fmt: skip
    dialog = shown(qtbot, ImportDialog(desk.station, desk))
    dialog.open_list(path)
    qtbot.waitUntil(lambda: not dialog.reading)
    as_typed(dialog)
    cells = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
    assert any(FONT in cell for cell in cells) and any(BREAK in cell for cell in cells)


def test_the_sync_chip_and_the_stations_dialog_show_the_stations_names_as_typed(qtbot, tmp_path, station):
    fakes = Fakes()
    app = desk_app(tmp_path, SyncOptions(service=fakes))
    window = app.show(station)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(fakes), timeout=5000)
    fakes[0].peer_status = (
        PeerStatus(name=EVENT, address="192.168.1.7:8765", connected=True, last_sync=None),
        PeerStatus(name=FONT, address=IMG, connected=False, last_sync=None, problem=SCRIPT),
    )  # fmt: skip
    qtbot.waitUntil(lambda: not window.sync_status.alone, timeout=10_000)
    as_typed(window, f"Połączono: {EVENT}")
    dialog = shown(qtbot, StationsDialog(app.sync, window.organiser.as_organiser, window))
    as_typed(dialog, STATION)
    assert [dialog.table.item(row, 0).text() for row in range(2)] == [EVENT, FONT]
    window.close()


# --- the helpers themselves -----------------------------------------------------------------------------


def test_a_tooltip_rich_text_and_a_button_text_show_what_was_typed(qapp):
    tip = tooltip(f"{FONT}\n{EVENT}")
    assert QtGui.Qt.mightBeRichText(tip) and rendered(tip, Qt.TextFormat.RichText) == f"{FONT}\n{EVENT}"
    assert tooltip("") == ""
    markup = rich("Stanowisko: <b>{name}</b>", name=ENTITY)
    assert rendered(markup, Qt.TextFormat.RichText) == f"Stanowisko: {ENTITY}"
    assert mnemonic_free("Q&A && <b>") == "Q&&A &&&& <b>"
