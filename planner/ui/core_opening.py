"""Opening the core when the window first needs it, not at every start (issue 18).

A window painted from the database as it is (the quick-start snapshot, or a read-only
read of it) shows, searches, filters and follows other processes' writes without the
core: those are reads, served by the standard library's sqlite3 as the start-up serves
them (`CoreHandle.reading`). The core - SQLAlchemy, the ORM and the schema: ~28 MiB and
~1,500 M instructions - is opened on a worker thread when the window first needs it:

- an operation that writes (a star, a note, an import, a sync, a setting stored in the
  database) asks for it (`OperationRunner.needsCore`); it waits on its worker until the
  core is open, with a busy cursor meanwhile, and then runs: nothing is lost;
- the first key or mouse button pressed in one of the app's windows is taken as the hint
  that the user is about to act, and opening starts then (mouse motion alone does not
  count, and no timer does);
- calendars to keep in sync (the core syncs them) open it right after the first paint.

`opened` is emitted on the GUI thread once the core is open, however it was opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from planner import probe
from planner.ui.workers import run_in_background, serial_pool

if TYPE_CHECKING:
    from planner.ui.core import CoreHandle

# What a user does before acting; mouse motion, wheel and focus are not among them.
HINTS = frozenset(
    {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick}
)


class CoreOpening(QObject):
    opened = Signal()

    def __init__(self, core: CoreHandle, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._core = core
        self._pool = serial_pool(self)
        self._running = False
        self._busy = False  # the busy cursor is shown
        self._watching = False

    @property
    def running(self) -> bool:
        """Whether the core is being opened now."""
        return self._running

    def begin(self) -> None:
        """Open the core on a worker thread now, unless it is open or opening."""
        if self._running or self._core.is_open:
            return
        self._running = True
        run_in_background(self._open, self._done, self._failed, self, self._pool)

    def needed(self) -> None:
        """An action waits for the core: show that the window is busy until it is open."""
        if self._core.is_open:
            return
        if not self._busy:
            self._busy = True
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self.begin()

    def on_first_input(self) -> None:
        """Begin opening at the first key or mouse button pressed in the app."""
        app = QApplication.instance()
        if app is not None and not self._watching:
            self._watching = True
            app.installEventFilter(self)

    def wait(self) -> None:
        """Block until an opening begun has ended (at quit)."""
        self._pool.waitForDone()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in HINTS:
            self._stop_watching()
            self.begin()
        return False

    def _stop_watching(self) -> None:
        app = QApplication.instance()
        if app is not None and self._watching:
            app.removeEventFilter(self)
        self._watching = False

    def _open(self) -> object:
        core = self._core.get()  # (an operation on its worker may have opened it first)
        probe.mark("core-opened")  # on the worker (the probe says which thread)
        return core

    def _done(self, _core: object) -> None:
        self._ended()
        self._stop_watching()
        self.opened.emit()

    def _failed(self, _error: BaseException) -> None:
        # The action that needed it meets the same failure and says it (a lock held by
        # another program, a damaged file); the next need tries again.
        self._ended()

    def _ended(self) -> None:
        self._running = False
        if self._busy:
            self._busy = False
            QGuiApplication.restoreOverrideCursor()
