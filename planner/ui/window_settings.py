"""What the window remembers between runs (`planner.ini`), saved and read back.

The file is the user's to edit and can be damaged (a crash, a sync tool, a hand edit):
`view=abc`, `zoom=nan`, `minutes=99999999999999999999` or `zoom=1e308` once crashed the
window at every start. Every value read back is checked and, when it is not one the
window can use, replaced by its default - a damaged setting costs the user that one
setting, never the app. The saved geometry is fitted into the screen as it is now (a
window saved on a larger or a disconnected monitor opens whole and visible).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, Qt, QTimer

from planner.ui.actions import APPEARANCES, REMINDER_LEADS, ActionId
from planner.ui.models.session_table import TableColumn
from planner.ui.tabs import Tab
from planner.ui.widgets.timetable import MAX_ZOOM, MIN_ZOOM

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from planner.ui.mainwindow import MainWindow

DEFAULT_REMINDER_MINUTES = 10
# A List column the user narrowed to a sliver, or widened across two screens, is still
# theirs; a width beyond these is a damaged setting.
LEAST_COLUMN_WIDTH = 8
MOST_COLUMN_WIDTH = 10_000
MOST_KEY_LENGTH = 1000  # a session key (`planner.domain.keys`) is far shorter
FRAME_WAIT_MS = 5000  # how long a window manager may take to frame the window
MAX_REMINDER_MINUTES = 24 * 60


def read_int(settings: QSettings, name: str, default: int, lowest: int, highest: int) -> int:
    """The whole number stored under `name` if it lies in [lowest, highest], else `default`."""
    try:
        value = int(str(settings.value(name, default)).strip())
    except ValueError:
        return default
    return value if lowest <= value <= highest else default


def read_float(
    settings: QSettings, name: str, default: float, lowest: float, highest: float
) -> float:
    """The finite number stored under `name` if it lies in [lowest, highest], else `default`."""
    try:
        value = float(str(settings.value(name, default)).strip())
    except ValueError:
        return default
    return value if math.isfinite(value) and lowest <= value <= highest else default


def read_bool(settings: QSettings, name: str, default: bool) -> bool:
    text = str(settings.value(name, "true" if default else "false")).strip().lower()
    if text in ("true", "1", "yes", "on"):
        return True
    if text in ("false", "0", "no", "off"):
        return False
    return default


def read_bytes(settings: QSettings, name: str) -> QByteArray | None:
    value = settings.value(name)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def fit_into(frame: QRect, available: QRect) -> QRect:
    """`frame` moved and, if need be, shrunk so that it lies wholly inside `available`."""
    width = min(frame.width(), available.width())
    height = min(frame.height(), available.height())
    left = min(max(frame.left(), available.left()), available.right() + 1 - width)
    top = min(max(frame.top(), available.top()), available.bottom() + 1 - height)
    return QRect(left, top, width, height)


def fit_to_screen(window: QWidget) -> None:
    """Keep the whole window on the screen it is on (or the primary one).

    On X11 the window manager adds its frame (title bar, borders) only after the window
    is shown: until then the frame looks as large as the window, and a 1024×640 window on
    a 1024×640 screen seems to fit while its title bar pushes the status bar off the
    bottom. So it is fitted again once the frame is known (`_FitWhenFramed`)."""
    frame = window.frameGeometry()
    if window.isWindow() and frame.size() == window.size() and window.isVisible():
        _FitWhenFramed.watch(window)
    _fit(window, frame)


def _fit(window: QWidget, frame: QRect) -> None:
    available = window.screen().availableGeometry()
    decoration_width = frame.width() - window.width()
    decoration_height = frame.height() - window.height()
    fitted = fit_into(frame, available)
    if fitted.size() != frame.size():
        window.resize(
            max(1, fitted.width() - decoration_width), max(1, fitted.height() - decoration_height)
        )
    if fitted.topLeft() != frame.topLeft():
        window.move(fitted.topLeft())


class _FitWhenFramed(QObject):
    """Fits `window` into its screen again when the window manager has framed it (the
    first move or resize with a frame larger than the window), then goes; gives up after
    a few seconds (a frameless window, a platform without decorations)."""

    # Marks a window watched. Not `findChild`: PySide finds a child of a Python class by
    # making a Python object of each of the window's hundreds of descendants (~27 M
    # instructions at the first show).
    _WATCHED = "planner_fit_when_framed"

    @classmethod
    def watch(cls, window: QWidget) -> None:
        if not window.property(cls._WATCHED):
            cls(window)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        window.setProperty(self._WATCHED, True)
        window.installEventFilter(self)
        QTimer.singleShot(FRAME_WAIT_MS, self, self._done)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kinds = (QEvent.Type.Move, QEvent.Type.Resize)
        if watched is self._window and event.type() in kinds:
            window = self._window
            if window.frameGeometry().size() != window.size():
                self._done()
                QTimer.singleShot(0, window, lambda: _fit(window, window.frameGeometry()))
        return False

    def _done(self) -> None:
        self._window.removeEventFilter(self)
        self._window.setProperty(self._WATCHED, False)
        self.setParent(None)
        self.deleteLater()


def restore(window: MainWindow) -> None:
    settings = window.settings
    geometry = read_bytes(settings, "window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)  # False (and nothing changed) for a damaged one
    state = read_bytes(settings, "window/state")
    if state is not None:
        window.restoreState(state)
    splitter = read_bytes(settings, "window/splitter")
    if splitter is not None:
        window.splitter.restoreState(splitter)
    fit_to_screen(window)
    window.tabs.setCurrentIndex(read_int(settings, "window/view", Tab.PROGRAM, 0, len(Tab) - 1))
    window.timetable.set_zoom(read_float(settings, "timetable/zoom", 1.0, MIN_ZOOM, MAX_ZOOM))
    enabled = read_bool(settings, "reminders/enabled", True)
    minutes = read_int(
        settings, "reminders/minutes", DEFAULT_REMINDER_MINUTES, 0, MAX_REMINDER_MINUTES
    )
    window.reminders.enabled = enabled
    window.reminders.minutes = minutes
    window.action_map[ActionId.REMINDERS].setChecked(enabled)
    if minutes in REMINDER_LEADS:
        window.action_map[REMINDER_LEADS[minutes]].setChecked(True)
    window.action_map[APPEARANCES[window.appearance.choice]].setChecked(True)
    legend = read_bool(settings, "window/legend", True)
    window.action_map[ActionId.LEGEND].setChecked(legend)
    window.legend.setVisible(legend)
    restore_list(window)
    conference_id = read_int(settings, "window/session_conference", 0, 1, 2**63 - 1)
    key = str(settings.value("window/session", "") or "")
    if conference_id and 0 < len(key) <= MOST_KEY_LENGTH:
        window.shown.restore_session(conference_id, key)


def restore_list(window: MainWindow) -> None:
    """The List's sort and column widths as the user left them. Its search and filters
    start cleared: a list that opens narrowed looks like a program with sessions missing,
    and the filter bar is the place to narrow it again."""
    settings, table = window.settings, window.table
    column = read_int(settings, "list/sort_column", TableColumn.DAY, 0, len(TableColumn) - 1)
    descending = read_bool(settings, "list/sort_descending", False)
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    table.sortByColumn(column, order)
    widths: dict[int, int] = {}
    kept = str(settings.value("list/column_widths", "") or "")
    for table_column, width in zip(TableColumn, kept.split(), strict=False):
        try:
            value = int(width.strip())
        except ValueError:
            continue  # that column's default width
        if LEAST_COLUMN_WIDTH <= value <= MOST_COLUMN_WIDTH:
            widths[table_column] = value
    table.columns.prefer(widths)


def save_list(window: MainWindow) -> None:
    settings, table = window.settings, window.table
    header = table.horizontalHeader()
    settings.setValue("list/sort_column", header.sortIndicatorSection())
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    settings.setValue("list/sort_descending", "true" if descending else "false")
    preferred = table.columns.preferred
    # In the columns' order, up to the last one with a preferred width (the last column,
    # Speakers, takes the rest of the view).
    widths = [preferred.get(column) for column in TableColumn]
    while widths and widths[-1] is None:
        widths.pop()
    # Spaced (a list in the file is its own syntax); "-" for a column left at its default.
    settings.setValue("list/column_widths", " ".join("-" if w is None else str(w) for w in widths))


def save(window: MainWindow) -> None:
    settings = window.settings
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    settings.setValue("window/splitter", window.splitter.saveState())
    settings.setValue("window/view", window.tabs.currentIndex())
    settings.setValue("timetable/zoom", window.timetable.zoom)
    settings.setValue("reminders/enabled", "true" if window.reminders.enabled else "false")
    settings.setValue("reminders/minutes", window.reminders.minutes)
    settings.setValue("window/legend", "true" if window.legend.isVisibleTo(window) else "false")
    save_list(window)
    conference_id = window.store.conference_id
    settings.setValue("window/session_conference", conference_id or 0)
    settings.setValue("window/session", window.selection.key if conference_id else "")
    settings.sync()
