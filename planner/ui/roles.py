"""Named item-data roles shared by models, proxies, delegates and views."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt


class Role(IntEnum):
    TALK = Qt.ItemDataRole.UserRole + 1  # the TalkInfo of a session row
    KEY = Qt.ItemDataRole.UserRole + 2  # the session's stable key
    # UserRole + 3 was a sort role nothing read (sorting uses raw keys: session_table.py).
    KIND = Qt.ItemDataRole.UserRole + 4  # NodeKind of a tree row
    PRIORITY = Qt.ItemDataRole.UserRole + 5  # Priority value or None
    # (display text, QFont | None, foreground QColor | None, decoration QColor | QIcon | None) in
    # one call, for delegates that paint many cells (see OneLineTextDelegate).
    LOOK = Qt.ItemDataRole.UserRole + 6
    # Where the search matched the display text: [(start, length), ...], or None.
    MATCHES = Qt.ItemDataRole.UserRole + 7
