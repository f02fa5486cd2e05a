"""What a re-import changed, with the changes touching the user's stars first.

Each change is one item that wraps to the dialog's width (no sideways scroll, at 1024 px
either); a change to a starred session carries the star the views paint, a warning the
style's warning sign - pictures, not characters a font may lack (★, ⚠), drawn again in
the new colours when light and dark switch while the report is open. A screen reader
hears what a picture says: "Starred: …", "Warning: …"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt
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
from planner.ui.i18n import arg
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
        blank = QPixmap(16, 16)
        blank.fill(Qt.GlobalColor.transparent)
        unstarred = QIcon(blank)  # keeps every line's text in one column
        self._starred: list[QListWidgetItem] = []
        self._warnings: list[QListWidgetItem] = []
        for change in report.changes:
            line = CORE.change(change)
            item = QListWidgetItem(unstarred, line)
            if change.starred:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                # What the star says, for a screen reader (the picture has no words).
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    arg(
                        self.tr("Starred: %1", "a change to a session in your agenda"),
                        CORE.change(change, starred=False),
                    ),
                )
                self._starred.append(item)
            self.changes.addItem(item)
        for text in report.warnings:
            line = NOTES.say(text)
            item = QListWidgetItem(line)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                arg(self.tr("Warning: %1", "a warning of the import"), line),
            )
            self._warnings.append(item)
            self.changes.addItem(item)
        self._show_marks()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.changes, 1)
        layout.addWidget(buttons)

    def _show_marks(self) -> None:
        """The star and the warning sign in the colours and the style shown now."""
        star = mark_icon(Priority.MUST, Look.of(self.palette()))
        for item in self._starred:
            item.setIcon(star)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for item in self._warnings:
            item.setIcon(warning)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange) and hasattr(
            self, "_warnings"
        ):  # (not while the dialog is being made)
            self._show_marks()

    @classmethod
    def show_report(cls, report: ImportReport, parent: QWidget | None = None) -> None:
        cls(report, parent).exec()
