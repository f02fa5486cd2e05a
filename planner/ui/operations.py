"""The one path from a user's action to the core and back to every view.

An operation is a function of the core (`Planner`) that returns a `Result`; the
`OperationRunner` runs it on a worker thread, then - still there - asks the core for what
the `Result`'s `Changes` changed of the shown conference (`Catalog.update`), and on the GUI
thread hands that to the `SessionStore`, which updates itself and tells every model and
view. Nothing calls `reload_*()` by hand. The same path serves undo and redo (each an
operation), and changes made by other processes: the `RevisionWatcher` notices a revision
this window did not write and asks for a whole new view.

Modelled on Anki's `CollectionOp`: the operation gets the core and must not touch widgets;
`done` gets the operation's value on the GUI thread.

Edits run one at a time, in the order they were asked for, on one worker thread (so that
two quick toggles of a star apply in order); imports, which may take seconds to download
and read, have a lane of their own so that starring stays responsive meanwhile; so do the
syncs with calendar servers, several at once (`CALENDAR_THREADS`) so that a server that
stalls never holds up another calendar.
"""

from __future__ import annotations

import time
from enum import Enum
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.storage.revision import read_file
from planner.ui.i18n import arg
from planner.ui.workers import BackgroundTask, run_in_background, serial_pool

if TYPE_CHECKING:
    from collections.abc import Callable, Hashable
    from pathlib import Path

    from planner.domain.changes import Report, Result
    from planner.domain.view import ViewUpdate
    from planner.services import Planner
    from planner.services.catalog import Catalog
    from planner.ui.core import CoreHandle
    from planner.ui.state import SessionStore

T = TypeVar("T")


class Lane(Enum):
    EDITS = "edits"
    IMPORTS = "imports"
    CALENDARS = "calendars"  # calendar targets: connections, syncs (planner.ui.calendar_sync)


CALENDAR_THREADS = 4


class UndoStep(NamedTuple):
    """How to take an operation back and do it again (each an operation itself). A record,
    so a NamedTuple: its class is made before the first paint, a frozen dataclass's costs
    ~5 M instructions more."""

    text: str
    redo: Callable[[Planner], Result[Any]]
    undo: Callable[[Planner], Result[Any]]
    # Steps of one key that follow each other on the stack become one step (the pauses in
    # typing one note): its undo takes them all back, its redo does them all again.
    merge_key: Hashable | None = None


# The QUndoCommand.id() of every step with a merge key (Qt asks to merge only commands of
# one id; `mergeWith` then compares the keys).
_MERGING_ID = 1


class OperationCommand(QUndoCommand):
    """An operation already done, on the undo stack: undo and redo run through the runner."""

    def __init__(self, runner: OperationRunner, step: UndoStep) -> None:
        super().__init__(step.text)
        self._runner = runner
        self._step = step
        self._just_done = True

    def redo(self) -> None:
        if self._just_done:  # QUndoStack.push calls redo(); the runner has just done it
            self._just_done = False
            return
        self._runner.run(self._step.redo, what=self.text())

    def undo(self) -> None:
        self._runner.run(self._step.undo, what=self.text())

    def id(self) -> int:
        return -1 if self._step.merge_key is None else _MERGING_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, OperationCommand) or other._step.merge_key != (
            self._step.merge_key
        ):
            return False
        self._step = self._step._replace(redo=other._step.redo)
        return True


