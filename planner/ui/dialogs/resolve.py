"""Auto-resolve preview, walking-time settings, and busy blocks."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.domain.agenda import Status
from planner.domain.conflicts import ConflictSettings
from planner.ui.core_text import CORE
from planner.ui.focus_ring import keep_clear_of_ring
from planner.ui.i18n import Translatable, arg
from planner.ui.locale_format import Formats
from planner.ui.words import WORDS

if TYPE_CHECKING:
    from planner.domain.resolution import Decision, Resolution


class ResolveTexts(Translatable):
    """The texts of the preview that are made outside a dialog (context "ResolveTexts")."""

    def summary(self, changes: int, unresolved: int) -> str:
        if changes == 0:
            text = self.tr("Your agenda is already the best plan: nothing to change.")
        else:
            text = self.tr(
                "%Ln change(s) make(s) your agenda clash-free, keeping the sessions that "
                "matter most to you.",
                "",
                changes,
            )
        if unresolved > 0:
            text += " " + self.tr("%Ln clash(es) need(s) your decision.", "", unresolved)
        return text

    def clash_heading(self, when: str, count: int) -> str:
        #: A clash in the preview: its day and times, then how many sessions it holds.
        return arg(self.tr("%1 · %Ln sessions clash", "", count), when)

    def other_changes(self) -> str:
        return self.tr("Other changes")

    def decision(self, status: Status, title: str, reason: str) -> str:
        """A change, as HTML: the status it gets, the session's title, why."""
        word = html.escape(WORDS.status(status))
        #: A change in the preview: the new status (bold), the title, why.
        return arg(self.tr("<b>%1:</b> “%2” — %3"), word, title, reason)

    def stays(self, title: str, reason: str) -> str:
        return arg(self.tr("Stays: “%1” — %2"), title, reason)

    def unresolved_clash(self, members: str) -> str:
        return arg(self.tr("clash: %1"), members)

    def member(self, title: str, priority: str) -> str:
        return arg(self.tr("“%1” (%2)"), title, priority)

    def your_decision(self) -> str:
        return self.tr("Your decision (auto-resolve never drops a must-see)")


TEXTS = ResolveTexts()


def changes_summary(changes: int, unresolved: int) -> str:
    """The preview's first sentence, in the right number (whole sentences for each)."""
    return TEXTS.summary(changes, unresolved)


@dataclass
class _Section:
    heading: str
    changed: list[Decision]
    kept: list[Decision]


def preview_sections(resolution: Resolution, zone: ZoneInfo) -> list[_Section]:
    """The changes grouped by the clash they settle, in time order: each with what stays
    attended there, for context."""
    decisions = {d.key: d for d in resolution.decisions}
    sections: list[_Section] = []
    placed: set[str] = set()
    for clash in resolution.clashes:
        members = [decisions[key] for key in clash.keys if key in decisions]
        changed = [d for d in members if d.changed]
        if not changed:
            continue
        end = max(m.end for m in clash.members)
        count = len(clash.members)
        formats = Formats()
        day = formats.day_short(clash.start.astimezone(zone).date())
        when = f"{day} {formats.time_range(clash.start, end, zone)}"
        sections.append(
            _Section(
                TEXTS.clash_heading(when, count),
                changed,
                [d for d in members if not d.changed and d.status is Status.ATTEND],
            )
        )
        placed.update(d.key for d in changed)
    rest = [d for d in resolution.changes if d.key not in placed]  # e.g. too tight to walk
    if rest:
        sections.append(_Section(TEXTS.other_changes(), rest, []))
    return sections


def _decision_line(decision: Decision) -> str:
    title = html.escape(decision.title)
    reason = html.escape(CORE.reason(decision.why))
    return TEXTS.decision(decision.status, title, reason)


def preview_html(resolution: Resolution, zone: ZoneInfo) -> str:
    """The proposed changes as a document that wraps to the dialog's width."""
    parts: list[str] = []
    for section in preview_sections(resolution, zone):
        parts.append(f"<h4>{html.escape(section.heading)}</h4><ul>")
        parts.extend(f"<li>{_decision_line(d)}</li>" for d in section.changed)
        parts.extend(
            f"<li>{TEXTS.stays(html.escape(d.title), html.escape(CORE.reason(d.why)))}</li>"
            for d in section.kept
        )
        parts.append("</ul>")
    decisions = [
        TEXTS.unresolved_clash(
            ", ".join(
                TEXTS.member(m.title, WORDS.priority(m.priority) if m.priority else m.label)
                for m in group.members
            )
        )
        for group in resolution.unresolved
    ] + [CORE.finding(finding) for finding in resolution.unresolved_transfers]
    if decisions:
        parts.append(f"<h4>{html.escape(TEXTS.your_decision())}</h4><ul>")
        parts.extend(f"<li>{html.escape(text)}</li>" for text in decisions)
        parts.append("</ul>")
    return "".join(parts)


