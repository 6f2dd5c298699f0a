"""The badge design editor: what OK stores, what Cancel does not, the live preview and a refused logo."""

import os
from pathlib import Path

import pytest
from conftest import ARTIFACTS, shown
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QColorDialog, QDialogButtonBox

from checkin.badges import TEMPLATE_SETTING
from checkin.badges.template import BadgeTemplate
from checkin.domain import Registrant
from ui.badge_design import PREVIEW_MAX_HEIGHT_PX, PREVIEW_WIDTH_PX, BadgeDesignDialog
from ui.widgets import files, plain

GREEN = "#00A000"


def _dialog(qtbot, desk) -> BadgeDesignDialog:
    return shown(qtbot, BadgeDesignDialog(desk.station, desk))


def _logo_file(path: Path, width: int, height: int, colour: str) -> Path:
    """A PNG of one colour: a logo as the organisers' graphic designer sends it."""
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path))
    return path


def _pick_colour(monkeypatch, dialog: BadgeDesignDialog, category: str, colour: str) -> None:
    monkeypatch.setattr(QColorDialog, "getColor", lambda *args: QColor(colour))
    dialog.colour_buttons[category].click()


def _band_pixel(dialog: BadgeDesignDialog) -> QColor:
    """A pixel in the middle of the category band, which runs along the bottom of a landscape badge."""
    image = dialog.preview.pixmap().toImage()
    return image.pixelColor(image.width() // 2, image.height() - 3)


def _click(qtbot, dialog: BadgeDesignDialog, which: QDialogButtonBox.StandardButton) -> None:
    qtbot.mouseClick(dialog.buttons.button(which), Qt.MouseButton.LeftButton)


def test_ok_stores_the_changed_label_colour_and_fields(qtbot, desk, monkeypatch):
    dialog = _dialog(qtbot, desk)
    dialog.label_edits["speaker"].setText("WYKŁADOWCA")
    _pick_colour(monkeypatch, dialog, "speaker", GREEN)
    dialog.show_organisation.setChecked(False)
    _click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    stored = desk.station.badges.template()
    assert stored.label("speaker") == "WYKŁADOWCA"
    assert stored.colour("speaker") == GREEN
    assert stored.show_organisation is False
    assert stored.show_position and stored.show_workshop and stored.show_code
    assert stored.colour("participant") == BadgeTemplate().colour("participant")
    assert not dialog.isVisible()


def test_cancel_stores_nothing(qtbot, desk, monkeypatch):
    dialog = _dialog(qtbot, desk)
    dialog.label_edits["participant"].setText("GOŚĆ")
    _pick_colour(monkeypatch, dialog, "participant", GREEN)
    dialog.show_code.setChecked(False)
    _click(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)

    assert TEMPLATE_SETTING not in desk.station.storage.event().settings
    assert desk.station.badges.template() == BadgeTemplate()


def test_the_preview_shows_a_badge_and_follows_a_colour_change(qtbot, desk, monkeypatch):
    dialog = _dialog(qtbot, desk)
    pixmap = dialog.preview.pixmap()
    assert not pixmap.isNull()
    assert pixmap.width() == PREVIEW_WIDTH_PX
    category = dialog._sample.category
    assert _band_pixel(dialog).name().upper() == BadgeTemplate().colour(category)
    before = pixmap.toImage()

    _pick_colour(monkeypatch, dialog, category, GREEN)
    qtbot.waitUntil(lambda: _band_pixel(dialog).name().upper() == GREEN, timeout=2000)
    assert dialog.preview.pixmap().toImage() != before


def test_a_file_that_is_not_an_image_is_refused_with_a_message(qtbot, desk, monkeypatch, tmp_path):
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture, just text named .png")
    warnings = []
    monkeypatch.setattr(files, "open_file", lambda *args: str(fake))
    monkeypatch.setattr(plain, "warn", lambda parent, title, text: warnings.append(text))
    dialog = _dialog(qtbot, desk)
    dialog.choose_logo.click()

    assert len(warnings) == 1
    assert "logo.png" in warnings[0]
    assert dialog.design().logo == b""
    assert not dialog.remove_logo.isEnabled()


def test_a_real_logo_is_used_and_can_be_removed(qtbot, desk, tmp_path):
    path = _logo_file(tmp_path / "logo.png", 200, 80, "#FF8800")
    dialog = _dialog(qtbot, desk)
    assert dialog.load_logo(path)
    stored = QImage.fromData(dialog.design().logo)
    assert (stored.width(), stored.height()) == (200, 80)
    assert stored.pixelColor(10, 10) == QColor("#FF8800")
    dialog.remove_logo.click()
    assert dialog.design().logo == b""


def test_a_huge_logo_is_scaled_down_once_when_loaded(qtbot, desk, tmp_path):
    path = _logo_file(tmp_path / "huge.png", 4000, 1600, "#0055AA")
    dialog = _dialog(qtbot, desk)
    assert dialog.load_logo(path)
    stored = QImage.fromData(dialog.design().logo)
    assert (stored.width(), stored.height()) == (1000, 400)


def test_a_portrait_stock_is_previewed_inside_the_same_dialog_size(qtbot, desk):
    dialog = _dialog(qtbot, desk)
    ARTIFACTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(ARTIFACTS / "badge-design.png"))
    size = dialog.size()
    dialog.layout_choice.setCurrentIndex(dialog.layout_choice.findData("a6"))
    qtbot.waitUntil(lambda: dialog.preview.pixmap().height() == PREVIEW_MAX_HEIGHT_PX, timeout=2000)
    assert dialog.preview.pixmap().width() < PREVIEW_WIDTH_PX
    assert dialog.size() == size
    assert dialog.grab().save(str(ARTIFACTS / "badge-design-a6.png"))


