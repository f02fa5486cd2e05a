"""The strip above the program for what the user must know about it (e.g. that its
times are illustrative): shown only while there is something to say."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QWidget


class NoticeBanner(QFrame):
    """A strip above the program for what the user must know (e.g. illustrative times)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBanner")
        self.setStyleSheet(
            "#noticeBanner { background: #fff4ce; border: 1px solid #e0c36a; "
            "border-radius: 4px; } #noticeBanner QLabel { color: #4a3b00; }"
        )
        # Its picture is drawn when there is first a notice to show (`set_notice`): the
        # first icon asked of the desktop's icon theme reads the theme's index, and most
        # programs have no notice.
        self.icon = icon = QLabel(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleName(self.tr("Program notice"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)

    def set_notice(self, text: str) -> None:
        if text and self.icon.pixmap().isNull():
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
            information = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            self.icon.setPixmap(information.pixmap(size, size))
        self.label.setText(text)
        self.setVisible(bool(text))
