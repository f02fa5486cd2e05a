"""The window in each language: no English text a person can see is left, beyond what
the program itself says (titles, rooms, names) and names that are the same everywhere."""

from __future__ import annotations

import re
import zoneinfo
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from planner import APP_NAME
from planner.domain.agenda import Priority, SpeakerInfo, Star, Status, TalkInfo
from planner.domain.links import Link
from planner.paths import AppPaths
from planner.ui import catalogs, i18n
from planner.ui.dialogs.export import CalendarExportDialog
from planner.ui.dialogs.timezone import TimeZoneDialog
from planner.ui.widgets.details import DetailsPane
from tests.ui.conftest import open_window
from tests.ui.visible_text import clean, program_texts, texts_of, window_texts

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from planner.domain.calendar_messages import ConnectionChecked, ServerMessage
    from planner.domain.conflicts import Commitment, Finding
    from planner.domain.messages import SuggestionReason
    from planner.domain.resolution import Resolution
    from planner.domain.updates import ImportReport
    from planner.ui.mainwindow import MainWindow

# Text that is the same in every language: the app's name, the languages' own names,
# "OK" (which Qt keeps in most languages), and text with no letters (times, counts, symbols).
SAME_EVERYWHERE = {APP_NAME, "OK", *(i18n.language_name(code) for code in i18n.SPOKEN)}
NO_WORDS = re.compile(r"^[\W\d_]*$")


PARTS = re.compile(r" · |, | — ")


def _is_data(text: str, data: set[str]) -> bool:
    """The program's own text, also cut short ("Event Streaming: Lesso…"), wrapped onto
    lines, or listed ("Alice, Bob"; "09:00–09:30 · Alice")."""
    for part in PARTS.split(text):
        part = part.removesuffix("…").strip()
        if part in SAME_EVERYWHERE:
            continue
        if part and not NO_WORDS.match(part) and not any(part in item for item in data):
            return False
    return True


def same_by_choice(language: str) -> set[str]:
    """Texts the language's translators kept as in English ("Plan B", German "Status")."""
    return {
        clean(entry.message.source)
        for entry in catalogs.read_catalog(catalogs.ts_path(language))
        if not entry.kind and clean(entry.message.source) in {clean(f) for f in entry.forms}
    }


def plurals_by_choice(language: str) -> list[re.Pattern[str]]:
    """Plural forms the translators wrote as English does (French "%Ln session"), as
    patterns of what they show ("1 session")."""
    english = {
        entry.message: entry.forms
        for entry in catalogs.read_catalog(catalogs.ts_path(catalogs.SOURCE_LANGUAGE))
    }
    patterns = []
    for entry in catalogs.read_catalog(catalogs.ts_path(language)):
        shared = set(entry.forms) & set(english.get(entry.message, ()))
        for form in shared:
            number = re.escape(clean(form)).replace("%Ln", r"[\d.,\s\u202f\xa0]+")
            patterns.append(re.compile(f"^{re.sub(r'%[0-9]', '.+', number)}$"))
    return patterns


def english_left(
    translated: set[str], english: set[str], data: set[str], language: str = ""
) -> list[str]:
    kept = same_by_choice(language) if language else set()
    plurals = plurals_by_choice(language) if language else []
    return sorted(
        text
        for text in translated & english
        if text not in SAME_EVERYWHERE | kept
        and not NO_WORDS.match(text)
        and not _is_data(text, data)
        and not any(pattern.match(text) for pattern in plurals)
    )


@pytest.fixture
def speaking(qapp: QApplication, tmp_path: Path) -> Iterator[Callable[[str], None]]:
    def speak(language: str) -> None:
        i18n.install(qapp, i18n.Choice(language, chosen=True), tmp_path / "qm")

    yield speak
    i18n.install(qapp, i18n.Choice("en", chosen=False), tmp_path / "qm")


def _main_window_texts(qtbot, tmp_path: Path, name: str) -> tuple[set[str], set[str]]:
    window: MainWindow = open_window(qtbot, AppPaths.resolve(tmp_path / name))
    try:
        window.resize(1280, 800)
        QApplication.processEvents()
        return window_texts(window), program_texts(window)
    finally:
        window.shutdown()


