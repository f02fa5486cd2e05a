"""The details pane: everything about the selected session, and its star controls.

Program text comes from files off the internet, so it is shown as text: we escape it and
build the HTML ourselves. The browser never loads a resource (no remote images, styles or
scripts), and links open in the system browser only when clicked, only for http(s)/mailto.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.domain.agenda import Priority, Status, TalkInfo
from planner.ui.focus_ring import keep_clear_of_ring
from planner.ui.i18n import Translatable, arg
from planner.ui.locale_format import Formats, local_zone
from planner.ui.look import Look, mark_icon
from planner.ui.plain import escape
from planner.ui.words import WORDS


class SafeTextBrowser(QTextBrowser):
    """A QTextBrowser that never fetches anything: no images, no style sheets."""

    def loadResource(self, type: int, name: QUrl | str) -> Any:
        return None


def _paragraphs(text: str) -> str:
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    return "".join(f"<p>{escape(block).replace(chr(10), '<br>')}</p>" for block in blocks if block)


_ADDRESS = re.compile(r"[^@\s<>()\[\],;:\"\\]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?")
_MAIL_FIELDS = frozenset({"subject", "body"})
# A CR/LF in a subject or a body can start a header of its own in some mail clients
# ("subject=a%0D%0AAttach: /etc/passwd"): every control character becomes a space.
_CONTROLS = re.compile("[\x00-\x1f\x7f]")


def safe_link(url: str) -> str | None:
    """The link to open for `url` from a program file, or None if it must not be opened.

    http(s) pages with a host; `mailto:` with plain addresses and at most a subject and a
    body. A mail client takes much more from a `mailto:` (`attach=/home/you/.ssh/id_rsa`,
    extra recipients, headers), so anything else is refused, and what is allowed is
    written anew rather than passed on as it came.
    """
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        return url.strip() if parts.hostname else None
    if scheme != "mailto" or parts.fragment:
        return None
    addresses = [unquote(a).strip() for a in parts.path.split(",")]
    if not addresses or not all(_ADDRESS.fullmatch(a) for a in addresses):
        return None
    try:
        fields = parse_qsl(parts.query, keep_blank_values=True, strict_parsing=bool(parts.query))
    except ValueError:
        return None
    if any(key.lower() not in _MAIL_FIELDS for key, _ in fields):
        return None
    query = urlencode(
        [(key.lower(), _CONTROLS.sub(" ", value)) for key, value in fields], quote_via=quote
    )
    return f"mailto:{','.join(quote(a, safe='@') for a in addresses)}" + (
        f"?{query}" if query else ""
    )


def _link(url: str, label: str) -> str:
    target = safe_link(url)
    if target is None:
        return escape(label or url)
    return f'<a href="{escape(target, quote=True)}">{escape(label or url)}</a>'


class TalkText(Translatable):
    """The words of the details pane's text."""

    def label(self, name: str, value: str) -> str:
        """One fact: "<b>Room:</b> Keynote Hall" (the value already escaped)."""
        return arg(
            self.tr("<b>%1:</b> %2", "a fact about a session: its name, its value"), name, value
        )

    def render(self, talk: TalkInfo, event_zone: ZoneInfo, viewer_zone: ZoneInfo | None) -> str:
        formats = Formats()
        parts = [f"<h2>{escape(talk.title)}</h2>"]
        if talk.untitled:
            untitled = self.tr(
                "Untitled session: the program did not record its title; this label is drawn "
                "from its description."
            )
            parts.append(f"<p><i>{escape(untitled)}</i></p>")
        if talk.cancelled:
            cancelled = self.tr(
                "<b>Cancelled:</b> this session is no longer in the program. It stays in your "
                "agenda until you unstar it."
            )
            parts.append(f"<p>{cancelled}</p>")
        if talk.subtitle:
            parts.append(f"<h3>{escape(talk.subtitle)}</h3>")
        when = arg(
            self.tr("%1 (%2)", "a session's date and times, then its time zone"),
            formats.when(talk.start, talk.end, event_zone, year=True),
            event_zone.key,
        )
        parts.append("<p>" + self.label(self.tr("When"), escape(when)))
        if viewer_zone is not None and viewer_zone.key != event_zone.key:
            mine = arg(
                self.tr("%1 (%2)", "a session's date and times, then its time zone"),
                arg(
                    self.tr("%1, %2", "a day, then a time range"),
                    formats.day_short(talk.start.astimezone(viewer_zone).date()),
                    formats.time_range(talk.start, talk.end, viewer_zone),
                ),
                viewer_zone.key,
            )
            parts.append("<br>" + self.label(self.tr("Your time"), escape(mine)))
        parts.append("</p>")
        facts = [
            (self.tr("Room"), talk.room),
            (self.tr("Track"), talk.track),
            #: The kind of session: talk, workshop, keynote...
            (self.tr("Type", "kind of session"), talk.type),
            #: The language the session is given in.
            (self.tr("Language", "of a session"), talk.language),
        ]
        parts.append(
            "<p>"
            + "<br>".join(self.label(label, escape(value)) for label, value in facts if value)
            + "</p>"
        )
        if talk.speakers:
            heading = escape(self.tr("Speakers"))
            parts.append(f"<h3>{heading}</h3>")
            for speaker in talk.speakers:
                line = f"<p><b>{escape(speaker.name)}</b>"
                if speaker.organization:
                    line += f", {escape(speaker.organization)}"
                parts.append(line + "</p>")
                if speaker.bio:
                    parts.append(_paragraphs(speaker.bio))
        if talk.abstract:
            heading = escape(self.tr("Abstract"))
            parts.append(f"<h3>{heading}</h3>" + _paragraphs(talk.abstract))
        if talk.description and talk.description != talk.abstract:
            heading = escape(self.tr("Description"))
            parts.append(f"<h3>{heading}</h3>" + _paragraphs(talk.description))
        links = ([(talk.url, self.tr("Session page"))] if talk.url else []) + [
            (link.url, link.title) for link in talk.links
        ]
        if links:
            heading = escape(self.tr("Links"))
            parts.append(
                f"<h3>{heading}</h3><p>" + "<br>".join(_link(u, t) for u, t in links) + "</p>"
            )
        return "".join(parts)


