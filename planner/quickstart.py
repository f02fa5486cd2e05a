"""Painting the window before the database layer is loaded.

Importing SQLAlchemy and opening the database is most of Planner's start-up (about half a
second on a 2-core machine). To paint, the window needs only a handful of answers - the
conferences, the open one, its sessions, busy blocks, colleagues' agendas, clash settings -
and when nothing was written since the previous start they are the answers it got then.

So those answers are kept in a snapshot in the cache folder, with the database revision
they were read at (every write transaction renews it, see `Database.transaction`). At
the next start one read with the standard library's sqlite3 compares revisions; when they
match, `StartupPlanner` answers those calls from the snapshot and the real core is opened
right after the first paint. Any other call, and every write, goes to the real core
(opening it first if need be). The snapshot is only ever a copy: nothing is written from it,
and a snapshot that is stale, damaged, from another Planner version or for another
database is ignored.

This module must not import SQLAlchemy or Qt (`tests/test_quickstart.py` checks).
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import threading
from datetime import date, datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from planner import __version__
from planner.atomic import write_atomic
from planner.domain.agenda import (
    BusyInfo,
    ConferenceInfo,
    OverlayInfo,
    OverlaySessionInfo,
    Priority,
    SpeakerInfo,
    Star,
    Status,
    TalkInfo,
)
from planner.domain.conflicts import ConflictSettings
from planner.domain.errors import PlannerError
from planner.domain.program import Link
from planner.storage.revision import read_file as read_revision

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from pathlib import Path

    from planner.services import Planner

SNAPSHOT_NAME = "quick-start.json"
SNAPSHOT_FORMAT = 1
# Above this many sessions building the views, not opening the core, is most of the start
# (20k sessions: 3.6 s to paint, 0.5 s of it saved), while the snapshot grows to ~18 MB,
# adds ~50 MB to the peak memory while it is written, and ~2 s at exit. So none is kept.
SNAPSHOT_SESSION_LIMIT = 10_000
# The read-only Planner calls the window makes to paint itself.
STARTUP_READS = frozenset(
    {
        "catalog.conferences",
        "catalog.conference",
        "catalog.talks",
        "agenda.busy_blocks",
        "sharing.overlays",
        "agenda.conflict_settings",
    }
)
_SERVICES = frozenset(name.split(".")[0] for name in STARTUP_READS)
CallKey = tuple[str, tuple[Any, ...], tuple[tuple[str, Any], ...]]


def call_key(name: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> CallKey:
    return (name, tuple(args), tuple(sorted(kwargs.items())))


# -- the snapshot's encoding ---------------------------------------------------------------
# JSON with tagged values, and only these classes may be built from it (no pickle: a file
# in the cache folder must never be able to run code).
_CLASSES: dict[str, type] = {
    cls.__name__: cls
    for cls in (
        BusyInfo,
        ConferenceInfo,
        ConflictSettings,
        Link,
        OverlayInfo,
        OverlaySessionInfo,
        SpeakerInfo,
        Star,
        TalkInfo,
    )
}
_ENUMS: dict[str, type[Priority] | type[Status]] = {"Priority": Priority, "Status": Status}


def encode(value: Any) -> Any:
    if isinstance(value, Priority | Status):  # before str: they are strings too
        return {"$": type(value).__name__, "v": value.value}
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime):
        return {"$": "datetime", "v": value.isoformat()}
    if isinstance(value, date):
        return {"$": "date", "v": value.isoformat()}
    if isinstance(value, list):
        return [encode(item) for item in value]
    if isinstance(value, tuple):
        return {"$": "tuple", "v": [encode(item) for item in value]}
    if isinstance(value, frozenset):
        return {"$": "frozenset", "v": sorted((encode(item) for item in value), key=repr)}
    if isinstance(value, dict):
        return {"$": "dict", "v": [[encode(k), encode(v)] for k, v in value.items()]}
    name = type(value).__name__
    if dataclasses.is_dataclass(value) and _CLASSES.get(name) is type(value):
        fields = [encode(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init]
        return {"$": name, "v": fields}
    raise TypeError(f"cannot keep a {name} in the quick-start snapshot")


def decode(value: Any) -> Any:
    if isinstance(value, list):
        return [decode(item) for item in value]
    if not isinstance(value, dict):
        return value
    tag, inner = value["$"], value["v"]
    if tag == "datetime":
        return datetime.fromisoformat(inner)
    if tag == "date":
        return date.fromisoformat(inner)
    if tag == "tuple":
        return tuple(decode(item) for item in inner)
    if tag == "frozenset":
        return frozenset(decode(item) for item in inner)
    if tag == "dict":
        return {decode(k): decode(v) for k, v in inner}
    if tag in _ENUMS:
        return _ENUMS[tag](inner)
    return _CLASSES[tag](*(decode(item) for item in inner))


def save_snapshot(
    path: Path, database: Path, revision: int, answers: Mapping[CallKey, Any]
) -> None:
    document = {
        "format": SNAPSHOT_FORMAT,
        "planner": __version__,
        "database": str(database.resolve()),
        "revision": revision,
        "answers": [
            [name, encode(args), encode(kwargs), encode(result)]
            for (name, args, kwargs), result in answers.items()
        ],
    }
    write_atomic(path, json.dumps(document, ensure_ascii=False).encode("utf-8"))


def load_snapshot(path: Path, database: Path, revision: int) -> dict[CallKey, Any] | None:
    """The answers kept at `revision` of `database`, or None (missing, stale, damaged...)."""
    try:
        document = json.loads(path.read_bytes())
        if (
            document.get("format") != SNAPSHOT_FORMAT
            or document.get("planner") != __version__
            or document.get("database") != str(database.resolve())
            or document.get("revision") != revision
        ):
            return None
        answers: dict[CallKey, Any] = {}
        for name, args, kwargs, result in document["answers"]:
            if name not in STARTUP_READS:
                return None
            answers[(name, decode(args), decode(kwargs))] = decode(result)
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError):
        return None
    return answers


# -- the planner the window talks to -------------------------------------------------------
class StartupPlanner:
    """Stands in for `Planner`: answers the start-up reads from a snapshot until the real
    one is open, then passes everything through (recording start-up reads if asked)."""

    def __init__(
        self,
        open_planner: Callable[[], tuple[Planner, str | None]],
        answers: dict[CallKey, Any] | None = None,
    ) -> None:
        self._open_planner = open_planner
        self._answers = answers
        self._real: Planner | None = None
        self._recording: dict[CallKey, Any] | None = None
        self._opening = threading.Lock()  # a background import may be the first to ask
        self.recovery: str | None = None

    @property
    def is_open(self) -> bool:
        return self._real is not None

    def open(self) -> Planner:
        """The real planner, opened now if it is not yet."""
        with self._opening:
            if self._real is None:
                self._real, self.recovery = self._open_planner()
            return self._real

    def close(self) -> None:
        if self._real is not None:
            self._real.close()

    def start_recording(self) -> None:
        self._recording = {}

    def stop_recording(self) -> dict[CallKey, Any]:
        recorded, self._recording = self._recording or {}, None
        return recorded

    def __getattr__(self, name: str) -> Any:
        if name in _SERVICES:
            return _ServiceReads(self, name)
        return getattr(self.open(), name)

    def _read(self, name: str) -> Any:
        if self._real is None and self._answers is not None and name in STARTUP_READS:
            return partial(self._answer, name)
        attribute = _resolve(self.open(), name)
        if self._recording is not None and name in STARTUP_READS:
            return partial(self._record, name, attribute)
        return attribute

    def _answer(self, name: str, *args: Any, **kwargs: Any) -> Any:
        assert self._answers is not None
        key = call_key(name, args, kwargs)
        if key in self._answers:
            answer = self._answers[key]
            return list(answer) if isinstance(answer, list) else answer  # callers may edit
        return _resolve(self.open(), name)(*args, **kwargs)

    def _record(self, name: str, method: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        result = method(*args, **kwargs)
        if self._recording is not None:
            # A copy: the window edits the lists it is given (a star changes one entry).
            kept = list(result) if isinstance(result, list) else result
            self._recording[call_key(name, args, kwargs)] = kept
        return result


class _ServiceReads:
    """One service of the `StartupPlanner` (`planner.catalog`...): its start-up reads are
    answered like the planner's, anything else goes to the real service."""

    def __init__(self, startup: StartupPlanner, service: str) -> None:
        self._startup = startup
        self._service = service

    def __getattr__(self, name: str) -> Any:
        dotted = f"{self._service}.{name}"
        if dotted in STARTUP_READS:
            return self._startup._read(dotted)
        return _resolve(self._startup.open(), dotted)


