"""Render every view and dialog of Planner to PNG, as an attendee would see them.

    python -m planner.tools.screenshots OUT_DIR [--program FILE] [--readme] [--lang CODE]

The program is FOSDEM 2025 as published (`tests/data/schedules/xml/fosdem-2025.xml`),
with the agenda of someone who has been at it for a while: a Saturday morning of talks
that overlap in a chain (three fit together, one is a must-see), a plan B, a busy block
over a talk, a 5-minute welcome, a few Sunday talks, and a colleague's agenda beside
theirs. The "now" line is pinned to Saturday 11:20.

Every view and dialog is rendered at 1024×640, 1280×720 (a small laptop's screen) and
1600×1000, in the light and the dark palette:
`OUT_DIR/{light,dark}-{WIDTH}x{HEIGHT}-{name}.png`. A dialog is drawn over the window as
it would appear on screen, centred; one larger than the window shows cut off.
With `--readme` only the README's pictures are written, under the names it uses
(`docs/screenshots/`). `--lang de` renders in another language (`pseudo-rtl`: laid out
right to left); with `--readme` it writes the README's picture in that language
(`timetable-de.png`). Runs offscreen, on a throw-away data directory.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QApplication, QWidget

    from planner.domain.agenda import Priority, Status
    from planner.ui.mainwindow import MainWindow

REPO = Path(__file__).resolve().parents[2]
FOSDEM_2025 = REPO / "tests" / "data" / "schedules" / "xml" / "fosdem-2025.xml"
SIZES = ((1024, 640), (1280, 720), (1600, 1000))
SCHEMES = ("light", "dark")
VIEWS = ("program", "list", "timetable", "agenda", "speakers")
NOW = datetime(2025, 2, 1, 10, 20, tzinfo=UTC)  # Saturday 11:20 in Brussels

# Saturday morning: a chain of talks overlapping in pairs across five rooms.
ORG_MODE = "guid:fd87c9e7-184e-5b57-8ae2-353f58205c6e"  # K.4.201 10:30-11:00
CLI_MAGIC = "guid:b2aa7b08-f0b6-5a6a-b4ec-683f59eb4371"  # K.4.201 11:00-11:30
PATTERNS = "guid:4fcd7e0a-8361-576e-a28a-9073916f6d74"  # K.4.201 11:30-12:00
NEXTCLOUD = "guid:c163e305-5e6b-56b9-b605-99a9773d86e9"  # H.1308 10:30-11:10
INCUS = "guid:075b36b7-3e4c-5774-aac7-8ccb4c25ce89"  # UD2.218A 11:10-11:30
WEBGRAPH = "guid:ae5d3813-555c-5c76-a714-74e1489ca122"  # UB2.252A 11:40-12:20
TERMINAL = "guid:6fd7b8db-2558-507a-8809-7d4c6f80adcb"  # UB2.252A 12:25-13:05
TIERING = "guid:93bf0cad-3ab9-51f6-8012-d029493d5804"  # K.3.401 11:05-11:35
REBORROWING = "guid:fb3184f6-0e13-5161-b79d-0b2d409f1545"  # UB2.252A 13:10-13:50
EMAIL_WELCOME = "guid:27c44f03-e83a-55c2-b10a-7298b3ec74ff"  # K.4.601 10:30, 5 minutes


def _stars() -> dict[str, tuple[Priority, Status]]:
    from planner.domain.agenda import Priority, Status

    return {
        ORG_MODE: (Priority.WANT, Status.ATTEND),
        CLI_MAGIC: (Priority.WANT, Status.ATTEND),
        PATTERNS: (Priority.MAYBE, Status.ATTEND),
        NEXTCLOUD: (Priority.MUST, Status.ATTEND),
        INCUS: (Priority.WANT, Status.ATTEND),
        WEBGRAPH: (Priority.WANT, Status.ATTEND),
        TERMINAL: (Priority.MAYBE, Status.ATTEND),
        TIERING: (Priority.MAYBE, Status.PLAN_B),
        REBORROWING: (Priority.WANT, Status.ATTEND),
        EMAIL_WELCOME: (Priority.MAYBE, Status.ATTEND),
    }


@dataclass
class Scene:
    """What `prepare` made: where the user's data is, and what the dialogs show."""

    me: Path
    program: Path
    changed_program: Path


