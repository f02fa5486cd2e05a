"""A tab out of sight builds nothing (issue 18): the first paint does not wait for the
Speakers tree, nor an import's paint for it; the tree is built when its tab is shown, and
it shows what the window shows then."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.paths import AppPaths
from planner.ui.actions import ActionId
from planner.ui.models import session_table
from planner.ui.models.session_table import search_texts
from planner.ui.roles import Role
from planner.ui.tabs import Tab

from .conftest import close_window, open_window, settle

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    import pytest

    from planner.domain.agenda import TalkInfo
    from planner.ui.mainwindow import MainWindow

DATABASE = "ksl19-is-kafka-a-database"


def _speakers(window: MainWindow) -> int:
    return len({speaker.id for talk in window.store.talks for speaker in talk.speakers})


def _resets(window: MainWindow) -> list[int]:
    """The Speakers tree's row count at each of its resets from now on."""
    model, seen = window.speakers_model, []
    model.modelReset.connect(lambda: seen.append(model.rowCount()))
    return seen


def test_a_hidden_speakers_tab_is_built_when_first_shown(window: MainWindow) -> None:
    assert window.current_tab() is Tab.PROGRAM
    assert _speakers(window) > 10  # the bundled program is shown...
    assert window.speakers_model.rowCount() == 0  # ...and the Speakers tree not built for it
    resets = _resets(window)
    window.show_tab(Tab.SPEAKERS)
    assert resets == [_speakers(window)]
    window.show_tab(Tab.PROGRAM)
    window.show_tab(Tab.SPEAKERS)  # nothing changed meanwhile: not built again
    assert resets == [_speakers(window)]


def test_the_session_shown_is_current_in_speakers_when_it_is_first_shown(
    window: MainWindow,
) -> None:
    window.select_key(DATABASE)
    window.show_tab(Tab.SPEAKERS)
    assert window.speakers_view.currentIndex().data(Role.KEY) == DATABASE
    assert window.details.talk is not None
    assert window.details.talk.key == DATABASE


def test_a_star_while_hidden_changes_its_rows_in_place(window: MainWindow) -> None:
    window.show_tab(Tab.SPEAKERS)
    window.show_tab(Tab.PROGRAM)
    resets = _resets(window)
    window.select_key(DATABASE)
    window.toggle_current_star()
    settle(window)
    window.show_tab(Tab.SPEAKERS)
    assert resets == []  # a star is not a new view: nothing to build again
    index = window.speakers_model.index_of_key(DATABASE)
    assert index.data(Role.PRIORITY) is not None


def test_a_new_view_while_hidden_is_built_only_when_shown(window: MainWindow) -> None:
    window.show_tab(Tab.SPEAKERS)
    window.show_tab(Tab.PROGRAM)
    resets = _resets(window)
    window.show_view(window.core.get().catalog.view())  # as after an import, say
    assert resets == []
    window.show_tab(Tab.SPEAKERS)
    assert resets == [_speakers(window)]


def _search(window: MainWindow, text: str) -> set[str]:
    window.filter_bar.search.setText(text)
    window.filter_bar.flush()
    proxy = window.table_proxy
    return {proxy.index(row, 0).data(Role.KEY) for row in range(proxy.rowCount())}


def test_the_search_text_is_made_when_first_searched_not_before_the_first_paint(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The List's search text (every session's words, abstracts and descriptions
    lower-cased: 43 M instructions for FOSDEM) was made at every start, before the first
    paint, for a tab out of sight; it is made by the first search, which finds what it
    found before, and made again only for a new program (not for another zone shown)."""
    made: list[int] = []

    def counted(talks: Sequence[TalkInfo]) -> list[str]:
        made.append(len(talks))
        return search_texts(talks)

    monkeypatch.setattr(session_table, "search_texts", counted)
    window = open_window(qtbot, AppPaths.resolve(tmp_path / "data"))
    try:
        sessions = len(window.store.talks)
        assert made == []  # opened, painted, the core open: no search text yet
        window.show_tab(Tab.LIST)
        assert made == []  # showing the List does not need it either
        assert len(_search(window, "rebalance")) == 3  # abstracts are searched
        assert _search(window, "matthias sax") == {
            talk.key
            for talk in window.store.talks
            if any({"matthias", "sax"} <= set(n.casefold().split()) for n in talk.speaker_names)
        }
        assert made == [sessions]  # made once, for the first search
        window.action_map[ActionId.TIMES_LOCAL_ZONE].trigger()  # times in another zone
        assert len(_search(window, "rebalance")) == 3
        assert made == [sessions]  # the same program: the same text
        _search(window, "")
        window.show_view(window.core.get().catalog.view())  # a new view, as after an import
        assert made == [sessions]  # (with a search typed, the List would search it at once)
        assert len(_search(window, "rebalance")) == 3
        assert made == [sessions, sessions]
    finally:
        close_window(window)


def test_a_search_made_while_the_list_is_hidden_fades_the_timetable_and_counts(
    window: MainWindow,
) -> None:
    window.show_tab(Tab.TIMETABLE)
    keys = _search(window, "kafka streams")
    assert keys
    assert len(keys) < len(window.store.talks)
    assert window.timetable.visible_keys == keys
    message = window.statusBar().currentMessage()
    assert message.startswith(f"{len(keys)} of {len(window.store.talks)}")
