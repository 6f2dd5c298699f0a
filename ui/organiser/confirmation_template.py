"""Organiser → Confirmations → the text: subject, body and the organisers' contact, per language, with the
placeholders a click inserts and the confirmation previewed live beside it.

The preview is the PDF the guests get (`station.confirmations.render_pdf` for a sample guest), rasterised as
the badge design's is (`ui.widgets.pdf_preview`), re-rendered a moment after typing stops. A placeholder the
core does not know is said under the text in the core's words, translated, and the preview keeps the last
good page. Nothing is stored until OK; the texts then go with the event to every station.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from checkin.confirmations.template import LANGUAGES, MAX_SUBJECT_LENGTH, PLACEHOLDERS, ConfirmationTemplate
from checkin.errors import UserError
from checkin.station import Station
from ui import messages
from ui.widgets import pdf_preview, plain, theme

PREVIEW_SIZE = QSize(396, 560)
"""An A4 page (1 : √2) that leaves the dialog within a 1366 × 768 screen."""
PREVIEW_DEBOUNCE_MS = 300
"""A confirmation (text, QR, fonts) takes longer to render than a badge: wait for a pause in typing."""
CONTACT_LINES = 3


def language_names() -> dict[str, str]:
    return {
        "pl": QCoreApplication.translate("confirmations", "Polish"),
        "en": QCoreApplication.translate("confirmations", "English"),
    }


def placeholder_descriptions() -> dict[str, str]:
    """What each placeholder (`checkin.confirmations.template.PLACEHOLDERS`) stands for, in the user's
    language."""
    translate = QCoreApplication.translate
    return {
        "first_name": translate("placeholders", "the guest's first name"),
        "last_name": translate("placeholders", "the guest's last name"),
        "title": translate("placeholders", "the guest's title (dr, prof.), empty when none"),
        "full_name": translate("placeholders", "title, first and last name"),
        "organisation": translate("placeholders", "the guest's organisation"),
        "event": translate("placeholders", "the event's name"),
        "dates": translate("placeholders", "the event's dates"),
        "venue": translate("placeholders", "the venue"),
        "town": translate("placeholders", "the venue's town"),
        "days": translate("placeholders", "the days the guest attends"),
        "workshop": translate("placeholders", "the guest's workshop, empty when none"),
        "room": translate("placeholders", "the workshop's room, empty when none"),
        "dinner": translate("placeholders", "the gala dinner when signed up, else empty"),
        "code": translate("placeholders", "the guest's code, as printed under the QR"),
    }


class ConfirmationTemplateDialog(QDialog):
    """Edit the confirmation's text per language; OK stores every language changed, Cancel nothing."""

    def __init__(self, station: Station, language: str = "pl", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.station = station
        self.setWindowTitle(self.tr("Confirmation text"))
        self._stored = {code: station.confirmations.template(code) for code in LANGUAGES}
        self._edited = dict(self._stored)
        self._language = language
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh_preview)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(language_names()[code], code)
        self.subject = QLineEdit()
        self.subject.setMaxLength(MAX_SUBJECT_LENGTH)
        self.body = QPlainTextEdit()
        self.contact = QPlainTextEdit()
        self.contact.setFixedHeight(self.contact.fontMetrics().lineSpacing() * (CONTACT_LINES + 1))
        self._target: QLineEdit | QPlainTextEdit = self.body
        self.problem = plain.plain_label(wrap=True)
        self.problem.setStyleSheet(theme.ERROR_NOTE_STYLE)
        self.problem.setVisible(False)
        self.preview = plain.plain_label(wrap=True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedSize(PREVIEW_SIZE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self._show(self._edited[language])
        self.language.setCurrentIndex(self.language.findData(language))
        self.language.currentIndexChanged.connect(self._language_chosen)
        for edit in (self.subject, self.body, self.contact):
            edit.textChanged.connect(self._changed)
            edit.installEventFilter(self)
        self.refresh_preview()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(plain.plain_label(self.tr("Language")), self.language)
        form.addRow(plain.plain_label(self.tr("E-mail subject")), self.subject)
        form.addRow(plain.plain_label(self.tr("Text")), self.body)
        form.addRow(plain.plain_label(self.tr("Organisers' contact")), self.contact)
        form.addRow(self.problem)
        placeholders = QGroupBox(self.tr("Placeholders (a click inserts one where the cursor is)"))
        self.placeholders = QListWidget()
        self.placeholders.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the cursor stays in the text it goes into
        descriptions = placeholder_descriptions()
        for name in PLACEHOLDERS:
            item = QListWidgetItem(f"{{{name}}} — {descriptions[name]}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.placeholders.addItem(item)
        self.placeholders.itemClicked.connect(self._insert)
        QVBoxLayout(placeholders).addWidget(self.placeholders)
        editor = QVBoxLayout()
        editor.addLayout(form, 3)
        editor.addWidget(placeholders, 2)
        preview_box = QGroupBox(self.tr("Preview (a sample guest)"))
        QVBoxLayout(preview_box).addWidget(self.preview)
        columns = QHBoxLayout()
        columns.addLayout(editor, 1)
        columns.addWidget(preview_box)
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():
            self.subject.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- editing -------------------------------------------------------------------------------------------

    def _show(self, template: ConfirmationTemplate) -> None:
        for edit, text in ((self.subject, template.subject), (self.body, template.body),
                           (self.contact, template.contact)):  # fmt: skip
            edit.blockSignals(True)
            if isinstance(edit, QLineEdit):
                edit.setText(text)
            else:
                edit.setPlainText(text)
            edit.blockSignals(False)

    def template(self) -> ConfirmationTemplate:
        """The text of the language shown, as typed."""
        return replace(
            self._edited[self._language],
            subject=self.subject.text(),
            body=self.body.toPlainText(),
            contact=self.contact.toPlainText(),
        )

    def _language_chosen(self) -> None:
        self._edited[self._language] = self.template()
        self._language = self.language.currentData()
        self._show(self._edited[self._language])
        self.refresh_preview()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Remembers the text field the cursor was last in: a placeholder clicked goes there."""
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit | QPlainTextEdit):
            self._target = watched
        return super().eventFilter(watched, event)

    def _insert(self, item: QListWidgetItem) -> None:
        """`{name}` at the cursor of the text field last typed in (the body until another was)."""
        text = f"{{{item.data(Qt.ItemDataRole.UserRole)}}}"
        if isinstance(self._target, QPlainTextEdit):
            self._target.insertPlainText(text)
        else:
            self._target.insert(text)
        self._target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _changed(self) -> None:
        self._timer.start()

    def refresh_preview(self) -> None:
        """Render the confirmation of the text shown now (the debounce timer calls this after typing)."""
        self._timer.stop()
        try:
            pdf = self.station.confirmations.render_pdf(None, self.template())
        except UserError as error:
            self._show_problem(messages.describe(error))
            return
        self._show_problem("")
        if not pdf_preview.available():
            self.preview.setText(self.tr("Preview unavailable (install PySide6-Addons)."))
            return
        pixmap = pdf_preview.render_pdf_page(pdf, PREVIEW_SIZE)
        if pixmap.isNull():
            self.preview.setText(self.tr("Preview unavailable."))
        else:
            self.preview.setPixmap(pixmap)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    # -- saving --------------------------------------------------------------------------------------------

    def save(self) -> bool:
        """Store every language whose text changed; on a refusal show that language and say why (False)."""
        self._edited[self._language] = self.template()
        for code, template in self._edited.items():
            if template == self._stored[code]:
                continue
            try:
                self.station.confirmations.save_template(template)
            except UserError as error:
                self.language.setCurrentIndex(self.language.findData(code))
                plain.warn(self, self.tr("Confirmation text not saved"), messages.describe(error))
                return False
            self._stored[code] = template
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()
