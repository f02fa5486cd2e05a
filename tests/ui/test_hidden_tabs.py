"""A tab out of sight builds nothing (issue 18): the first paint does not wait for the
Speakers tree, nor an import's paint for it; the tree is built when its tab is shown, and
it shows what the window shows then."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.ui.roles import Role
from planner.ui.tabs import Tab

from .conftest import settle

if TYPE_CHECKING:
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
