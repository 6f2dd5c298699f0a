"""The desk switched to another language in Settings: what stays on screen is said in the new one."""

from ui.widgets.theme import Tone


def test_the_ready_banner_takes_the_language_chosen_in_settings(qtbot, desk):
    assert desk.banner.headline.text() == "Zeskanuj kod lub wpisz nazwisko"
    desk.settings.language = "en"
    desk.settings_changed.emit(desk.settings)
    assert desk.banner.tone is Tone.IDLE
    assert desk.banner.headline.text() == "Scan a code or type a name"
    assert "Enter check in" in desk.banner.details.text()
