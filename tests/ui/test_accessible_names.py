"""Every control a person can reach has a name a screen reader can say - in the main
window (each view shown in turn) and in the main dialogs - read through Qt's own
accessibility interfaces, as the AT-SPI bridge reads them (test_atspi.py reads the real
tree of the main window over D-Bus; this covers the dialogs too, in the test process).
And the control with the keyboard focus is visibly marked, in the light and the dark
palette."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from planner.domain.conflicts import ConflictSettings
from planner.domain.resolution import auto_resolve
from planner.ui.appearance import Appearance
from planner.ui.dialogs.calendars import CalendarsDialog, TargetDialog
from planner.ui.dialogs.export import CalendarExportDialog
from planner.ui.dialogs.phone import PhoneShareDialog
from planner.ui.dialogs.resolve import AutoResolvePreview, BusyBlockDialog, ConflictSettingsDialog
from planner.ui.dialogs.timezone import TimeZoneDialog
from planner.ui.focus_ring import RING_WIDTH, FocusRing
from planner.ui.look import AA_GRAPHIC, contrast
from planner.ui.tabs import Tab
from planner.ui.widgets.timetable import TimetableView

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from planner.ui.mainwindow import MainWindow

INTERACTIVE = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QAbstractItemView,
    QTabBar,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSlider,
    TimetableView,
)


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _describe(widget: QWidget) -> str:
    parent = widget.parentWidget()
    where = f"{type(parent).__name__}:{accessible_name(parent)}" if parent is not None else ""
    return f"{type(widget).__name__} {widget.objectName()!r} in {where}"


def unnamed(top: QWidget) -> list[str]:
    """The visible, enabled-or-not interactive controls of `top` that have no name."""
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QScrollBar):
            continue
        if not widget.isVisibleTo(top) or widget.window() is not top:
            continue  # a combo box's pop-up, a hidden page
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the line edit inside a combo or spin box: that one is named
        if isinstance(widget, QHeaderView):
            continue  # a view's header: its sections are named by their titles
        if not accessible_name(widget):
            found.append(_describe(widget))
    return sorted(found)


def test_every_control_of_the_main_window_has_a_name(window: MainWindow) -> None:
    window.resize(1280, 800)
    missing: set[str] = set()
    for tab in Tab:
        window.show_tab(tab)
        QApplication.processEvents()
        missing.update(unnamed(window))
    assert sorted(missing) == []


def _dialogs(window: MainWindow) -> dict[str, Callable[[], QWidget]]:
    conference_id = window.store.conference_id
    assert conference_id is not None
    return {
        "export": lambda: CalendarExportDialog(window),
        "time zone": lambda: TimeZoneDialog("schedule.json", window),
        "walking time": lambda: ConflictSettingsDialog(ConflictSettings(), window),
        "busy block": lambda: BusyBlockDialog(
            ZoneInfo("Europe/London"), datetime(2019, 5, 13, 12, tzinfo=UTC), window
        ),
        "auto-resolve": lambda: AutoResolvePreview(
            auto_resolve([], [], ConflictSettings()), window
        ),
        "phone": lambda: PhoneShareDialog(
            window.runner, conference_id, window.ask_save_path, "kafka", window
        ),
        "calendars": lambda: CalendarsDialog(
            window.calendars.sync, window.runner, lambda: conference_id, window
        ),
        "add a calendar": lambda: TargetDialog(window.runner, conference_id, None, window),
    }


DIALOGS = (
    "export",
    "time zone",
    "walking time",
    "busy block",
    "auto-resolve",
    "phone",
    "calendars",
    "add a calendar",
)


@contextlib.contextmanager
def _shown(window: MainWindow, make: Callable[[], QWidget]) -> Iterator[QWidget]:
    """A dialog shown, its background work (a keyring check, a link) settled."""
    dialog = make()
    try:
        dialog.show()
        QApplication.processEvents()
        window.runner.settle()
        QApplication.processEvents()
        yield dialog
    finally:
        dialog.close()
        dialog.deleteLater()


def _export_dialog_with_field(window: MainWindow, name: str, description: str) -> QWidget:
    """The export dialog with one more field, `field`, named and described as given."""
    dialog = CalendarExportDialog(window)
    field = QLineEdit(dialog)
    field.setObjectName("field")
    field.setAccessibleName(name)
    field.setAccessibleDescription(description)
    layout = dialog.layout()
    assert layout is not None
    layout.addWidget(field)
    return dialog


@pytest.mark.parametrize("name", DIALOGS)
def test_every_control_of_the_dialogs_has_a_name(window: MainWindow, name: str) -> None:
    with _shown(window, _dialogs(window)[name]) as dialog:
        assert unnamed(dialog) == []


def test_the_check_finds_an_unnamed_control(window: MainWindow) -> None:
    with _shown(window, lambda: _export_dialog_with_field(window, "", "")) as dialog:
        assert [line for line in unnamed(dialog) if "'field'" in line]


# -- descriptions ------------------------------------------------------------------------
# Controls whose name says all they do (a dialog's standard buttons, a plain field).
SELF_EXPLANATORY = {"OK", "Cancel", "Close", "User name:"}


def accessible_description(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Description).strip() if interface is not None else ""


def undescribed(top: QWidget) -> list[str]:
    """The named controls of `top` (as `unnamed` finds them) that say no more than their
    name: no description, or one that only repeats the name or is a symbol ("−")."""
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, (QScrollBar, QHeaderView)):
            continue
        if not widget.isVisibleTo(top) or widget.window() is not top:
            continue
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue
        if isinstance(widget, QTabBar):  # its tabs are described, by their tips
            found += [
                f"{_describe(widget)} tab {widget.tabText(index)!r}"
                for index in range(widget.count())
                if len(widget.tabToolTip(index).strip()) < 8
            ]
            continue
        name, description = accessible_name(widget), accessible_description(widget)
        if name in SELF_EXPLANATORY:
            continue
        if len(description) < 8 or description.casefold() == name.casefold():
            found.append(f"{_describe(widget)} {name!r}: {description!r}")
    return sorted(found)


def test_every_control_of_the_main_window_says_what_it_does(window: MainWindow) -> None:
    window.resize(1280, 800)
    missing: set[str] = set()
    for tab in Tab:
        window.show_tab(tab)
        QApplication.processEvents()
        missing.update(undescribed(window))
    assert sorted(missing) == []


@pytest.mark.parametrize("name", DIALOGS)
def test_every_control_of_the_dialogs_says_what_it_does(window: MainWindow, name: str) -> None:
    with _shown(window, _dialogs(window)[name]) as dialog:
        assert undescribed(dialog) == []


def test_the_check_finds_a_control_that_only_repeats_its_name(window: MainWindow) -> None:
    with _shown(
        window, lambda: _export_dialog_with_field(window, "Bare field", "bare field")
    ) as dialog:
        assert [line for line in undescribed(dialog) if "'field'" in line]


# -- a visible focus ---------------------------------------------------------------------
def _ring(image: QImage) -> list[tuple[int, int]]:
    """The pixels of a control's outer edge, RING_WIDTH deep: where the focus ring is."""
    width, height = image.width(), image.height()
    return [
        (x, y)
        for y in range(height)
        for x in range(width)
        if min(x, y, width - 1 - x, height - 1 - y) < RING_WIDTH
    ]


