"""The kitchen's numbers in the windows: the dashboard's meals under the day's sessions, following sign-ups
made elsewhere, and the export dialog's sheet for the kitchen."""

from conftest import screenshot, when_modal
from helpers.cli import cli
from helpers.events import DAYS, PROGRAMME, code_of, session_titled
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from checkin.domain import Session
from ui.dashboard.window import DashboardWindow
from ui.organiser.export_dialog import Choice, ExportDialog

WAIT_MS = 10_000
"""A bound for the dashboard to show a change, not a speed."""
LUNCH = Session(
    day=1, start="13:00", end="14:00", title="Obiad", room="Restauracja", kind="meal", signup=True
)


def row_of(model, title):
    rows = [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]
    return next(row for row in rows if row[1] == title)


def test_the_dashboard_shows_each_meals_diets_and_follows_a_sign_up_made_elsewhere(qtbot, desk):
    station = desk.station
    station.programme.save([*PROGRAMME, LUNCH])
    lunch = session_titled(station, "Obiad").id
    for name, diet in (("Kowalski", "wege"), ("Nowak", ""), ("Jóżko", "Wegetariańska ")):
        station.choices.choose(station.find(code_of(station, name)).id, lunch, diet=diet)
    qtbot.keyClick(
        desk.input, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    (dashboard,) = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, DashboardWindow) and w.isVisible()
    ]
    qtbot.addWidget(dashboard)

    assert row_of(dashboard.meals, "Obiad")[2:] == ["3", "standardowa 1 · wegetariańska 2"]
    assert row_of(dashboard.meals, "Uroczysta kolacja")[2:] == ["0", "—"]
    assert dashboard.meals_heading.isVisible() and "3" in dashboard.meals_heading.text()

    gala = session_titled(station, "Uroczysta kolacja").id
    cli(station.path, "choose", code_of(station, "Kowalski"), "--session", str(gala), "--diet", "bez glutenu")
    qtbot.waitUntil(lambda: row_of(dashboard.meals, "Uroczysta kolacja")[2] == "1", timeout=WAIT_MS)
    assert row_of(dashboard.meals, "Uroczysta kolacja")[3] == "bezglutenowa 1"
    screenshot(dashboard, "meals", prefix="dashboard")
    dashboard.show_day(DAYS[1])  # no meals on day two: no panel
    assert not dashboard.meals_heading.isVisible()
    dashboard.close()


def test_the_export_dialog_writes_the_kitchens_sheet(qtbot, desk, tmp_path):
    station = desk.station
    station.programme.save([*PROGRAMME, LUNCH])
    station.choices.choose(station.find(code_of(station, "Kowalski")).id, session_titled(station, "Obiad").id,
                           diet="wegańska")  # fmt: skip
    dialog = ExportDialog(station, desk)
    qtbot.addWidget(dialog)
    dialog.radios[Choice.MEALS].setChecked(True)
    assert [dialog.fmt.itemData(i) for i in range(dialog.fmt.count())] == ["pdf", "xlsx", "csv"]
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("xlsx"))
    request = dialog.request()
    assert dialog.default_name(request) == "posilki-dla-kuchni.xlsx"
    reports = []
    when_modal(lambda box: (reports.append(box.text()), box.accept()))
    assert dialog.export_to(request, tmp_path / "kuchnia.xlsx").rows == 1
    rows = list(load_workbook(tmp_path / "kuchnia.xlsx").active.iter_rows(values_only=True))
    named = [(row[2], row[4], row[5]) for row in rows if row[6] == "Kowalski"]
    assert named == [("Obiad", "wegańska", None)]
    assert reports and "1" in reports[0]
