"""View ▸ Appearance (issue 17, item 7): system, light or dark, remembered; in dark, the
window's colours read (WCAG AA) and disabled controls look disabled; the platform's style
is kept unless the user's choice needs another."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QPalette

from planner.paths import AppPaths
from planner.tools.screenshots import NEXTCLOUD, ORG_MODE
from planner.ui.actions import ActionId
from planner.ui.appearance import Appearance, AppearanceSetting
from planner.ui.look import AA_TEXT, Look, contrast, luminance
from planner.ui.tabs import Tab

from .conftest import open_window, settle

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from planner.ui.mainwindow import MainWindow


@pytest.fixture(autouse=True)
def _restore_the_look(qapp) -> Iterator[None]:
    """The palette and style are the application's: put them back for the next test."""
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setProperty("planner_platform_style", None)


def is_dark(app: QApplication) -> bool:
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def test_appearance_is_chosen_in_the_view_menu_and_remembered(
    qtbot, qapp, tmp_path: Path, window: MainWindow
) -> None:
    names = {
        action.text() for action in window.findChildren(type(window.action_map[ActionId.LEGEND]))
    }
    assert {"Like the &System", "&Light", "&Dark"} <= names
    assert window.action_map[ActionId.APPEARANCE_SYSTEM].isChecked()
    window.action_map[ActionId.APPEARANCE_DARK].trigger()
    assert is_dark(qapp)
    assert window.action_map[ActionId.APPEARANCE_DARK].isChecked()
    window.save_settings()
    window.shutdown()
    window.close()
    qapp.setPalette(QPalette())  # as a new start would find it
    again = open_window(qtbot, AppPaths.resolve(tmp_path / "data"))
    try:
        assert is_dark(qapp)
        assert again.action_map[ActionId.APPEARANCE_DARK].isChecked()
        again.action_map[ActionId.APPEARANCE_LIGHT].trigger()
        assert not is_dark(qapp)
    finally:
        again.shutdown()


def text_contrast(widget) -> float:
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    ground = image.pixelColor(4, image.height() // 2)
    return max(
        contrast(image.pixelColor(x, y), ground)
        for x in range(8, image.width() - 24)
        for y in range(4, image.height() - 4)
    )


def test_in_dark_disabled_controls_look_disabled(fosdem: MainWindow, qapp) -> None:
    """In dark mode "Attend" and "Any language" were disabled but looked enabled."""
    fosdem.action_map[ActionId.APPEARANCE_DARK].trigger()
    status = fosdem.details.status  # "Attend": enabled only for a starred session
    fosdem.select_key(ORG_MODE)  # starred
    settle(fosdem)
    assert status.isEnabled()
    enabled = text_contrast(status)
    fosdem.select_key(fosdem.store.talks[0].key)  # not starred
    settle(fosdem)
    assert not status.isEnabled()
    assert text_contrast(status) < enabled / 2
    language = fosdem.filter_bar.language  # FOSDEM has one language: nothing to filter
    fosdem.show_tab(Tab.LIST)
    assert not language.isEnabled()
    assert text_contrast(language) < enabled / 2


def test_in_dark_my_agenda_and_the_timetable_use_dark_colours(fosdem: MainWindow, qapp) -> None:
    fosdem.action_map[ActionId.APPEARANCE_DARK].trigger()
    qapp.processEvents()  # the widgets take the new palette
    fosdem.show_tab(Tab.AGENDA)
    look = Look.current()
    assert look.dark
    model = fosdem.agenda_model
    stack = [model.index(row, 0) for row in range(model.rowCount())]
    seen = 0
    while stack:
        index = stack.pop()
        for column in (0, 1):
            colour = model.index(index.row(), column, index.parent()).data(
                Qt.ItemDataRole.ForegroundRole
            )
            if colour is not None:
                seen += 1
                for ground in (look.base, look.alternate):
                    assert contrast(colour, ground) >= AA_TEXT, index.data()
        stack.extend(model.index(row, 0, index) for row in range(model.rowCount(index)))
    assert seen > 10  # clashes, plan B, free time, suggestions, busy
    timetable = fosdem.timetable
    fosdem.show_tab(Tab.TIMETABLE)
    unstarred = next(b for b in timetable.blocks if b.talk.star is None and b.rect.height() > 30)
    timetable.ensure_visible(unstarred.rect)
    offset = QPoint(timetable.horizontalScrollBar().value(), timetable.verticalScrollBar().value())
    timetable.viewport().repaint()
    picture = timetable.viewport().grab(unstarred.rect.translated(-offset)).toImage()
    fill = picture.pixelColor(picture.width() // 2, picture.height() - 3)
    assert luminance(fill) < 0.2  # a deep tint, not the light pastel of the light palette
    assert fosdem.store.talk(NEXTCLOUD) is not None


def test_the_platform_style_is_kept(qapp, tmp_path: Path) -> None:
    """No forced Fusion: the desktop's style (here "Windows", as QT_STYLE_OVERRIDE would
    pick it) stays, in every appearance that it can draw."""
    code = "from planner.ui.app import application; print(application().style().name())"
    environment = {**os.environ, "QT_STYLE_OVERRIDE": "windows", "QT_QPA_PLATFORM": "offscreen"}
    found = subprocess.run(
        [sys.executable, "-c", code], env=environment, capture_output=True, text=True, check=True
    )
    assert found.stdout.strip().lower() == "windows"
    qapp.setStyle("Windows")
    # As a start finds it: no platform style remembered by a window an earlier test of
    # this worker opened (it passed or failed by the order the tests ran in).
    qapp.setProperty("planner_platform_style", None)
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "planner.ini"), QSettings.Format.IniFormat)
    setting = AppearanceSetting(qapp, settings)
    for choice in Appearance:
        setting.set_choice(choice)
        assert qapp.style().name().lower() == "windows", choice
    assert settings.value("appearance/scheme") == "dark"  # the last one chosen