@pytest.mark.timeout(15)  # the thread method: Qt waits in C++, where no signal handler runs
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_a_fifo_chosen_as_the_logo_is_refused_at_once_instead_of_hanging_the_window(
    qtbot, desk, monkeypatch, tmp_path
):
    fifo = tmp_path / "logo.png"
    os.mkfifo(fifo)
    warnings = []
    monkeypatch.setattr(plain, "warn", lambda parent, title, text: warnings.append(text))
    dialog = _dialog(qtbot, desk)
    assert not dialog.load_logo(fifo)
    assert len(warnings) == 1
    assert "logo.png" in warnings[0]
    assert dialog.design().logo == b""


# --- whose badge the preview shows --------------------------------------------------------------------------

LONGEST_NAME = Registrant(
    first_name="Maria Magdalena",
    last_name="Szczepańska-Wiśniewska-Żółkiewska",
    title="prof. dr hab.",
    organisation="UW",
)
LONGEST_ORGANISATION = Registrant(
    first_name="Ewa",
    last_name="Lis",
    organisation="Regionalny Ośrodek Polityki "
    "Społecznej Województwa Świętokrzyskiego w Kielcach, Oddział w Sandomierzu",
)


def test_the_preview_shows_the_hardest_badges_to_fit_first_and_steps_through_them(qtbot, desk):
    desk.station.register([LONGEST_NAME, LONGEST_ORGANISATION], reason="test")
    dialog = _dialog(qtbot, desk)
    assert (
        dialog.shown_for.text()
        == "Podgląd dla: prof. dr hab. Maria Magdalena Szczepańska-Wiśniewska-Żółkiewska"
    )
    first = dialog.preview.pixmap().toImage()
    assert dialog.guest_choice.itemText(1).startswith("Ewa Lis · Regionalny Ośrodek")

    dialog.guest_choice.setCurrentIndex(1)

    assert dialog.shown_for.text() == "Podgląd dla: Ewa Lis"
    assert dialog.preview.pixmap().toImage() != first
    ARTIFACTS.mkdir(exist_ok=True)
    assert dialog.grab().save(str(ARTIFACTS / "badge-design-longest-organisation.png"))


def test_typing_a_name_shows_that_guests_badge_and_enter_does_not_close_the_dialog(qtbot, desk):
    dialog = _dialog(qtbot, desk)
    qtbot.keyClicks(dialog.guest_search, "nowak")
    qtbot.keyClick(dialog.guest_search, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.shown_for.text() == "Podgląd dla: Anna Nowak"
    assert dialog._sample.organisation == "GOPS Wiązowna"

    qtbot.keyClicks(dialog.guest_search, "xyz")
    qtbot.waitUntil(lambda: dialog.shown_for.text().startswith("Nikt nie pasuje"), timeout=2000)
    assert dialog.shown_for.text() == "Nikt nie pasuje do „nowakxyz”. Podgląd dla: Łucja Gołębiowska"