def _resolve(planner: Planner, dotted: str) -> Any:
    service, method = dotted.split(".")
    return getattr(getattr(planner, service), method)


def replay(planner: Planner, calls: list[CallKey]) -> dict[CallKey, Any]:
    """Ask the real planner the same start-up questions again (to refresh a snapshot)."""
    return {
        (name, args, kwargs): _resolve(planner, name)(*args, **dict(kwargs))
        for name, args, kwargs in calls
    }


class QuickStart:
    """One start of the window, and the snapshot that lets the next one paint at once.

    `begin()` before the window reads anything, `after_first_paint()` once it is on screen,
    `keep_current()` when the app quits. The window talks to `planner` throughout.
    """

    def __init__(self, database: Path, cache_dir: Path, *, lock_wait: float | None = None) -> None:
        self.database = database
        self.lock_wait = lock_wait  # how long opening waits for another program's lock
        self.snapshot_path = cache_dir / SNAPSHOT_NAME
        revision = read_revision(database)
        answers = (
            None if revision is None else load_snapshot(self.snapshot_path, database, revision)
        )
        # The revision the kept snapshot was read at; None while there is none.
        self.snapshot_revision = revision if answers is not None else None
        self.planner = StartupPlanner(self._open_planner, answers)
        self._calls: list[CallKey] = list(answers or ())
        self._revision_before: int | None = None
        self._recording_start = answers is None  # no snapshot: the window reads the core

    @property
    def from_snapshot(self) -> bool:
        """Is (or was) the window painted from the snapshot?"""
        return not self._recording_start

    def _open_planner(self) -> tuple[Planner, str | None]:
        from planner.services import Planner  # the slow import this module exists to defer

        if self.lock_wait is None:
            planner, recovery = Planner.open_or_recover(self.database)
        else:
            planner, recovery = Planner.open_or_recover(self.database, lock_wait=self.lock_wait)
        planner.imports.ensure_bundled_program()
        return planner, recovery

    def begin(self) -> None:
        """Without a current snapshot: open the core now, and note what the window reads."""
        if self._recording_start:
            self._revision_before = self.planner.open().catalog.revision()
            self.planner.start_recording()

    def after_first_paint(self) -> bool:
        """Open the core (if the window was painted from the snapshot) and keep what the
        window read (if it was not). True when the window must read again: the database
        changed after the snapshot was taken, or had to be replaced."""
        if self._recording_start:
            self._keep(self.planner.stop_recording(), self._revision_before)
            return False
        real = self.planner.open()
        return (
            self.planner.recovery is not None or real.catalog.revision() != self.snapshot_revision
        )

    def record(self, read: Callable[[], object]) -> None:
        """Run `read` (the window loading itself) and keep what it asked as the snapshot."""
        before = self.planner.open().catalog.revision()
        self.planner.start_recording()
        try:
            read()
        finally:
            recorded = self.planner.stop_recording()
        self._keep(recorded, before)

    def keep_current(self) -> None:
        """At exit: if anything was written since the snapshot, ask the same questions
        again so that the next start paints what the database now holds."""
        if not self.planner.is_open or not self._calls:
            return
        real = self.planner.open()
        before = real.catalog.revision()
        if before == self.snapshot_revision:
            return
        try:
            answers = replay(real, self._calls)
        except PlannerError:
            return  # e.g. the conference was removed: the next start reads it all anew
        self._keep(answers, before)

    def _keep(self, answers: dict[CallKey, Any], revision: int | None) -> None:
        real = self.planner.open()
        if revision is None or real.catalog.revision() != revision:
            return  # something was written while reading: the answers may not agree
        self._calls = list(answers)
        sessions = sum(
            len(answer) for (name, _, _), answer in answers.items() if name == "catalog.talks"
        )
        if sessions > SNAPSHOT_SESSION_LIMIT:
            self._calls = []
            with contextlib.suppress(OSError):
                self.snapshot_path.unlink(missing_ok=True)
            return
        try:
            save_snapshot(self.snapshot_path, self.database, revision, answers)
        except (OSError, PlannerError, TypeError, ValueError):
            return  # only a cache (on a full disk, say): the next start is the ordinary one
        self.snapshot_revision = revision
