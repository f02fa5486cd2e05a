"""Text from files, shown as text: the one place the UI decides how strings reach Qt.

Qt guesses: a tooltip, a message box or a label whose text *looks* like HTML is rendered
as rich text (`Qt::mightBeRichText`), and rich text loads images - `<img src="file:///
dev/zero">` in a session title would read that "file" for ever when its tooltip shows,
and a real path would show a local file. Every string that may hold text from a program
or agenda file therefore goes through these helpers: tooltips are escaped into rich text
that Qt shows exactly as written, message boxes and labels are set to plain text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QMessageBox, QWidget


def escape(text: str, *, quote: bool = True) -> str:
    """`text` as HTML shows it: what `html.escape` returns. Not `html` itself: importing it
    loads its table of 2,231 named entities (for `unescape`), ~8 M instructions of the
    window's start that escaping never uses (`tests/ui/test_plain_text.py` holds the two equal)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        text = text.replace('"', "&quot;").replace("'", "&#x27;")
    return text


def tooltip(text: str) -> str:
    """`text` as a tooltip Qt shows literally (never as markup); "" stays "" (no tip)."""
    if not text:
        return ""
    # Qt shows a tooltip as rich text when it might be rich text, and there is no way to
    # tell it otherwise; so it always gets rich text, which we escape ourselves.
    escaped = escape(text, quote=False).replace("\n", "<br>")
    return f"<qt>{escaped}</qt>"


def plain_label(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton | None = None,  # None: OK
) -> QMessageBox:
    """A message box that shows `text` as written (its details too)."""
    # Imported when a message is shown: making a Qt class makes all its enums, and the
    # window imports this module before its first paint.
    from PySide6.QtWidgets import QMessageBox

    if buttons is None:
        buttons = QMessageBox.StandardButton.Ok
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def show_message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    """A modal message whose text is shown as written."""
    message_box(parent, icon, title, text).exec()
