"""The badge stock offered alike by the badge design, the pre-print and the desk's settings
(`ui.widgets.stock_choice`): an own size chosen in one stays chosen in the others, and a stock this version
cannot read is offered by none of them."""

from dataclasses import replace

from ui.badge_design import BadgeDesignDialog
from ui.desk.dialogs import SettingsDialog
from ui.preprint import PrePrintDialog
from ui.settings import DeskSettings

OWN_SIZE = "custom-54x86"


def stock_choices(qtbot, desk, desk_layout):
    """The stock combo boxes of the badge design, the pre-print and the desk's settings (kept by `desk`)."""
    settings = DeskSettings(badge_layout=desk_layout)
    dialogs = (BadgeDesignDialog(desk.station, desk), PrePrintDialog(desk.station, [], None, desk),
               SettingsDialog(settings, desk.station.event.days, desk.station.day, (), desk))  # fmt: skip
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    return [dialog.layout_choice for dialog in dialogs]


def offered(choice):
    return {choice.itemData(index): choice.itemText(index) for index in range(choice.count())}


def test_an_own_size_is_offered_and_chosen_in_every_dialog_by_the_same_name(qtbot, desk):
    badges = desk.station.badges
    badges.save_template(replace(badges.template(), layout=OWN_SIZE))
    choices = stock_choices(qtbot, desk, OWN_SIZE)
    assert [choice.currentData() for choice in choices] == [OWN_SIZE] * 3
    names = {offered(choice)[OWN_SIZE] for choice in choices}
    assert names == {"Własny rozmiar, po 9 na arkuszu (54 × 86 mm)"}
    assert offered(choices[2])[""] == "Jak w projekcie identyfikatora"  # the desk may follow the design


def test_a_stock_this_version_cannot_read_is_offered_by_no_dialog(qtbot, desk):
    badges = desk.station.badges
    badges.save_template(replace(badges.template(), layout="roll-103-newer"))
    for choice in stock_choices(qtbot, desk, "roll-103-newer"):
        assert "roll-103-newer" not in offered(choice)
        assert choice.currentIndex() == 0
    design = BadgeDesignDialog(desk.station, desk)
    qtbot.addWidget(design)
    design.show_position.setChecked(False)
    assert design.design().layout == "roll-103-newer"  # OK on an older desk keeps the newer station's stock
