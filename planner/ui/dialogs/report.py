"""What a re-import changed, with the changes touching the user's stars first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.ui.core_text import CORE
from planner.ui.focus_ring import keep_clear_of_ring
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
        for change in report.changes:
            item = QListWidgetItem(("★ " if change.starred else "    ") + CORE.change(change))
            if change.starred:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.changes.addItem(item)
        for warning in report.warnings:
            self.changes.addItem(QListWidgetItem(f"⚠ {warning}"))
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
