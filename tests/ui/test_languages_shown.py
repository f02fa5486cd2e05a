"""The window in each language: no English text a person can see is left, beyond what
the program itself says (titles, rooms, names) and names that are the same everywhere."""

from __future__ import annotations

import re
import zoneinfo
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest

from PySide6.QtWidgets import QApplication, QWidget

from planner import APP_NAME
from planner.domain.agenda import Priority, SpeakerInfo, Star, Status, TalkInfo
from planner.domain.program import Link
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
    """Plural forms the translators wrote as English does (French "%n session"), as
    patterns of what they show ("1 session")."""
    english = {
        entry.message: entry.forms
        for entry in catalogs.read_catalog(catalogs.ts_path(catalogs.SOURCE_LANGUAGE))
    }
    patterns = []
    for entry in catalogs.read_catalog(catalogs.ts_path(language)):
        shared = set(entry.forms) & set(english.get(entry.message, ()))
        for form in shared:
            number = re.escape(clean(form)).replace("%n", r"[\d.,\s]+")
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