@pytest.mark.parametrize("language", catalogs.LANGUAGES)
def test_no_english_left_in_the_main_window(
    qtbot, tmp_path: Path, speaking: Callable[[str], None], language: str
) -> None:
    english, data = _main_window_texts(qtbot, tmp_path, "en")
    speaking(language)
    translated, _ = _main_window_texts(qtbot, tmp_path, language)
    assert english_left(translated, english, data, language) == []


def _dialog_texts(make: Callable[[], QWidget]) -> set[str]:
    dialog = make()
    try:
        dialog.show()
        QApplication.processEvents()
        return texts_of(dialog)
    finally:
        dialog.close()
        dialog.deleteLater()


# A session that shows every part of the details pane: untitled, cancelled, starred, with
# speakers, abstract, description and links, and another time zone than the viewer's.
WHEN = datetime(2019, 5, 13, 9, tzinfo=UTC)
STARRED = Star(Priority.MUST, Status.PLAN_B, "", WHEN, WHEN)
TALK = TalkInfo(
    id=1,
    conference_id=1,
    key="k",
    title="Kafka Streams",
    start=WHEN,
    end=WHEN.replace(hour=10),
    room="Keynote Hall",
    track="Streams",
    track_color="#123456",
    type="talk",
    language="en",
    abstract="Streams in depth.",
    description="A longer story.",
    url="https://example.org/s",
    links=(Link("https://example.org/slides", "slides"),),
    speakers=(SpeakerInfo(1, "Ada", "Org", "Bio."),),
    untitled=True,
    cancelled=True,
    star=STARRED,
)
TALK_DATA = {
    "Kafka Streams",
    "Keynote Hall",
    "Streams",
    "talk",
    "en",
    "Streams in depth.",
    "A longer story.",
    "slides",
    "Ada",
    "Org",
    "Bio.",
    "Ada, Org",
}


def _details() -> QWidget:
    pane = DetailsPane()
    pane.set_zones(zoneinfo.ZoneInfo("Europe/London"), zoneinfo.ZoneInfo("Asia/Tokyo"))
    pane.show_talk(TALK)
    return pane


def _empty_details() -> QWidget:
    pane = DetailsPane()
    pane.show_talk(None)
    return pane


DIALOGS: dict[str, Callable[[], QWidget]] = {
    "export": CalendarExportDialog,
    "time zone": lambda: TimeZoneDialog("schedule.json"),
    "details": _details,
    "no details": _empty_details,
}


@pytest.mark.parametrize("dialog", sorted(DIALOGS))
@pytest.mark.parametrize("language", catalogs.LANGUAGES)
def test_no_english_left_in_the_dialogs(
    qapp: QApplication, speaking: Callable[[str], None], language: str, dialog: str
) -> None:
    english = _dialog_texts(DIALOGS[dialog])
    speaking(language)
    translated = _dialog_texts(DIALOGS[dialog])
    # Zone names (Europe/Berlin, CET) are the same in every language.
    data = zoneinfo.available_timezones() | TALK_DATA
    assert english_left(translated, english, data, language) == []
    assert translated != english


def test_the_check_sees_english(qapp: QApplication) -> None:
    english = {"Export to Calendar", "Planner", "09:00", "Keynote Hall", "Kafka Stre…", "A, B"}
    english |= {"Kafka Streams (untitled)", "09:00 · A"}
    translated = english | {"Exportieren"}
    data = {"Keynote Hall", "Kafka Streams", "A", "B"}
    assert english_left(translated, english, data) == [
        "Export to Calendar",
        "Kafka Streams (untitled)",
    ]


# -- sentences the core makes (codes with values, said by planner.ui.core_text) -----------
def _at(hour: int, minute: int = 0) -> datetime:
    return datetime(2019, 5, 13, hour, minute, tzinfo=UTC)


def _commitment(
    key: str, start: datetime, end: datetime, room: str, priority: Priority
) -> Commitment:
    from planner.domain.conflicts import Commitment

    return Commitment(key, f"Talk {key}", start, end, room, priority, Status.ATTEND)


