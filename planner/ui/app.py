"""Composition root of the desktop app: paths → database → core → main window."""

from __future__ import annotations

# import_scan first of all, before any other module is imported after PySide6 (it imports
# PySide6 itself): from then on PySide6 no longer reads the source of each module imported
# (see its docstring). Imported after the quick-start snapshot's modules, it left those
# (15 of Planner's, json, hashlib, sqlite3, zoneinfo...) to be read and kept in memory.
from planner.ui import import_scan  # noqa: F401

# isort: split
import contextlib
import gc
import sys
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from planner import APP_ID, APP_NAME, __version__, bundled, probe
from planner.domain.errors import Cancelled, LockedError, PlannerError
from planner.quickstart import QuickStart
from planner.ui import i18n
from planner.ui.core import CoreHandle, open_core
from planner.ui.first_paint import after_first_paint
from planner.ui.i18n import arg
from planner.ui.mainwindow import MainWindow
from planner.ui.paint_probe import mark_after_next_paint
from planner.ui.plain import message_box, show_message
from planner.ui.widgets import timetable_accessibility
from planner.ui.workers import run_in_background, serial_pool

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path
    from types import TracebackType

    from planner.domain.view import StartupView
    from planner.paths import AppPaths


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(bundled.resources_dir() / "icons" / "planner.svg")))
    timetable_accessibility.install()
    # The platform's style and palette; `planner.ui.appearance` (which the window applies
    # from the user's choice) departs from them only where it must.
    return app


T = TypeVar("T")

# The window tries to open a locked database this long at a time, showing a message
# between attempts (the CLI waits the full `storage.db.LOCK_WAIT_SECONDS` and gives up).
WINDOW_LOCK_WAIT_SECONDS = 0.3
RETRY_INTERVAL_MS = 1000


def open_main_window(
    paths: AppPaths, *, parent_for_messages: QWidget | None = None
) -> tuple[MainWindow, QuickStart]:
    """Build the window and give it something to paint: the quick-start snapshot's view
    when it is current (the core stays closed: see `planner.quickstart`), else the view
    the core reads now. Call `finish_opening` once the window has been painted.

    While another program holds the database's lock, a message says so and opening is
    retried (`wait_while_locked`); the user may quit instead (`Cancelled`)."""
    quick = QuickStart(paths.database, paths.cache_dir)
    core = CoreHandle(
        partial(open_core, paths.database, WINDOW_LOCK_WAIT_SECONDS),
        paths.database,
        WINDOW_LOCK_WAIT_SECONDS,
    )
    if quick.view is None:
        quick.painted = wait_while_locked(
            lambda: first_view(paths.database, core), parent_for_messages
        )
    else:
        quick.painted = quick.view
    window = MainWindow(core, paths.database, settings_path=paths.config_dir / "planner.ini")
    window.show_view(quick.painted)
    return window, quick


def first_view(database: Path, core: CoreHandle) -> StartupView:
    """What to paint when no snapshot is current: the database read as it is with the
    standard library (no SQLAlchemy before the first paint), or, when it must first be
    created, filled, upgraded or recovered, what the core reads after doing that."""
    from planner.services.catalog import Catalog

    try:
        catalog = Catalog.open_read_only(database, lock_wait=WINDOW_LOCK_WAIT_SECONDS)
    except LockedError:
        raise
    except PlannerError:
        catalog = None  # damaged, another program's...: opening the core says so, or recovers
    if catalog is not None:
        try:
            return catalog.view()
        except LockedError:
            raise
        except PlannerError:
            pass  # the ordinary way explains it
        finally:
            catalog.close()
    return core.get().catalog.view()


def finish_opening(window: MainWindow, quick: QuickStart) -> None:
    """After the first paint: open the core, show what the database holds if it changed
    since the snapshot (or had to be replaced), keep the snapshot for the next start, and
    follow other processes' writes from now on."""

    def open_and_check() -> StartupView | None:
        core = window.core.get()
        return quick.after_first_paint(core, replaced=window.core.recovery is not None)

    fresh = wait_while_locked(open_and_check, window)
    if fresh is not None:
        window.show_view(fresh)
    window.watch_other_processes()
    window.calendars.start()  # the calendars kept in sync: now, on every change, on a timer


def paints_without_core(window: MainWindow, quick: QuickStart) -> bool:
    """Was the window painted from the database as it is (the snapshot, or a read-only
    read of it), so that the core can wait until it is first needed? Not on the first
    start ever (the core creates the database and stores the bundled program), nor when
    the core had to open the database to paint it (create, upgrade, recover)."""
    return not quick.first_ever and not window.core.is_open


def open_core_when_needed(window: MainWindow) -> None:
    """After the first paint of a window painted from the database as it is: follow other
    processes' writes and remind as before, and open the core when it is first needed
    (`planner.ui.core_opening`): an action that writes, the first key or mouse button
    pressed, calendars to keep in sync."""
    window.watch_other_processes()
    window.calendars.start_when_needed()
    window.core_opening.on_first_input()


def keep_for_next_start(window: MainWindow, quick: QuickStart) -> None:
    """At exit: keep what the database now holds for the next start, if it changed since
    the snapshot (read without opening the core, when it was never opened)."""
    with window.core.reading() as catalog:
        quick.keep_current(catalog)


