"""What a re-import changed, with the changes touching the user's stars first.

Each change is one item that wraps to the dialog's width (no sideways scroll, at 1024 px
either); a change to a starred session carries the star the views paint, a warning the
style's warning sign - pictures, not characters a font may lack (★, ⚠)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from planner.domain.agenda import Priority
from planner.ui.core_text import CORE, NOTES
from planner.ui.focus_ring import keep_clear_of_ring
from planner.ui.look import Look, mark_icon
from planner.ui.plain import plain_label

if TYPE_CHECKING:
    from planner.domain.updates import ImportReport


class ImportReportDialog(QDialog):
    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Program updated"))
        self.resize(640, 420)
        summary = plain_label(QLabel(CORE.import_summary(report), self))
        summary.setWordWrap(True)
        self.changes = QListWidget(self)
        keep_clear_of_ring(self.changes)
        self.changes.setAccessibleName(self.tr("Changes"))
        # Long lines wrap to the list's width instead of running off to the right.
        self.changes.setWordWrap(True)
        self.changes.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.changes.setResizeMode(QListView.ResizeMode.Adjust)
        self.changes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.changes.setIconSize(QSize(16, 16))
        star = mark_icon(Priority.MUST, Look.of(self.palette()))
        blank = QPixmap(16, 16)
        blank.fill(Qt.GlobalColor.transparent)
        unstarred = QIcon(blank)  # keeps every line's text in one column
        for change in report.changes:
            item = QListWidgetItem(star if change.starred else unstarred, CORE.change(change))
            if change.starred:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.changes.addItem(item)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for text in report.warnings:
            self.changes.addItem(QListWidgetItem(warning, NOTES.say(text)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.changes, 1)
        layout.addWidget(buttons)

    @classmethod
    def show_report(cls, report: ImportReport, parent: QWidget | None = None) -> None:
        cls(report, parent).exec()