def core_values() -> tuple[
    Resolution, list[Finding], tuple[SuggestionReason, ...], tuple[ImportReport, ImportReport]
]:
    """Auto-resolve's decisions (every reason), overlaps and a tight transfer, suggestions'
    reasons, and two import reports (a first import, and an update with every detail)."""
    from planner.domain.conflicts import Commitment, ConflictSettings, FindingKind, detect
    from planner.domain.messages import SuggestionCode, SuggestionReason
    from planner.domain.resolution import auto_resolve
    from planner.domain.updates import ImportReport, TalkSnapshot, diff_programs

    starred = [
        _commitment("A", _at(10), _at(11), "Hall 1", Priority.WANT),
        _commitment("B", _at(10, 30), _at(11, 30), "Hall 2", Priority.MAYBE),
        _commitment("C", _at(12), _at(13), "Hall 1", Priority.MUST),
        _commitment("D", _at(12, 30), _at(13, 30), "Hall 2", Priority.MUST),
        _commitment("E", _at(13, 32), _at(14), "Hall 3", Priority.MUST),
        _commitment("F", _at(14, 30), _at(15), "Hall 3", Priority.MAYBE),
        _commitment("G", _at(15, 30), _at(16), "Hall 3", Priority.WANT),
        _commitment("H", _at(15, 55), _at(16, 30), "Hall 3", Priority.MAYBE),
    ]
    busy = [Commitment("busy:1", "Lunch", _at(15, 30), _at(16))]
    settings = ConflictSettings(buffer_minutes=5, tolerance_minutes=0)
    resolution = auto_resolve(starred, busy, settings)
    tolerated = detect([*starred, *busy], ConflictSettings(5, 10))
    findings = [*detect([*starred, *busy], settings).findings]
    findings += [f for f in tolerated.findings if f.kind is FindingKind.WARNING]
    reasons = (
        SuggestionReason(SuggestionCode.TRACK, ("Streams",)),
        SuggestionReason(SuggestionCode.SPEAKER, ("Ada",)),
        SuggestionReason(SuggestionCode.ABOUT, ("kafka", "streams", "state")),
    )
    old = [
        TalkSnapshot("k1", "Old title", _at(9), _at(10), "Hall 1", "Streams", ("Ada",), "s", "a"),
        TalkSnapshot("k2", "Moved", _at(11), _at(12), "Hall 1"),
        TalkSnapshot("k3", "Gone", _at(13), _at(14), "Hall 2"),
    ]
    new = [
        TalkSnapshot("k1", "New title", _at(9), _at(10), "Hall 1", "Core", ("Bob",), "t", "b"),
        TalkSnapshot("k2", "Moved", _at(11, 30), _at(12, 30), "Hall 3"),
        TalkSnapshot("k4", "Arrived", _at(15), _at(16), ""),
    ]
    diff = diff_programs(old, new, {"k2", "k3"}, zoneinfo.ZoneInfo("Europe/London"))
    first = ImportReport(1, "Kafka Summit", True, "frab", "file.xml", 3, 2, 3, 2, 1)
    update = ImportReport(1, "Kafka Summit", False, "frab", "file.xml", 3, 2, 3, 2, 1, diff.changes)
    return resolution, findings, reasons, (first, update)


def say(value: ServerMessage | ConnectionChecked) -> str:
    """What the window says of a calendar server's word or of a connection test."""
    from planner.domain.calendar_messages import ServerMessage
    from planner.ui.core_text import CORE

    return CORE.server(value) if isinstance(value, ServerMessage) else CORE.checked(value)


def server_values() -> list[ServerMessage | ConnectionChecked]:
    """What a calendar server can say (every code, cause and request), and what a
    connection test finds."""
    from planner.domain.calendar_messages import (
        CheckCode,
        ConnectionChecked,
        NetworkCause,
        Request,
        ServerCode,
        ServerMessage,
    )

    host = "dav.example.org"
    said: list[ServerMessage | ConnectionChecked] = [
        ServerMessage(ServerCode.UNREACHABLE, host, cause)
        for cause in NetworkCause
        if cause is not NetworkCause.OTHER
    ]
    said += [
        ServerMessage(code, request=request, status=status, detail="Nope")
        for code, status in (
            (ServerCode.REQUEST_REFUSED, 403),
            (ServerCode.UNREACHABLE, 503),
            (ServerCode.LOGIN_REFUSED, 401),
        )
        for request in Request
    ]
    said.append(ServerMessage(ServerCode.LOGIN_REFUSED, host))
    said += [
        ConnectionChecked(code, "work", "/srv/cal", "Kafka", "https://x/") for code in CheckCode
    ]
    return said


