"""Running work off the UI thread and getting the result back on it.

`run_in_background(fn, on_done, on_error, pool=...)` runs `fn()` on a thread pool; the
callbacks run on the GUI thread (queued through a QObject that lives there). The work must
not touch widgets - it gets plain arguments and returns plain values. The operation runner
(`planner.ui.operations`) is built on this; widgets use the runner, not this.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

if TYPE_CHECKING:
    from collections.abc import Callable


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:
            self._relay.failed.emit(error)
        else:
            self._relay.done.emit(result)


class BackgroundTask(QObject):
    """Handle on one piece of background work; emits `finished` after a callback ran."""

    finished = Signal()

    def __init__(
        self,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_done = on_done
        self._on_error = on_error
        self.relay = _Relay(self)
        self.relay.done.connect(self._done)
        self.relay.failed.connect(self._failed)

    @Slot(object)
    def _done(self, result: Any) -> None:
        try:
            self._on_done(result)
        finally:
            self.finished.emit()

    @Slot(object)
    def _failed(self, error: BaseException) -> None:
        try:
            self._on_error(error)
        finally:
            self.finished.emit()


def serial_pool(parent: QObject) -> QThreadPool:
    """A pool that runs one job at a time, in the order they were started."""
    pool = QThreadPool(parent)
    pool.setMaxThreadCount(1)
    return pool


def run_in_background(
    work: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    parent: QObject | None = None,
    pool: QThreadPool | None = None,
) -> BackgroundTask:
    task = BackgroundTask(on_done, on_error, parent)
    (pool or QThreadPool.globalInstance()).start(_Job(work, task.relay))
    return task
