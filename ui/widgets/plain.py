"""Guest, file, event and network text shown exactly as typed, never read as Qt rich text.

Qt guesses rich text from content (`Qt.TextFormat.AutoText`) in labels, message boxes and tooltips: a surname
`<font color="#00aa00" size="7">ZAREJESTROWANO</font>` turned into a giant green word on the banner,
`<img src=...>` in a first name loaded a local image, and the purge dialog showed "Kongres <CUS> & Forum" as
"Kongres & Forum", so the name typed to confirm could never match (issue 16). So every label and message box
of the app is made here with its format stated; tooltips, which Qt always guesses, are escaped rich text;
where rich text is meant (a bold word), `rich` escapes the values put into it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ui.widgets.scan_guard import ScanProofMessageBox


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = False) -> QLabel:
    """A label whose text is shown as typed, whatever it holds."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def rich_label(markup: str = "", parent: QWidget | None = None, *, wrap: bool = False) -> QLabel:
    """A label meant to show markup (bold words); its values must come through `rich`."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(wrap)
    label.setText(markup)
    return label


def rich(template: str, **values: object) -> str:
    """`template` (translated markup such as "Desk: <b>{desk}</b>") with every value escaped, so a value
    with `<` or `&` reads as typed inside the markup."""
    return template.format(**{key: html.escape(str(value)) for key, value in values.items()})


def tooltip(text: str) -> str:
    """`text` as a tooltip that shows it as typed, line breaks kept. Qt reads a tooltip as rich text when it
    looks like markup and gives no way to say otherwise, so the text is escaped inside a paragraph (which
    also makes Qt wrap a 2,000-character name instead of drawing one line wider than the screen)."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>" if text else ""


def mnemonic_free(text: str) -> str:
    """`text` for a button, check box or menu entry, where `&` marks the shortcut letter: doubled, each `&`
    of a session's title ("Q&A") is shown, and no letter of it becomes a shortcut."""
    return text.replace("&", "&&")


def message_box(
    icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None = None, informative: str = ""
) -> QMessageBox:
    """A message box whose text, informative text and details are plain text (Qt applies the main text's
    format to the informative text; the details are always plain), and which a badge scanned while it is
    open does not answer (`ScanProofMessageBox`)."""
    box = ScanProofMessageBox(icon, title, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    return box


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """`QMessageBox.warning` with plain text."""
    message_box(QMessageBox.Icon.Warning, title, text, parent).exec()


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """`QMessageBox.information` with plain text."""
    message_box(QMessageBox.Icon.Information, title, text, parent).exec()


def critical(parent: QWidget | None, title: str, text: str) -> None:
    """`QMessageBox.critical` with plain text."""
    message_box(QMessageBox.Icon.Critical, title, text, parent).exec()
