"""Issue 17, defects found by review: Attend This enabled with nothing to attend, the
current row left below the fold when the window gets smaller, and the colleague-open
dialog hiding the phone apps' favourites files."""

from __future__ import annotations

import fnmatch
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from planner.tools.screenshots import INCUS
from planner.ui.actions import ActionId
from planner.ui.catalogs import LANGUAGES, read_catalog, source_dir
from planner.ui.models.agenda_model import EntryKind
from planner.ui.tabs import Tab

from .conftest import settle

if TYPE_CHECKING:
    import pytest

    from PySide6.QtCore import QModelIndex

    from planner.ui.mainwindow import MainWindow

FAVOURITES = Path(__file__).parents[1] / "data" / "favourites"


def _first_rows(window: MainWindow) -> dict[EntryKind, QModelIndex]:
    """My Agenda's first row of each kind."""
    model = window.agenda_model
    found: dict[EntryKind, QModelIndex] = {}
    for entry in model.nodes():
        found.setdefault(entry.kind, model.index_of(entry))
    return found


def test_attend_this_is_disabled_in_an_empty_agenda(window: MainWindow) -> None:
    window.show_tab(Tab.AGENDA)
    QApplication.processEvents()
    assert window.store.talks
    assert not any(talk.star for talk in window.store.talks)
    assert not window.agenda_view.currentIndex().isValid()
    assert not window.action_map[ActionId.ATTEND].isEnabled()
    assert not window.attend_button.isEnabled()
    assert not window.action_map[ActionId.REMOVE_BUSY].isEnabled()
    assert window.action_map[ActionId.AUTO_RESOLVE].isEnabled()  # it says what it finds


def test_attend_and_remove_follow_the_current_row(fosdem: MainWindow) -> None:
    window = fosdem
    window.show_tab(Tab.AGENDA)
    QApplication.processEvents()
    attend, remove = window.action_map[ActionId.ATTEND], window.action_map[ActionId.REMOVE_BUSY]
    rows = _first_rows(window)
    window.agenda_view.setCurrentIndex(rows[EntryKind.CLASH_MEMBER])
    assert attend.isEnabled()
    assert not remove.isEnabled()
    window.agenda_view.setCurrentIndex(rows[EntryKind.BUSY])
    assert remove.isEnabled()
    assert not attend.isEnabled()
    window.agenda_view.setCurrentIndex(window.agenda_model.index(0, 0))  # a day's row
    assert not attend.isEnabled()
    assert not remove.isEnabled()
    window.agenda_view.setCurrentIndex(rows[EntryKind.CLASH_MEMBER])
    for talk in list(window.store.talks):  # the agenda emptied: nothing current is left
        if talk.star is not None:
            window.controller.toggle_star(talk)
            settle(window)
    QApplication.processEvents()
    assert not attend.isEnabled()


def test_the_current_row_stays_in_sight_when_the_window_gets_smaller(fosdem: MainWindow) -> None:
    window = fosdem
    window.resize(1600, 1000)
    QApplication.processEvents()
    window.select_key(INCUS)
    QApplication.processEvents()
    view = window.view
    current = view.currentIndex()
    assert window.model.data(current, 0) is not None
    assert view.viewport().rect().contains(view.visualRect(current))
    window.resize(1024, 640)
    QApplication.processEvents()
    QApplication.processEvents()
    assert view.viewport().rect().contains(view.visualRect(current))
    # A row the user scrolled away from stays out of sight: only the view is kept.
    view.scrollToTop()
    QApplication.processEvents()
    assert not view.viewport().rect().intersects(view.visualRect(current))
    window.resize(1000, 620)
    QApplication.processEvents()
    QApplication.processEvents()
    assert not view.viewport().rect().intersects(view.visualRect(current))


def _patterns(filter_text: str) -> list[str]:
    first = filter_text.split(";;")[0]
    return re.findall(r"\*\.[\w.-]+", first)


def test_the_colleague_dialog_offers_the_phone_apps_favourites(
    fosdem: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = fosdem
    asked: list[str] = []

    def ask(_title: str, filter_text: str) -> Path:
        asked.append(filter_text)
        return FAVOURITES / "fosdem-pwa-bookmarks_2025.csv"

    monkeypatch.setattr(window, "ask_open_path", ask)
    before = len(window.store.overlays)
    window.colleagues.open_agenda()
    settle(window)
    [filter_text] = asked
    patterns = _patterns(filter_text)
    files = [p for p in FAVOURITES.iterdir() if p.suffix not in (".license", ".md")]
    assert {p.suffix for p in files} == {".ics", ".csv", ".json"}
    for path in [*files, Path("dana.planner-agenda")]:
        assert any(fnmatch.fnmatch(path.name, pattern) for pattern in patterns), path.name
    assert len(window.store.overlays) == before + 1  # the one chosen was read


def test_every_translated_file_filter_keeps_its_patterns() -> None:
    """A file filter's patterns are the same in every language (else the dialog shows
    no files in that language)."""
    checked = 0
    for language in LANGUAGES:
        for entry in read_catalog(source_dir() / f"planner_{language}.ts"):
            wanted = re.findall(r"\(\*[^)]*\)", entry.message.source)
            if not wanted:
                continue
            for form in entry.forms:
                assert re.findall(r"\(\*[^)]*\)", form) == wanted, (language, form)
                checked += 1
    assert checked >= len(LANGUAGES)
