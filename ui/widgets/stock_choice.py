"""The badge stock to print on, as a combo box offers it: the badge design, the pre-print and the desk's
settings list the same stock, named the same way (`ui.labels.badge_stock`), with the layout's name as each
item's data."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from checkin.badges.layouts import LAYOUTS, layout_named
from checkin.errors import UserError
from ui import labels


def add_badge_stocks(combo: QComboBox, current: str) -> None:
    """Adds the stock layouts to `combo` and selects `current`. An own size chosen elsewhere
    ("custom-54x86") is offered too, so that it stays chosen; a name this version cannot read (a design
    written by a newer station) is left out, since nothing could be printed on it, and the first item is
    selected instead."""
    extra = [current] if current and current not in LAYOUTS else []
    for name in [*LAYOUTS, *extra]:
        try:
            combo.addItem(labels.badge_stock(layout_named(name)), name)
        except UserError:
            continue
    combo.setCurrentIndex(max(0, combo.findData(current)))