class OperationRunner(QObject):
    settled = Signal()  # nothing is running or waiting any more
    problems = Signal(list)  # messages of what followed a change and failed
    # An operation without its own error handler failed (the database locked or read-only,
    # a full disk): a title naming what was not saved, and the reason. Nothing changed,
    # and nothing was put on the undo stack.
    failed = Signal(str, str)
    # An operation or a call was asked for while the core is not open: it waits on its
    # worker for the core, which the window opens now (with a busy cursor meanwhile).
    needsCore = Signal()

    def __init__(self, core: CoreHandle, store: SessionStore, parent: QObject | None = None):
        super().__init__(parent)
        self.core = core
        self.store = store
        self.undo_stack = QUndoStack(self)
        self._pools = {lane: serial_pool(self) for lane in Lane}
        self._pools[Lane.CALENDARS].setMaxThreadCount(CALENDAR_THREADS)
        self._tasks: list[BackgroundTask] = []

    @property
    def idle(self) -> bool:
        return not self._tasks

    def run(
        self,
        operation: Callable[[Planner], Result[T]],
        *,
        done: Callable[[T], None] | None = None,
        error: Callable[[BaseException], None] | None = None,
        undo: Callable[[T], UndoStep | None] | None = None,
        lane: Lane = Lane.EDITS,
        what: str = "",
        shows: Callable[[T], int | None] | None = None,
    ) -> None:
        """Run `operation` off the GUI thread; then update the store, push the undo step
        `undo(value)` gives (if any), report what failed to follow, and call `done`.
        `what` names the change for a message if it cannot be saved. `shows(value)` names
        the conference the views show from now on (an import: the one imported), read in
        the same update as the change - not the shown one's, then a second whole view."""
        shown_id = self.store.conference_id

        def work() -> tuple[Result[T], ViewUpdate | None, bool]:
            core = self.core.get()
            result = operation(core)
            conference_id = shown_id if shows is None else shows(result.value) or shown_id
            if not result.changes or conference_id is None:
                return result, None, False
            try:
                return result, core.catalog.update(conference_id, result.changes), False
            # Deliberately broad: the change is committed, only reading it back failed (a
            # lock, say). It must not be reported as unsaved nor lose its undo step; the
            # views are read again instead.
            except Exception:
                return result, None, True

        def finished(outcome: tuple[Result[T], ViewUpdate | None, bool]) -> None:
            result, update, unread = outcome
            if update is not None and self._older_than_shown(update):
                unread = True  # read before a change already shown: it would undo it
            elif update is not None:
                self.store.apply(update)
            if unread:
                self.refresh()
            if undo is not None:
                step = undo(result.value)
                if step is not None:
                    self.undo_stack.push(OperationCommand(self, step))
            if result.problems:
                self.problems.emit([_follower_said(problem) for problem in result.problems])
            if done is not None:
                done(result.value)

        self._start(work, finished, error, lane, what)

    def refresh(self) -> None:
        """Read the shown conference anew, after every edit asked for before. Before the
        core is open (another process wrote, and this window has written nothing), it is
        read as the start-up reads it, without opening the core."""

        def failed(problem: BaseException) -> None:
            self.failed.emit(self.tr("Could not show the latest changes"), _said(problem))

        if self.core.is_open:
            self.run(_nothing, error=failed, lane=Lane.EDITS)
            return
        shown_id = self.store.conference_id

        def read(catalog: Catalog) -> ViewUpdate | None:
            # What an operation returns is imported with the first one (not at start-up).
            from planner.domain.changes import Changes

            if shown_id is None:
                return None
            return catalog.update(shown_id, Changes.anything())

        def done(update: ViewUpdate | None) -> None:
            if update is not None:
                self.store.apply(update)

        self.read(read, done, failed)

    def read(
        self,
        work: Callable[[Catalog], T],
        done: Callable[[T], None],
        error: Callable[[BaseException], None] | None = None,
        lane: Lane = Lane.EDITS,
    ) -> None:
        """Read something off the GUI thread, in order with the edits, without opening
        the core for it (`CoreHandle.reading`)."""

        def reading() -> T:
            with self.core.reading() as catalog:
                return work(catalog)

        self._start(reading, done, error, lane, needs_core=False)

    def _older_than_shown(self, update: ViewUpdate) -> bool:
        """Was `update` read at a revision that this window's own commits have since
        replaced by the one shown? The two lanes finish in any order: an import's view
        read before a star committed may arrive after the star's update. Revisions are
        random, so their order is known only along this process's own commits
        (`Database.written_since`); another process's write in between leaves it unknown,
        and the watcher reads the views anew for that."""
        shown = self.store.revision
        if shown is None or update.revision == shown or not self.core.is_open:
            return False
        return not self.core.get().database.written_since(update.revision, shown)

    def call(
        self,
        work: Callable[[Planner], T],
        done: Callable[[T], None],
        error: Callable[[BaseException], None] | None = None,
        lane: Lane = Lane.EDITS,
    ) -> None:
        """Ask the core for something that changes nothing the views show (a read, an
        export to a file) off the GUI thread, in order with the edits."""
        self._start(lambda: work(self.core.get()), done, error, lane)

    def wait(self) -> None:
        """Block until every operation asked for has run (at quit: nothing is lost)."""
        for pool in self._pools.values():
            pool.waitForDone()

    def settle(self, timeout: float = 30) -> None:
        """Run the event loop until every operation has run and the views show it (for
        tests, benchmarks and scripts; the window itself never waits)."""
        deadline = time.monotonic() + timeout
        while self._tasks:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{len(self._tasks)} operations still running")
            for pool in self._pools.values():
                pool.waitForDone(5)
            QCoreApplication.processEvents()

    def _start(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        error: Callable[[BaseException], None] | None,
        lane: Lane,
        what: str = "",
        *,
        needs_core: bool = True,
    ) -> None:
        if needs_core and not self.core.is_open:
            self.needsCore.emit()

        def failed(problem: BaseException) -> None:
            if error is not None:
                error(problem)
            else:
                self.failed.emit(
                    arg(self.tr("Could not save: %1"), what) if what else self.tr("Could not save"),
                    _said(problem),
                )

        task = run_in_background(work, done, failed, self, self._pools[lane])
        self._tasks.append(task)
        task.finished.connect(lambda: self._finished(task))

    def _finished(self, task: BackgroundTask) -> None:
        self._tasks.remove(task)
        task.deleteLater()
        if not self._tasks:
            self.settled.emit()


