"""The details pane: everything about the selected session, and its star controls.

Program text comes from files off the internet, so it is shown as text: we escape it and
build the HTML ourselves. The browser never loads a resource (no remote images, styles or
scripts), and links open in the system browser only when clicked, only for http(s)/mailto.
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from planner.domain.agenda import Priority, Status, TalkInfo

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})


def local_zone() -> ZoneInfo | None:
    """The computer's zone as an IANA zone, if it can be known."""
    tzinfo = datetime.now().astimezone().tzinfo
    key = getattr(tzinfo, "key", None)
    return ZoneInfo(key) if isinstance(key, str) else None


class SafeTextBrowser(QTextBrowser):
    """A QTextBrowser that never fetches anything: no images, no style sheets."""

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return None


def _paragraphs(text: str) -> str:
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(
        f"<p>{html.escape(block).replace(chr(10), '<br>')}</p>" for block in blocks if block
    )


def _link(url: str, label: str) -> str:
    scheme = QUrl(url).scheme().lower()
    if scheme not in SAFE_SCHEMES:
        return html.escape(label or url)
    return f'<a href="{html.escape(url, quote=True)}">{html.escape(label or url)}</a>'


def render_talk_html(talk: TalkInfo, event_zone: ZoneInfo, viewer_zone: ZoneInfo | None) -> str:
    start = talk.start.astimezone(event_zone)
    end = talk.end.astimezone(event_zone)
    parts = [f"<h2>{html.escape(talk.title)}</h2>"]
    if talk.untitled:
        parts.append(
            "<p><i>Untitled session: the program did not record its title; this "
            "label is drawn from its description.</i></p>"
        )
    if talk.cancelled:
        parts.append(
            "<p><b>Cancelled:</b> this session is no longer in the program. It "
            "stays in your agenda until you unstar it.</p>"
        )
    if talk.subtitle:
        parts.append(f"<h3>{html.escape(talk.subtitle)}</h3>")
    when = f"{start:%A %d %B %Y, %H:%M}–{end:%H:%M} ({html.escape(event_zone.key)})"
    parts.append(f"<p><b>When:</b> {when}")
    if viewer_zone is not None and viewer_zone.key != event_zone.key:
        mine_start = talk.start.astimezone(viewer_zone)
        mine_end = talk.end.astimezone(viewer_zone)
        parts.append(
            f"<br><b>Your time:</b> {mine_start:%a %d %b, %H:%M}–{mine_end:%H:%M} "
            f"({html.escape(viewer_zone.key)})"
        )
    parts.append("</p>")
    facts = [
        ("Room", talk.room),
        ("Track", talk.track),
        ("Type", talk.type),
        ("Language", talk.language),
    ]
    parts.append(
        "<p>"
        + "<br>".join(f"<b>{label}:</b> {html.escape(value)}" for label, value in facts if value)
        + "</p>"
    )
    if talk.speakers:
        parts.append("<h3>Speakers</h3>")
        for speaker in talk.speakers:
            line = f"<p><b>{html.escape(speaker.name)}</b>"
            if speaker.organization:
                line += f", {html.escape(speaker.organization)}"
            parts.append(line + "</p>")
            if speaker.bio:
                parts.append(_paragraphs(speaker.bio))
    if talk.abstract:
        parts.append("<h3>Abstract</h3>" + _paragraphs(talk.abstract))
    if talk.description and talk.description != talk.abstract:
        parts.append("<h3>Description</h3>" + _paragraphs(talk.description))
    links = ([(talk.url, "Session page")] if talk.url else []) + [
        (link.url, link.title) for link in talk.links
    ]
    if links:
        parts.append("<h3>Links</h3><p>" + "<br>".join(_link(u, t) for u, t in links) + "</p>")
    return "".join(parts)


class DetailsPane(QWidget):
    starToggled = Signal(object)  # TalkInfo
    priorityChosen = Signal(object, object)  # TalkInfo, Priority
    statusChosen = Signal(object, object)  # TalkInfo, Status
    noteEdited = Signal(object, str)  # TalkInfo, note

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._talk: TalkInfo | None = None
        self._event_zone = ZoneInfo("UTC")
        self._viewer_zone = local_zone()
        self._updating = False

        self.browser = SafeTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName("Session details")
        self.browser.anchorClicked.connect(self._open_link)

        self.star_button = QPushButton("Star", self)
        self.star_button.setCheckable(True)
        self.star_button.setAccessibleName("Star this session")
        self.star_button.clicked.connect(self._toggle)
        self.priority = QComboBox(self)
        self.priority.setAccessibleName("Priority")
        for priority in Priority:
            self.priority.addItem(priority.label, priority)
        self.priority.activated.connect(self._priority_chosen)
        self.status = QComboBox(self)
        self.status.setAccessibleName("Status")
        for status in Status:
            self.status.addItem(status.label, status)
        self.status.activated.connect(self._status_chosen)
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText("Your note on this session…")
        self.note.setAccessibleName("Personal note")
        self.note.setMaximumHeight(80)
        self.note_label = QLabel("Note:", self)
        self.save_note = QPushButton("Save note", self)
        self.save_note.clicked.connect(self._note_done)

        controls = QHBoxLayout()
        controls.addWidget(self.star_button)
        controls.addWidget(self.priority)
        controls.addWidget(self.status)
        controls.addStretch(1)
        notes = QHBoxLayout()
        notes.addWidget(self.note, 1)
        notes.addWidget(self.save_note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(controls)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.note_label)
        layout.addLayout(notes)
        self.show_talk(None)

    @property
    def talk(self) -> TalkInfo | None:
        return self._talk

    def set_zones(self, event_zone: ZoneInfo, viewer_zone: ZoneInfo | None) -> None:
        self._event_zone = event_zone
        self._viewer_zone = viewer_zone
        self.show_talk(self._talk)

    def show_talk(self, talk: TalkInfo | None) -> None:
        self._updating = True
        try:
            self._talk = talk
            enabled = talk is not None
            for widget in (self.star_button, self.priority, self.status, self.note, self.save_note):
                widget.setEnabled(enabled)
            if talk is None:
                self.browser.setHtml("<p><i>Select a session to see its details.</i></p>")
                self.star_button.setChecked(False)
                self.note.setPlainText("")
                return
            self.browser.setHtml(render_talk_html(talk, self._event_zone, self._viewer_zone))
            star = talk.star
            self.star_button.setChecked(star is not None)
            self.star_button.setText("★ Starred" if star else "☆ Star")
            self.priority.setEnabled(True)
            self.status.setEnabled(star is not None)
            self.priority.setCurrentIndex(
                list(Priority).index(star.priority) if star else list(Priority).index(Priority.WANT)
            )
            self.status.setCurrentIndex(list(Status).index(star.status) if star else 0)
            if not self.note.hasFocus():
                self.note.setPlainText(star.note if star else "")
        finally:
            self._updating = False

    def _toggle(self) -> None:
        if self._talk is not None and not self._updating:
            self.starToggled.emit(self._talk)

    def _priority_chosen(self, row: int) -> None:
        if self._talk is not None and not self._updating:
            self.priorityChosen.emit(self._talk, self.priority.itemData(row))

    def _status_chosen(self, row: int) -> None:
        if self._talk is not None and not self._updating:
            self.statusChosen.emit(self._talk, self.status.itemData(row))

    def _note_done(self) -> None:
        if self._talk is not None:
            self.noteEdited.emit(self._talk, self.note.toPlainText())

    def _open_link(self, url: QUrl) -> None:
        if url.scheme().lower() in SAFE_SCHEMES:
            QDesktopServices.openUrl(url)
