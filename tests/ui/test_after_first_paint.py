"""What the first paint shows none of is set up just after it (`MainWindow._after_first_paint`):
the actions' icons and the search field's clear button. Each asks the desktop's icon theme,
whose first answer reads the theme's whole index; the notice banner asks for its picture only
when there is a notice to show (the bundled program has one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from planner.paths import AppPaths
from planner.ui.actions import SPECS, ActionId
from tests.ui.conftest import close_window

if TYPE_CHECKING:
    from pathlib import Path


def _iconed(window) -> dict[ActionId, bool]:
    return {
        action_id: not window.action_map[action_id].icon().isNull()
        for action_id, spec in SPECS.items()
        if spec.icon is not None
    }


def _clear_button(window) -> QAction | None:
    return window.filter_bar.search.findChild(QAction, "_q_qlineeditclearaction")


def test_icons_and_the_clear_button_come_just_after_the_first_paint(qtbot, tmp_path: Path) -> None:
    from planner.ui.app import open_main_window

    window, _quick = open_main_window(AppPaths.resolve(tmp_path / "data"))
    qtbot.addWidget(window)
    try:
        assert _iconed(window)
        assert not any(_iconed(window).values())
        assert _clear_button(window) is None
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: all(_iconed(window).values()))
        clear = _clear_button(window)
        assert clear is not None
        assert clear.text() == "Clear search"
        assert window.action_map[ActionId.IMPORT].isIconVisibleInMenu() is False
    finally:
        close_window(window)


def test_the_banner_draws_its_picture_for_its_first_notice(qtbot) -> None:
    from planner.ui.widgets.notice_banner import NoticeBanner

    banner = NoticeBanner()
    qtbot.addWidget(banner)
    banner.set_notice("")
    assert banner.icon.pixmap().isNull()
    assert banner.isHidden()
    banner.set_notice("Times are illustrative")
    assert not banner.icon.pixmap().isNull()
    assert not banner.isHidden()
    banner.set_notice("")
    assert banner.isHidden()