def wait_while_locked(attempt: Callable[[], T], parent: QWidget | None) -> T:
    """Run `attempt`; while it fails because another program holds the database's lock,
    say so in a message and try again every second, until it succeeds or the user chooses
    Quit (`Cancelled`). The database is never touched otherwise: a lock is not damage."""
    try:
        return attempt()
    except LockedError as error:
        first = error
    # QMessageBox is imported where a message is shown, here and below: making a Qt class
    # makes all its enums, and nothing before the first paint shows one.
    from PySide6.QtWidgets import QMessageBox

    box = message_box(
        parent,
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Startup", "Waiting for the database"),  # Qt adds " — Planner"
        f"{first}.\n\n"
        + QCoreApplication.translate(
            "Startup", "Planner keeps trying and opens it as soon as it is free."
        ),
        QMessageBox.StandardButton.Close,
    )
    box.button(QMessageBox.StandardButton.Close).setText(
        QCoreApplication.translate("Startup", "Quit")
    )
    outcome: list[T] = []
    failure: list[BaseException] = []
    loop = QEventLoop()
    timer = QTimer(box)
    timer.setSingleShot(True)
    timer.setInterval(RETRY_INTERVAL_MS)

    def retry() -> None:
        try:
            outcome.append(attempt())
        except LockedError:
            timer.start()
            return
        except BaseException as error:  # handed to the caller, outside the event loop
            failure.append(error)
        loop.quit()

    timer.timeout.connect(retry)
    box.finished.connect(lambda _result: loop.quit())
    box.show()
    timer.start()
    loop.exec()
    timer.stop()
    box.finished.disconnect()
    box.hide()
    box.deleteLater()
    if outcome:
        return outcome[0]
    if failure:
        raise failure[0]
    raise Cancelled("opening the database")


def show_errors_as_messages() -> None:
    """A core error that escapes one of the window's actions is shown as a message, not
    printed as a traceback: Qt hands exceptions raised in slots to `sys.excepthook`.
    (Operations run by the `OperationRunner` report their own failures.) Anything else
    stays a bug and goes to the previous hook."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if isinstance(error, PlannerError) and not isinstance(error, Cancelled):
            from PySide6.QtWidgets import QMessageBox

            from planner.ui.core_text import CORE

            show_message(
                QApplication.activeWindow(), QMessageBox.Icon.Warning, APP_NAME, CORE.error(error)
            )
        else:
            previous(kind, error, trace)

    sys.excepthook = hook


def _cannot_start() -> str:
    return arg(QCoreApplication.translate("Startup", "%1 cannot start"), APP_NAME)


def run_gui(
    paths: AppPaths, files: list[Path], *, smoke_test: bool = False, lang: str | None = None
) -> int:
    app = application()
    i18n.install_for_window(app, paths.config_dir / "planner.ini", paths.cache_dir, lang)
    show_errors_as_messages()
    try:
        window, quick = open_main_window(paths)
    except Cancelled:
        return 1
    except (PlannerError, OSError) as error:
        from PySide6.QtWidgets import QMessageBox

        from planner.ui.core_text import CORE

        show_message(None, QMessageBox.Icon.Critical, _cannot_start(), CORE.error(error))
        return 1

    # After the first paint the core is opened on a worker thread (importing SQLAlchemy and
    # opening the database take several frames): the window is responsive meanwhile, and
    # an action that needs the core waits for it. Then the rest of opening, here.
    opening = serial_pool(window)

    lazy = paints_without_core(window, quick) and not files

    def opened() -> None:
        probe.mark("first-paint")
        gc.enable()  # paused by the command line until now, before any worker runs (cli)
        if lazy:
            open_core_when_needed(window)
        else:
            run_in_background(open_core_here, finish, finish, window, opening)

    def open_core_here() -> object:
        core = window.core.get()
        probe.mark("core-opened")  # on the worker (the probe says which thread)
        return core

    def finish(_outcome: object) -> None:
        from PySide6.QtWidgets import QMessageBox

        # The core's texts, like QMessageBox, are imported where something is said: the
        # window paints without them.
        from planner.ui.core_text import CORE, STORAGE

        try:
            finish_opening(window, quick)  # a failure above is met again (a lock: waited for)
        except Cancelled:
            app.exit(1)
            return
        except (PlannerError, OSError) as error:
            show_message(window, QMessageBox.Icon.Critical, _cannot_start(), CORE.error(error))
            app.exit(1)
            return
        recovery = window.core.recovery
        if recovery is not None:
            show_message(
                window,
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("Startup", "Opened read-only")
                if recovery.kept is None
                else QCoreApplication.translate("Startup", "Database recovered"),
                STORAGE.recovery(recovery),
            )
        for path in files:
            probe.mark("import-requested")
            window.imports.open_path(path)

    after_first_paint(window, opened)
    window.imports.finished.connect(lambda _report: mark_after_next_paint(window, "import-painted"))
    window.show()
    if smoke_test:
        window.repaint()
        QTimer.singleShot(200, app.quit)
    code = app.exec()
    opening.waitForDone()  # a quit before the core was open
    window.core_opening.wait()
    window.runner.wait()
    if code == 0 and (window.core.is_open or lazy):
        with contextlib.suppress(PlannerError, OSError):  # only a cache: the next start reads
            keep_for_next_start(window, quick)
    window.shutdown()
    return code