def prepare(data_dir: Path, program: Path) -> Scene:
    from planner.services import Planner

    colleague = Planner.open(data_dir / "colleague" / "planner.sqlite3")
    conference_id = colleague.imports.source(str(program)).value.conference_id
    for key in (NEXTCLOUD, WEBGRAPH, TERMINAL, ORG_MODE):
        colleague.agenda.star(conference_id, key)
    shared = data_dir / "dana.planner-agenda"
    colleague.sharing.export_agenda(conference_id, shared, "Dana")
    colleague.close()

    me = data_dir / "me"
    planner = Planner.open(me / "planner.sqlite3")
    conference_id = planner.imports.source(str(program)).value.conference_id
    for key, (priority, status) in _stars().items():
        planner.agenda.star(conference_id, key, priority, status)
    zone = planner.catalog.conference(conference_id).zone
    lunch = datetime(2025, 2, 1, 13, 0, tzinfo=zone)
    planner.agenda.add_busy(conference_id, "Lunch with the team", lunch, lunch + timedelta(hours=1))
    sunday = [
        t
        for t in planner.catalog.talks(conference_id)
        if t.start.astimezone(zone).date().day == 2 and t.room == "UB2.252A (Lameere)"
    ]
    for talk in sunday[:3:2]:
        planner.agenda.star(conference_id, talk.key)
    planner.sharing.import_agenda(shared, conference_id)
    planner.close()

    # A newer version of the program, for the import report: a starred talk moved.
    changed = data_dir / "fosdem-2025-updated.xml"
    text = program.read_text(encoding="utf-8")
    event = text.index('<event guid="4fcd7e0a-8361-576e-a28a-9073916f6d74"')
    head, tail = text[:event], text[event:]
    tail = tail.replace("<start>11:30</start>", "<start>12:30</start>", 1)
    tail = tail.replace("T11:30:00+01:00", "T12:30:00+01:00", 1)
    changed.write_text(head + tail, encoding="utf-8")
    return Scene(me, program, changed)


def _open_window(scene: Scene) -> MainWindow:
    """The window as `planner` opens it: painted, then the core opened behind it."""
    from planner.paths import AppPaths
    from planner.ui.app import finish_opening, open_main_window

    window, quick = open_main_window(AppPaths.resolve(scene.me))
    window.show()
    finish_opening(window, quick)
    window.runner.settle()
    return window


def _close_window(window: MainWindow) -> None:
    window.shutdown()


def _set_scheme(window: MainWindow, scheme: str) -> None:
    from planner.ui.appearance import Appearance

    window.appearance.set_choice(Appearance(scheme))