def render_talk_html(talk: TalkInfo, event_zone: ZoneInfo, viewer_zone: ZoneInfo | None) -> str:
    return TalkText().render(talk, event_zone, viewer_zone)


def _action_button(action: QAction, parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reached with Tab, as a button is
    return button


# A pause this long in typing a note keeps it too (what a crash could lose at most); the
# pauses of one note make one undo step (`AgendaController.set_note`).
NOTE_PAUSE_MS = 1500


class DetailsPane(QWidget):
    starToggled = Signal(object)  # TalkInfo
    priorityChosen = Signal(object, object)  # TalkInfo, Priority
    statusChosen = Signal(object, object)  # TalkInfo, Status
    noteEdited = Signal(object, str)  # TalkInfo, note

    def __init__(
        self,
        parent: QWidget | None = None,
        star_action: QAction | None = None,
        note_action: QAction | None = None,
    ) -> None:
        """`star_action` and `note_action` are the window's (its action registry: Star
        This Session, Save Note); a pane of its own (tests) makes its own."""
        super().__init__(parent)
        self._talk: TalkInfo | None = None
        # The note as last loaded or kept for the session shown: what typing changed is
        # kept when the user leaves the field, the session or the window (`_keep_note`).
        self._note_kept = ""
        self._watched_window: QWidget | None = None
        self._event_zone = ZoneInfo("UTC")
        self._viewer_zone = local_zone()
        self._updating = False

        self.browser = SafeTextBrowser(self)
        keep_clear_of_ring(self.browser)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(self.tr("Session details"))
        self.browser.setAccessibleDescription(self.tr("Everything about the selected session"))
        self.browser.anchorClicked.connect(self._open_link)

        if star_action is None:
            star_action = QAction(self)
            star_action.setCheckable(True)
            star_action.triggered.connect(self.toggle_star)
        if note_action is None:
            note_action = QAction(self)
            note_action.triggered.connect(self.save_note_now)
        self.star_action, self.note_action = star_action, note_action
        self.star_button = _action_button(star_action, self)
        self.star_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.star_button.setAccessibleName(self.tr("Star this session"))
        self.star_button.setAccessibleDescription(
            self.tr("Adds the session to your agenda, or takes it out")
        )
        self.priority = QComboBox(self)
        self.priority.setAccessibleName(self.tr("Priority"))
        # Qt names a combo box after its current item, so its purpose goes here.
        self.priority.setAccessibleDescription(
            self.tr("Priority: how much you want to see this session")
        )
        for priority in Priority:
            self.priority.addItem(WORDS.priority(priority), priority)
        self.priority.activated.connect(self._priority_chosen)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setAccessibleDescription(
            self.tr("Status: attend this session, keep it as plan B, or skip it")
        )
        for status in Status:
            self.status.addItem(WORDS.status(status), status)
        self.status.activated.connect(self._status_chosen)
        self.note = QPlainTextEdit(self)
        keep_clear_of_ring(self.note)
        self.note.setPlaceholderText(self.tr("Your note on this session…"))
        self.note.setAccessibleName(self.tr("Personal note"))
        self.note.setAccessibleDescription(
            self.tr("Kept as soon as you leave the field; it does not star the session")
        )
        self.note.installEventFilter(self)
        self._note_pause = QTimer(self)
        self._note_pause.setSingleShot(True)
        self._note_pause.setInterval(NOTE_PAUSE_MS)
        self._note_pause.timeout.connect(self._keep_note)
        self.note.textChanged.connect(self._note_typed)
        self.note.setMaximumHeight(80)
        self.note.setTabChangesFocus(True)  # Tab moves on, as everywhere else: no trap
        self.note_label = QLabel(self.tr("Note:"), self)
        self.note_label.setBuddy(self.note)
        note_action.setText(self.tr("Save note"))
        note_action.setIconText(self.tr("Save note"))
        self.save_note = _action_button(note_action, self)
        # Ctrl+Return in the note saves it (its single-key shortcuts stay out of the way).
        note_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.note.addAction(note_action)

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
        shown = self._talk
        other = (
            shown is None
            or talk is None
            or (talk.conference_id, talk.key) != (shown.conference_id, shown.key)
        )
        if other:
            self._keep_note()  # typed for the session shown until now: kept for it
        self._updating = True
        try:
            self._talk = talk
            enabled = talk is not None
            for widget in (self.priority, self.status, self.note):
                widget.setEnabled(enabled)
            for action in (self.star_action, self.note_action):
                action.setEnabled(enabled)
            star = talk.star if talk is not None else None
            self.star_action.setChecked(star is not None)
            label = self.tr("Starred") if star else self.tr("Star")
            self._show_star_mark()
            self.star_action.setText(label)
            self.star_action.setIconText(label)  # what its button shows
            if talk is None:
                empty = escape(self.tr("Select a session to see its details."))
                self.browser.setHtml(f"<p><i>{empty}</i></p>")
                self.note.setPlainText("")
                self._note_kept = ""
                return
            self.browser.setHtml(render_talk_html(talk, self._event_zone, self._viewer_zone))
            self.priority.setEnabled(True)
            self.status.setEnabled(star is not None)
            self.priority.setCurrentIndex(
                list(Priority).index(star.priority) if star else list(Priority).index(Priority.WANT)
            )
            self.status.setCurrentIndex(list(Status).index(star.status) if star else 0)
            # The same session read anew (a change saved) while the user types in the
            # note: what they are typing stays.
            if other or not self.note.hasFocus():
                self.note.setPlainText(talk.note)
                self._note_kept = talk.note
        finally:
            self._updating = False

    def _show_star_mark(self) -> None:
        """The star the views paint (its priority's shape), not a ★/☆ a font may lack, in
        the colours of the palette shown now."""
        star = self._talk.star if self._talk is not None else None
        priority = star.priority if star is not None else None
        self.star_action.setIcon(mark_icon(priority, Look.of(self.palette())))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # View > Appearance (or the desktop) switched light and dark: the star's colours too.
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange) and hasattr(
            self, "star_action"
        ):  # (not while the pane is being made)
            self._show_star_mark()

    def toggle_star(self) -> None:
        """Star the session shown, or take its star away (the Star button)."""
        if self._talk is not None and not self._updating:
            self.starToggled.emit(self._talk)
            self.star_action.setChecked(self._talk.star is not None)  # until the store says

    def _priority_chosen(self, row: int) -> None:
        if self._talk is not None and not self._updating:
            self.priorityChosen.emit(self._talk, self.priority.itemData(row))

    def _status_chosen(self, row: int) -> None:
        if self._talk is not None and not self._updating:
            self.statusChosen.emit(self._talk, self.status.itemData(row))

    def save_note_now(self) -> None:
        """Keep the note as typed (the Save note button, Ctrl+Return in the note)."""
        self._keep_note()

    def _note_typed(self) -> None:
        if not self._updating and self._talk is not None:
            self._note_pause.start()  # (again: a pause counts from the last key)

    def _keep_note(self) -> None:
        """Ask for the note as typed to be kept, if it differs from what was kept."""
        self._note_pause.stop()
        text = self.note.toPlainText()
        if self._talk is not None and text != self._note_kept:
            self._note_kept = text
            self.noteEdited.emit(self._talk, text)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window = self.window()
        if window is not self and window is not self._watched_window:
            if self._watched_window is not None:
                self._watched_window.removeEventFilter(self)
            self._watched_window = window
            window.installEventFilter(self)  # its Close comes here before it closes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Leaving the note (for another control, window or application), or closing the
        # window (Ctrl+Q too) keeps it: the window waits for what it asked to be saved.
        kind = event.type()
        if (watched is self.note and kind == QEvent.Type.FocusOut) or (
            watched is self._watched_window and kind == QEvent.Type.Close
        ):
            self._keep_note()
        return super().eventFilter(watched, event)

    def _open_link(self, url: QUrl) -> None:
        target = safe_link(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        if target is not None:  # checked again: the page could hold any anchor
            QDesktopServices.openUrl(QUrl(target, QUrl.ParsingMode.StrictMode))