def _ring_contrast(unfocused: QImage, focused: QImage, palette: QPalette) -> float:
    """The focus ring's weakest contrast (WCAG 2.2's focus appearance, 2.4.13, and non-text
    contrast, 1.4.11): each ring pixel against the pixel it replaces, and the ring's colour
    against the window around the control and the fills beside it."""
    weakest = min(
        contrast(QColor(focused.pixel(x, y)), QColor(unfocused.pixel(x, y)))
        for x, y in _ring(focused)
    )
    ring = QColor(focused.pixel(0, 0))
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Button, QPalette.ColorRole.Base):
        weakest = min(weakest, contrast(ring, palette.color(role)))
    return weakest


def _focus_controls(window: MainWindow) -> dict[str, QWidget]:
    return {
        "search field": window.filter_bar.search,
        "whole-words check box": window.filter_bar.whole_words,
        "day filter": window.filter_bar.day,
        "clear button": window.filter_bar.clear,
        "session list": window.table,
        "star button": window.details.star_button,
    }


@pytest.mark.parametrize("scheme", [Appearance.LIGHT, Appearance.DARK])
def test_the_focused_control_is_visibly_marked(
    window: MainWindow, qtbot, scheme: Appearance
) -> None:
    window.resize(1280, 800)
    window.appearance.set_choice(scheme)
    window.show_tab(Tab.LIST)  # the filter bar shows over the List
    window.activateWindow()
    QApplication.processEvents()
    window.table.setCurrentIndex(window.table.model().index(0, 1))  # the details' controls
    QApplication.processEvents()
    weak = {}
    for name, control in _focus_controls(window).items():
        window.tabs.setFocus()
        qtbot.keyClick(window.tabs, Qt.Key.Key_Tab)  # focus by keyboard: Qt marks it
        if control.hasFocus():
            qtbot.keyClick(control, Qt.Key.Key_Tab)  # the next one, to see it without
        QApplication.processEvents()
        assert not control.hasFocus()
        unfocused = control.grab().toImage()
        for _ in range(80):  # Tab along the focus chain to the control, as a person would
            if control.hasFocus():
                break
            qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        assert control.hasFocus(), name
        focused = control.grab().toImage()
        # WCAG 2.2: the focus ring stands out at 3:1 against what it replaces and what is
        # next to it, all the way round the control (our own ring: planner.ui.focus_ring).
        measured = _ring_contrast(unfocused, focused, control.palette())
        if measured < AA_GRAPHIC:
            weak[name] = round(measured, 2)
    assert weak == {}


def test_the_ring_outlives_the_control_it_frames(window: MainWindow, qtbot) -> None:
    """A focused control deleted with its dialog, at once, leaves the ring working: it
    frames the next control that takes the focus."""
    dialog = CalendarExportDialog(window)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.plan_b.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(dialog.plan_b.hasFocus)
    [ring] = dialog.plan_b.findChildren(FocusRing)
    assert ring.isVisible()
    shiboken6.delete(dialog)  # at once, still shown, the check box still focused
    assert not shiboken6.isValid(dialog)
    window.show_tab(Tab.LIST)  # where the search field shows
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.filter_bar.search.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: bool(window.filter_bar.search.findChildren(FocusRing)))
    [ring] = window.filter_bar.search.findChildren(FocusRing)
    assert ring.isVisible()