class RevisionWatcher(QObject):
    """Notices writes by other processes (the command line, a second window) and has the
    window show what the database now holds.

    Every `interval` ms it reads the database's revision with the standard library (a few
    hundred microseconds, never waiting for a lock). A revision this window's own commits
    lead to is ours and already shown (`Database.written_since`); any other is someone
    else's, and the runner reads the shown conference anew.
    """

    changed = Signal()  # another process wrote; a new view has been asked for

    def __init__(
        self, runner: OperationRunner, database: Path, interval: int = 1500, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._database = database
        self._seen: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval)
        self._timer.timeout.connect(self.check)

    def start(self, seen: int | None) -> None:
        """Start watching from revision `seen` (the one the window shows)."""
        self._seen = seen
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> bool:
        """Look now; True when another process wrote since the last look."""
        core = self._runner.core
        if not self._runner.idle:
            return False  # our own writes in flight: look again next time
        current = read_file(self._database, timeout=0)
        if current is None or current == self._seen:
            return False
        seen, self._seen = self._seen, current
        # With the core not open this window has written nothing: the change is another's.
        if (
            core.is_open
            and seen is not None
            and not core.get().database.written_since(seen, current)
        ):
            return False
        self._runner.refresh()
        self.changed.emit()
        return True


def _said(problem: BaseException) -> str:
    """A failed operation's error in the window's language (where the core gave its code)."""
    from planner.ui.core_text import CORE  # only when something failed: not at start-up

    return CORE.error(problem)


def _follower_said(report: Report) -> str:
    """What a follower of a change (the live calendar file, a calendar) failed to do, in
    the window's language where the core gave its code (`message` is the English)."""
    from planner.ui.core_text import CORE  # only when something failed: not at start-up

    if report.failure is not None:
        return CORE.failure(report.failure)
    coded = None if report.fault is None else CORE.coded(report.fault)
    # A coded fault names its file or server, which says which follower failed; without a
    # code, the English line names the follower ("the calendar files: ...").
    return report.message if coded is None else coded


def _nothing(_core: Planner) -> Result[None]:
    """No operation: its `Changes.anything()` makes the runner read a whole view."""
    from planner.domain.changes import Changes, Result

    return Result(None, Changes.anything())
