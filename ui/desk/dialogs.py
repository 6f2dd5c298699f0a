"""Small keyboard-first dialogs of the desk. Each validates through the core, never by its own rules."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QWidget,
)

from checkin.domain import CATEGORIES, Attendee, Registrant, SessionCounts
from checkin.station import default_station_name
from ui import labels
from ui.settings import LANGUAGES, DeskSettings
from ui.widgets import theme
from ui.widgets.dialogs import FormDialog, ReasonDialog
from ui.widgets.stock_choice import add_badge_stocks


class UndoDialog(ReasonDialog):
    def __init__(self, person: Attendee, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        question = self.tr("Undo the check-in of {name}?").format(name=labels.display_name(person))
        self._texts(
            self.tr("Undo check-in"), question, self.tr("Reason"), self.tr("e.g. wrong person scanned")
        )


class ReprintDialog(ReasonDialog):
    def __init__(self, person: Attendee, printed: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        question = self.tr("Print the badge of {name} again? It has been printed %n time(s).", "", printed)
        self._texts(
            self.tr("Reprint badge"), question.format(name=labels.display_name(person)),
            self.tr("Reason"), self.tr("e.g. badge lost, name corrected"),
        )  # fmt: skip


class CancelRegistrationDialog(ReasonDialog):
    """The organiser cancels a registration: the reason goes to the log and travels to every desk."""

    def __init__(self, person: Attendee, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        question = self.tr(
            "Cancel the registration of {name}? The desks and doors will refuse them, and their workshop seats and meal places become free. Their history is kept."
        ).format(name=labels.display_name(person))  # fmt: skip
        self._texts(
            self.tr("Cancel registration"), question, self.tr("Reason"), self.tr("e.g. resigned by e-mail")
        )


class RestoreRegistrationDialog(ReasonDialog):
    """The organiser restores a cancelled registration, with the sign-ups it had."""

    def __init__(self, person: Attendee, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        question = self.tr(
            "Restore the registration of {name}? They can be checked in again, and get back the workshops and meals they had, even where the room has filled since."
        ).format(name=labels.display_name(person))  # fmt: skip
        self._texts(
            self.tr("Restore registration"), question, self.tr("Reason"), self.tr("e.g. coming after all")
        )


class WalkInDialog(FormDialog):
    """Register and check in a guest who is not on the list; warns when a similar person exists.

    `workshops` are the choice groups' workshops with seats left (a full one is not offered): one list per
    group, each picked in its own box, since a walk-in is registered for every day.
    """

    def __init__(
        self, workshops: Sequence[Sequence[SessionCounts]], find_similar: Callable[[Registrant], list[Attendee]],
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(self.tr("Walk-in registration"), parent)
        self._find_similar = find_similar
        self._similar_shown = False
        self.first_name = self.line(self.tr("First name"))
        self.last_name = self.line(self.tr("Last name"))
        self.organisation = self.line(self.tr("Organisation"))
        self.email = self.line(self.tr("E-mail"))
        self.category = QComboBox()
        for key in CATEGORIES:
            self.category.addItem(labels.category(key), key)
        self.row(self.tr("Category"), self.category)
        self.workshops = [self._workshop_box(group, len(workshops) > 1) for group in workshops]
        for edit in (self.first_name, self.last_name, self.email):
            edit.editingFinished.connect(self._warn_if_similar)

    def prefill(self, searched: str) -> None:
        """The desk's search that found nobody: one word is the surname looked for (the desk asks for a
        surname), an e-mail the e-mail; the keyboard stays in the first name, still to be typed."""
        searched = searched.strip()
        if "@" in searched:
            self.email.setText(searched)
        elif searched and " " not in searched:
            self.last_name.setText(searched.title())

    def field_of(self, refusal: str) -> QWidget | None:
        """The field a refusal of the core (its code) asks to correct."""
        return {"bad_email": self.email, "name_required": self.first_name}.get(refusal)

    def registrant(self) -> Registrant:
        return Registrant(
            first_name=self.first_name.text().strip(), last_name=self.last_name.text().strip(),
            organisation=self.organisation.text().strip(), email=self.email.text().strip(),
            category=self.category.currentData(),
        )  # fmt: skip

    def chosen_workshops(self) -> list[int]:
        """The session ids picked; the controller signs the guest up once they are registered."""
        return [box.currentData() for box in self.workshops if box.currentData()]

    def _workshop_box(self, group: Sequence[SessionCounts], several: bool) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("(none)"), 0)
        for counts in group:
            title = labels.shortened(counts.session.title, theme.CHOOSER_TITLE_CHARS)
            box.addItem(self.tr("{title} ({seats})").format(title=title, seats=labels.seats_left(counts)),
                        counts.session.id)  # fmt: skip
        first = group[0].session
        label = self.tr("Workshop, day {day}, {start}").format(day=first.day, start=first.start)
        self.row(label if several else self.tr("Workshop"), box)
        return box

    def _warn_if_similar(self) -> None:
        person = self.registrant()
        similar = self._find_similar(person) if person.last_name or person.email else []
        lines = [f"• {labels.display_name(a)} — {a.organisation or '—'} ({a.email or '—'})" for a in similar]
        if lines:
            self.show_note(
                self.tr("Already registered? Similar guests:\n{people}\nIf it is one of them, cancel and search instead.")
                .format(people="\n".join(lines))
            )  # fmt: skip
        elif self._similar_shown:  # only its own list goes: the core's refusal of the form given back stays
            self.show_note("")
        self._similar_shown = bool(lines)


class EditDialog(FormDialog):
    """Correct a misspelt name or organisation; the old and new values are logged by the core."""

    FIELDS = ("title", "first_name", "last_name", "position", "organisation")

    def __init__(self, person: Attendee, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Correct guest details"), parent)
        names = (self.tr("Title"), self.tr("First name"), self.tr("Last name"), self.tr("Position"),
                 self.tr("Organisation"))  # fmt: skip
        self.edits = {
            f: self.line(name, getattr(person, f)) for f, name in zip(self.FIELDS, names, strict=True)
        }

    def changes(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self.edits.items()}

    def field_of(self, refusal: str) -> QWidget | None:
        """The field a refusal of the core (its code) asks to correct: a guest left without a name."""
        return self.edits["first_name"] if refusal == "name_required" else None


class SettingsDialog(FormDialog):
    def __init__(self, settings: DeskSettings, days: Sequence[str], day: str | None, printers: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(self.tr("Desk settings"), parent)
        self.station = self.line(self.tr("Station name"), settings.station_name)
        self.station.setPlaceholderText(default_station_name())  # what a desk left unnamed is called
        self.staff = self.line(self.tr("Staff name"), settings.staff_name)
        self.sound = QCheckBox(self.tr("Sounds on"))
        self.sound.setChecked(settings.sound)
        self.form.addRow("", self.sound)
        self.day = QComboBox()
        for number, iso in enumerate(days, start=1):
            self.day.addItem(labels.day_heading(number, iso), iso)
        if day in days:
            self.day.setCurrentIndex(days.index(day))
        self.row(self.tr("Checking in for"), self.day)
        self.language = QComboBox()
        self.language.addItem(self.tr("System default"), "")
        for code, name in zip(LANGUAGES, ("Polski", "English"), strict=True):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.row(self.tr("Language"), self.language)
        self.print_on_check_in = QCheckBox(self.tr("Print the badge at check-in (unless already printed)"))
        self.print_on_check_in.setChecked(settings.print_on_check_in)
        self.form.addRow("", self.print_on_check_in)
        self.printer = QComboBox()
        self.printer.addItem(self.tr("System default printer"), "")
        for name in printers:
            self.printer.addItem(name, name)
        self.printer.setCurrentIndex(max(0, self.printer.findData(settings.printer)))
        self.row(self.tr("Printer"), self.printer)
        self.layout_choice = QComboBox()
        self.layout_choice.addItem(self.tr("As in the badge design"), "")
        add_badge_stocks(self.layout_choice, settings.badge_layout)
        self.row(self.tr("Badge stock at this desk"), self.layout_choice)