def core_texts_shown() -> tuple[list[str], list[str]]:
    """The core's values as the window shows them (the auto-resolve preview, the import
    report, the clash texts and suggestions), and their English as the command line says
    them."""
    from planner.ui.core_text import CORE
    from planner.ui.dialogs.report import ImportReportDialog
    from planner.ui.dialogs.resolve import AutoResolvePreview

    resolution, findings, reasons, reports = core_values()
    shown: list[str] = []
    english: list[str] = []
    preview = AutoResolvePreview(resolution, zone=zoneinfo.ZoneInfo("Europe/London"))
    shown += [preview.summary.text(), preview.list.toPlainText()]
    preview.deleteLater()
    for report in reports:
        dialog = ImportReportDialog(report)
        shown += [label.text() for label in dialog.findChildren(QLabel)]
        shown += [dialog.changes.item(row).text() for row in range(dialog.changes.count())]
        dialog.deleteLater()
        shown.append(CORE.import_summary(report))
    shown += [CORE.finding(finding) for finding in findings]
    shown.append(CORE.suggestion_reasons(reasons))
    servers = server_values()
    shown += [say(value) for value in servers]
    english += [str(value) for value in servers]
    english += [str(decision.why) for decision in resolution.decisions]
    english += [finding.describe() for finding in findings]
    english += [str(reason) for reason in reasons]
    english += [report.summary() for report in reports]
    english += [str(note) for report in reports for c in report.changes for note in c.notes]
    english += [change.describe() for report in reports for change in report.changes]
    return shown, english


def test_the_core_values_cover_every_code() -> None:
    from planner.domain.conflicts import FindingKind
    from planner.domain.messages import DetailCode, ReasonCode

    resolution, findings, _reasons, reports = core_values()
    assert {d.why.code for d in resolution.decisions} == set(ReasonCode)
    assert any(
        d.why.more or (d.why.others and d.why.others[0].is_busy) for d in resolution.decisions
    )
    assert {f.kind for f in findings} == set(FindingKind)
    assert resolution.unresolved
    assert resolution.unresolved_transfers
    notes = {note.code for c in reports[1].changes for note in c.notes}
    assert notes == set(DetailCode) - {DetailCode.KEY, DetailCode.RESTORED}


def test_the_window_says_the_core_s_english_as_the_command_line_does(qapp: QApplication) -> None:
    """In English the window's sentences are the command line's (times aside: the window
    writes them as the locale does)."""
    from planner.domain.messages import DetailCode
    from planner.ui.core_text import CORE
    from planner.ui.words import WORDS

    resolution, findings, reasons, reports = core_values()
    for decision in resolution.decisions:
        # The window names priorities as everywhere in it ("Want to see"), the CLI as codes.
        words = {f"({p.value})": f"({WORDS.priority(p)})" for p in Priority}
        said = str(decision.why)
        for code, word in words.items():
            said = said.replace(code, word)
        assert CORE.reason(decision.why) == said
    for finding in findings:
        assert CORE.finding(finding) == finding.describe()
    assert CORE.suggestion_reasons(reasons) == "; ".join(str(r) for r in reasons)
    for value in server_values():
        assert say(value) == str(value)
    for report in reports:
        assert CORE.import_summary(report) == report.summary()
        for change in report.changes:
            timed = {DetailCode.TIME, DetailCode.WAS} & {note.code for note in change.notes}
            if not timed:
                assert CORE.change(change) == change.describe()


# Words a language writes as English does (French "sessions", Dutch "track", Italian
# "password", Czech "tolerance").
SAME_WORDS = {
    "fr": {"session", "sessions"},
    "nl": {"track", "tracks"},
    "cs": {"tolerance"},
    "it": {"password"},
}
ENGLISH_WORDS = re.compile(
    r"\b(?:gives way|kept|always kept|no clash|overlap by|to walk|tolerance|Imported|Updated|"
    r"sessions?|speakers?|rooms?|tracks?|days?|added|removed|moved|changed|"
    r"back in the program|star followed|starred|busy block|about|cannot be reached|"
    r"refused|certificate|connection|timed out|unknown host|no network|user name|password|"
    r"calendar|events?|can be written|created|found)\b"
)