def _settle(app: QApplication, seconds: float = 0.3) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def _over_window(window: QWidget, dialog: QPixmap) -> QPixmap:
    """The dialog drawn over the window, centred, with a frame, as on screen."""
    from PySide6.QtGui import QColor, QPainter, QPen

    picture = window.grab()
    painter = QPainter(picture)
    ratio = dialog.devicePixelRatio()
    width, height = int(dialog.width() / ratio), int(dialog.height() / ratio)
    left = max(0, (window.width() - width) // 2)
    top = max(0, (window.height() - height) // 2)
    painter.fillRect(left + 4, top + 4, width, height, QColor(0, 0, 0, 70))  # shadow
    painter.drawPixmap(left, top, dialog)
    painter.setPen(QPen(QColor("#5a5a5a"), 1))
    painter.drawRect(left, top, width - 1, height - 1)
    painter.end()
    return picture


def _modal(app: QApplication, trigger: Callable[[], None], timeout: float = 15.0) -> QPixmap:
    """Do what opens a modal dialog (as the app does), photograph it, and close it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    shots: list[QPixmap] = []

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible() or shots:
            return
        app.processEvents()
        shots.append(modal.grab())
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(100)
    trigger()
    deadline = time.monotonic() + timeout
    while not shots and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    timer.stop()
    if not shots:
        raise RuntimeError("no dialog opened")
    return shots[0]


def _dialogs(
    window: MainWindow, scene: Scene, app: QApplication
) -> dict[str, Callable[[], QPixmap]]:
    """Each dialog, opened the way the window opens it (or, for those that need what
    only an import produces, built from a real import's result)."""
    from planner.services import Planner
    from planner.ui.actions import ActionId
    from planner.ui.dialogs.export import CalendarExportDialog
    from planner.ui.dialogs.guide import GuideDialog
    from planner.ui.dialogs.report import ImportReportDialog
    from planner.ui.dialogs.resolve import AutoResolvePreview
    from planner.ui.dialogs.timezone import TimeZoneDialog

    def built(make: Callable[[], QWidget]) -> Callable[[], QPixmap]:
        def shot() -> QPixmap:
            dialog = make()
            dialog.show()
            _settle(app, 0.2)
            picture = dialog.grab()
            dialog.close()
            dialog.deleteLater()
            return picture

        return shot

    def report() -> QWidget:
        other = Planner.open(scene.me.parent / "report" / "planner.sqlite3")
        other.imports.source(str(scene.program))
        found = other.imports.source(str(scene.changed_program)).value
        other.close()
        return ImportReportDialog(found, window)

    def preview() -> QWidget:
        assert window.conference is not None
        other = Planner.open(scene.me / "planner.sqlite3")
        resolution = other.agenda.resolve_auto(window.conference.id, dry_run=True).value
        other.close()
        return AutoResolvePreview(resolution, window, zone=window.store.zone)

    return {
        "dialog-auto-resolve": built(preview),
        "dialog-walking-time": lambda: _modal(app, window.settings_button.click),
        "dialog-busy-block": lambda: _modal(app, window.busy_button.click),
        "dialog-export-calendar": built(lambda: CalendarExportDialog(window)),
        "dialog-import-report": built(report),
        "dialog-time-zone": built(lambda: TimeZoneDialog("sessionize-sample-All.json", window)),
        "dialog-shortcuts": lambda: _modal(app, window.action_map[ActionId.SHORTCUTS].trigger),
        "dialog-about": lambda: _modal(app, window.action_map[ActionId.ABOUT].trigger),
        "dialog-guide": built(lambda: GuideDialog(window)),
    }


def _show_view(window: MainWindow, name: str, app: QApplication) -> None:
    window.tabs.setCurrentIndex(VIEWS.index(name))
    _settle(app, 0.1)
    if name == "list":
        window.filter_bar.search.setText("rust")
        window.filter_bar.flush()
        window.table.selectRow(0)
    if name == "timetable":
        window.timetable.select_key(INCUS)
    if name == "agenda":
        window.agenda_view.expandAll()
    _settle(app, 0.2)


def render(
    out_dir: Path,
    program: Path = FOSDEM_2025,
    *,
    readme: bool = False,
    language: str | None = None,
) -> list[Path]:
    from planner.ui.app import application

    if not program.is_file():
        raise SystemExit(f"{program}: not found (the screenshots use FOSDEM 2025 from the repo)")
    out_dir.mkdir(parents=True, exist_ok=True)
    wanted = README_PICTURES if readme else None
    if readme and language:
        wanted = {stem: f"{name}-{language}" for stem, name in README_TRANSLATED.items()}
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        scene = prepare(Path(tmp), program)
        app = application()
        from planner.ui import i18n

        # English too, as `planner` installs it: its catalog holds the plurals' English
        # forms ("943 sessions", not "943 session(s)").
        chosen = i18n.choose(language, None) if language else i18n.Choice("en", chosen=False)
        i18n.install(app, chosen, Path(tmp) / "cache")
        window = _open_window(scene)
        window.timetable.set_now(NOW)
        window.select_key(INCUS)
        _settle(app)
        try:
            for scheme in SCHEMES:
                _set_scheme(window, scheme)
                for width, height in SIZES:
                    window.resize(width, height)
                    _settle(app)
                    names = [*VIEWS, *_dialogs(window, scene, app)]
                    for name in names:
                        stem = f"{scheme}-{width}x{height}-{name}"
                        if wanted is not None and stem not in wanted:
                            continue
                        if name in VIEWS:
                            _show_view(window, name, app)
                            picture = window.grab()
                            if name == "list":
                                window.filter_bar.reset_filters()
                        else:
                            window.tabs.setCurrentIndex(VIEWS.index("agenda"))
                            _settle(app, 0.1)
                            picture = _over_window(window, _dialogs(window, scene, app)[name]())
                        target = out_dir / f"{wanted[stem] if wanted else stem}.png"
                        picture.save(str(target))
                        written.append(target)
        finally:
            _close_window(window)
            window.close()
            window.deleteLater()
            app.processEvents()
            i18n.install(app, i18n.Choice("en", chosen=False), Path(tmp) / "cache")
    return written


# What the README shows: the suite's picture → its name under docs/screenshots/.
README_PICTURES = {
    "light-1600x1000-timetable": "timetable",
    "light-1600x1000-agenda": "agenda",
    "light-1600x1000-list": "list",
    "dark-1600x1000-timetable": "timetable-dark",
    "light-1024x640-program": "program-small",
    "light-1600x1000-dialog-auto-resolve": "auto-resolve",
    "light-1024x640-dialog-guide": "guide",
}
# ... and in another language (`--readme --lang de`): the name gets the language's code.
README_TRANSLATED = {"light-1600x1000-timetable": "timetable"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m planner.tools.screenshots")
    parser.add_argument("out_dir", type=Path, nargs="?", default=Path("screenshots"))
    parser.add_argument("--program", type=Path, default=FOSDEM_2025)
    parser.add_argument("--readme", action="store_true", help="only the README's pictures")
    parser.add_argument("--lang", metavar="CODE", help="in this language (de, pseudo-rtl, ...)")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    for path in render(args.out_dir, args.program, readme=args.readme, language=args.lang):
        print(path, flush=True)
    # PySide can crash while the interpreter tears Qt objects down in arbitrary order;
    # everything is written, so leave without that teardown.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
