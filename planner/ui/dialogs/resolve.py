"""Auto-resolve preview, walking-time settings, and busy blocks."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner.domain.conflicts import ConflictSettings

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from planner.domain.conflicts import Resolution


class AutoResolvePreview(QDialog):
    """Shows what auto-resolve would change, and why, before anything changes."""

    def __init__(self, resolution: Resolution, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Auto-resolve clashes")
        self.resize(720, 460)
        changes = resolution.changes
        summary = QLabel(
            f"{len(changes)} change(s) to make your agenda clash-free, keeping the sessions "
            "that matter most to you."
            if changes
            else "Your agenda is already the best plan: nothing to change.",
            self,
        )
        summary.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName("Proposed changes")
        for decision in changes:
            self.list.addItem(
                QListWidgetItem(
                    f"{decision.title}: {decision.previous.label} → {decision.status.label} "
                    f"({decision.reason})"
                )
            )
        for group in resolution.unresolved:
            self.list.addItem(
                QListWidgetItem(
                    "⚠ Your decision: "
                    + ", ".join(f"{m.title} ({m.label})" for m in group.members)
                    + " clash"
                )
            )
        for finding in resolution.unresolved_transfers:
            self.list.addItem(QListWidgetItem(f"⚠ Your decision: {finding.describe()}"))
        buttons = QDialogButtonBox(self)
        self.apply = buttons.addButton("Apply", QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply.setEnabled(bool(changes))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    @classmethod
    def confirm(cls, resolution: Resolution, parent: QWidget | None = None) -> bool:
        return cls(resolution, parent).exec() == QDialog.DialogCode.Accepted


class ConflictSettingsDialog(QDialog):
    def __init__(self, settings: ConflictSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Walking time and tolerance")
        self._settings = settings
        self.buffer = QSpinBox(self)
        self.buffer.setRange(0, 120)
        self.buffer.setSuffix(" min")
        self.buffer.setValue(settings.buffer_minutes)
        self.buffer.setAccessibleName("Walking time between rooms")
        self.tolerance = QSpinBox(self)
        self.tolerance.setRange(0, 60)
        self.tolerance.setSuffix(" min")
        self.tolerance.setValue(settings.tolerance_minutes)
        self.tolerance.setAccessibleName("Tolerance")
        note = QLabel(
            "Walking time applies between different rooms. With a tolerance you "
            "may leave a session early or arrive late by that much: smaller "
            "overlaps become warnings.",
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Walking time between rooms:", self.buffer)
        form.addRow("I may leave early / arrive late by:", self.tolerance)
        form.addRow(note)
        form.addRow(buttons)

    def settings(self) -> ConflictSettings:
        return ConflictSettings(
            self.buffer.value(), self.tolerance.value(), self._settings.room_buffers
        )

    @classmethod
    def ask(
        cls, settings: ConflictSettings, parent: QWidget | None = None
    ) -> ConflictSettings | None:
        dialog = cls(settings, parent)
        return dialog.settings() if dialog.exec() == QDialog.DialogCode.Accepted else None


class BusyBlockDialog(QDialog):
    def __init__(self, zone: ZoneInfo, start: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Add a busy block")
        self.zone = zone
        self.title = QLineEdit(self)
        self.title.setPlaceholderText("e.g. Lunch with a customer")
        self.title.setAccessibleName("What")
        local = start.astimezone(zone).replace(tzinfo=None, second=0, microsecond=0)
        begin = QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)
        self.start = QDateTimeEdit(begin, self)
        self.end = QDateTimeEdit(begin.addSecs(3600), self)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("ddd d MMM yyyy HH:mm")
            edit.setCalendarPopup(True)
        self.start.setAccessibleName("From")
        self.end.setAccessibleName("Until")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("What:", self.title)
        form.addRow(f"From ({zone.key}):", self.start)
        form.addRow("Until:", self.end)
        form.addRow(buttons)
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def block(self) -> tuple[str, datetime, datetime]:
        def aware(edit: QDateTimeEdit) -> datetime:
            value = edit.dateTime().toPython()
            assert isinstance(value, datetime)
            return value.replace(tzinfo=self.zone)

        return self.title.text().strip() or "Busy", aware(self.start), aware(self.end)

    @classmethod
    def ask(
        cls, zone: ZoneInfo, start: datetime, parent: QWidget | None = None
    ) -> tuple[str, datetime, datetime] | None:
        dialog = cls(zone, start, parent)
        return dialog.block() if dialog.exec() == QDialog.DialogCode.Accepted else None