@pytest.mark.parametrize("language", catalogs.LANGUAGES)
def test_no_english_sentence_of_the_core_shows(
    qapp: QApplication, speaking: Callable[[str], None], language: str
) -> None:
    speaking(language)
    shown, english = core_texts_shown()
    text = "\n".join(shown)
    same = SAME_WORDS.get(language, set())
    left = [s for s in english if s in text and not set(re.findall(r"[a-z]+", s)) & same]
    assert left == []
    # Titles and rooms are the program's ("Talk A", "Hall 1"), the rest the language's.
    assert [word for word in ENGLISH_WORDS.findall(text) if word not in same] == []


# -- the dialogs the window opens (with its runner, its calendars, its actions) ----------
WINDOW_DIALOGS = (
    "about",
    "add a calendar",
    "auto-resolve",
    "busy block",
    "calendars",
    "export",
    "guide",
    "phone",
    "shortcuts",
    "time zone",
    "walking time",
)


def _window_dialogs(window: MainWindow) -> dict[str, Callable[[], QWidget]]:
    from planner.ui.dialogs.guide import GuideDialog
    from planner.ui.dialogs.shortcuts import ShortcutsDialog
    from tests.ui.test_accessible_names import _dialogs

    titles = {title: menu.title() for title, menu in window.menus.items()}
    made = _dialogs(window)

    def settled(make: Callable[[], QWidget]) -> Callable[[], QWidget]:
        def made_and_settled() -> QWidget:
            dialog = make()
            window.runner.settle()  # what it asks the core (a calendar's keyring note)
            QApplication.processEvents()
            return dialog

        return made_and_settled

    return {
        **{title: settled(make) for title, make in made.items()},
        "about": window.help.about_box,
        "guide": lambda: GuideDialog(window),
        "shortcuts": lambda: ShortcutsDialog(window.action_map, titles, window),
    }


def _window_dialog_texts(qtbot, tmp_path: Path, name: str) -> tuple[dict[str, set[str]], set[str]]:
    window: MainWindow = open_window(qtbot, AppPaths.resolve(tmp_path / name))
    try:
        window.resize(1280, 800)
        QApplication.processEvents()
        shown = {title: _dialog_texts(make) for title, make in _window_dialogs(window).items()}
        # Key names are Qt's: "Strg+F" where Qt translates them, "Ctrl+F" where it does not.
        keys = {
            sequence.toString(QKeySequence.SequenceFormat.PortableText)
            for action in window.action_map.values()
            for sequence in action.shortcuts()
        }
        # The calendar a new CalDAV calendar gets on the server when none is named: the
        # name the core gives it ("<conference> — my agenda"), shown as it will be.
        conference_id = window.store.conference_id
        assert conference_id is not None
        calendar = window.core.get().calendars.default_calendar_name(conference_id)
        return shown, program_texts(window) | keys | {calendar}
    finally:
        window.shutdown()


@pytest.mark.parametrize("language", catalogs.LANGUAGES)
def test_no_english_left_in_the_dialogs_of_the_window(
    qtbot, tmp_path: Path, speaking: Callable[[str], None], language: str
) -> None:
    """Every main dialog as the window opens it: the calendars and a new calendar's form,
    sharing to a phone, auto-resolve, walking time, a busy block, the export, the time
    zone, the guide and the keyboard shortcuts."""
    english, data = _window_dialog_texts(qtbot, tmp_path, "en")
    speaking(language)
    translated, _ = _window_dialog_texts(qtbot, tmp_path, language)
    assert sorted(translated) == list(WINDOW_DIALOGS)
    data |= zoneinfo.available_timezones()
    left = {
        title: english_left(translated[title], english[title], data, language)
        for title in WINDOW_DIALOGS
    }
    assert {title: texts for title, texts in left.items() if texts} == {}
    assert [title for title in WINDOW_DIALOGS if translated[title] == english[title]] == []