class AutoResolvePreview(QDialog):
    """Shows what auto-resolve would change, and why, before anything changes: one
    section per clash, in time order, wrapped to the dialog's width."""

    def __init__(
        self, resolution: Resolution, parent: QWidget | None = None, zone: ZoneInfo | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Auto-resolve clashes"))
        changes = resolution.changes
        unresolved = len(resolution.unresolved) + len(resolution.unresolved_transfers)
        self.summary = QLabel(changes_summary(len(changes), unresolved), self)
        self.summary.setWordWrap(True)
        self.list = QTextBrowser(self)
        keep_clear_of_ring(self.list)
        self.list.setAccessibleName(self.tr("Proposed changes"))
        self.list.setOpenLinks(False)
        self.list.setHtml(preview_html(resolution, zone or ZoneInfo("UTC")))
        listed = bool(changes) or unresolved > 0
        self.list.setVisible(listed)
        buttons = QDialogButtonBox(self)
        self.apply = buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply.setEnabled(bool(changes))
        self.apply.setAccessibleDescription(
            self.tr("Make the changes listed (Undo takes them back)")
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(600, 440 if listed else 140)

    @classmethod
    def confirm(
        cls, resolution: Resolution, parent: QWidget | None = None, zone: ZoneInfo | None = None
    ) -> bool:
        return cls(resolution, parent, zone).exec() == QDialog.DialogCode.Accepted


class ConflictSettingsDialog(QDialog):
    def __init__(self, settings: ConflictSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Walking time and tolerance"))
        self._settings = settings
        self.buffer = QSpinBox(self)
        self.buffer.setRange(0, 120)
        #: After a number of minutes in a spin box (with its space).
        self.buffer.setSuffix(self.tr(" min"))
        self.buffer.setValue(settings.buffer_minutes)
        self.buffer.setAccessibleName(self.tr("Walking time between rooms"))
        self.tolerance = QSpinBox(self)
        self.tolerance.setRange(0, 60)
        self.tolerance.setSuffix(self.tr(" min"))
        self.tolerance.setValue(settings.tolerance_minutes)
        self.tolerance.setAccessibleName(self.tr("Tolerance"))
        self.buffer.setAccessibleDescription(
            self.tr("The minutes you need to walk from one room to another between sessions")
        )
        self.tolerance.setAccessibleDescription(
            self.tr("How many minutes two sessions may overlap before they clash")
        )
        note = QLabel(
            self.tr(
                "Walking time applies between different rooms. With a tolerance you "
                "may leave a session early or arrive late by that much: smaller "
                "overlaps become warnings."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Walking time between rooms:"), self.buffer)
        form.addRow(self.tr("I may leave early / arrive late by:"), self.tolerance)
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
        self.setWindowTitle(self.tr("Add a busy block"))
        self.zone = zone
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("e.g. Lunch with a customer"))
        self.title.setAccessibleName(self.tr("What"))
        local = start.astimezone(zone).replace(tzinfo=None, second=0, microsecond=0)
        begin = QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)
        self.start = QDateTimeEdit(begin, self)
        self.end = QDateTimeEdit(begin.addSecs(3600), self)
        for edit in (self.start, self.end):
            # The weekday helps at a conference; the rest as the user's locale writes it.
            edit.setDisplayFormat("ddd " + QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
            edit.setCalendarPopup(True)
        self.start.setAccessibleName(self.tr("From"))
        self.end.setAccessibleName(self.tr("Until"))
        self.start.setAccessibleDescription(self.tr("When the busy time starts"))
        self.end.setAccessibleDescription(self.tr("When the busy time ends"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("What:"), self.title)
        form.addRow(arg(self.tr("From (%1):"), zone.key), self.start)
        form.addRow(self.tr("Until:"), self.end)
        form.addRow(buttons)
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def block(self) -> tuple[str, datetime, datetime]:
        def aware(edit: QDateTimeEdit) -> datetime:
            value = edit.dateTime().toPython()
            assert isinstance(value, datetime)
            return value.replace(tzinfo=self.zone)

        title = self.title.text().strip() or self.tr("Busy", "a busy block without a title")
        return title, aware(self.start), aware(self.end)

    @classmethod
    def ask(
        cls, zone: ZoneInfo, start: datetime, parent: QWidget | None = None
    ) -> tuple[str, datetime, datetime] | None:
        dialog = cls(zone, start, parent)
        return dialog.block() if dialog.exec() == QDialog.DialogCode.Accepted else None
