"""Painting the window before the database layer is loaded.

Importing SQLAlchemy and opening the database is most of Planner's start-up (about half a
second on a 2-core machine). To paint, the window needs one `StartupView` (the
conferences, the open one with its sessions, busy blocks, colleagues' agendas and clash
settings), and when nothing was written since the previous start it is the view it had
then.

So the view is kept in a snapshot in the cache folder, with the database revision it was
read at (every write transaction renews it, see `planner.storage.revision`) and a
fingerprint of the value classes' fields. At the next start one read with the standard
library's sqlite3 compares revisions; when they match, the window paints the kept view and
the core is opened right after the first paint. The snapshot is only ever a copy: nothing
is written from it, and a snapshot that is stale, damaged, from another Planner version,
for other value classes or for another database is ignored.

The first start ever has no database, and so no snapshot: the window paints the bundled
program from the view the core makes of it in a new database, kept beside the program
file (`first_view_path`, written by `python -m planner.tools.first_view`;
`tests/test_first_view.py` holds it equal to what the core makes now), and the core
creates the database after the first paint.

This module must not import SQLAlchemy or Qt (`tests/test_quickstart.py` checks).
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planner import __version__
from planner.atomic import write_atomic
from planner.bundled import bundled_program_path
from planner.domain.agenda import Priority, Status
from planner.domain.display import path_text
from planner.domain.errors import PlannerError
from planner.domain.view import VIEW_CLASSES, StartupView, view_fingerprint
from planner.storage.revision import read_file as read_revision
from planner.user_files import read_user_file

if TYPE_CHECKING:
    from planner.domain.agenda import ConferenceInfo
    from planner.services import Planner
    from planner.services.catalog import Catalog

SNAPSHOT_NAME = "quick-start.json"
SNAPSHOT_FORMAT = 4  # 3: the header on a line of its own; 4: datetime and tuple fields untagged
# Above this many sessions building the views, not opening the core, is most of the start
# (20k sessions: 3.6 s to paint, 0.5 s of it saved), while the snapshot grows to ~18 MB,
# adds ~50 MB to the peak memory while it is written, and ~2 s at exit. So none is kept.
SNAPSHOT_SESSION_LIMIT = 10_000
# 10,000 sessions make ~9 MB; anything far larger at the snapshot's path is not one.
SNAPSHOT_BYTE_LIMIT = 64 * 2**20


# -- the snapshot's encoding ---------------------------------------------------------------
# JSON with tagged values, and only the view's own classes may be built from it (no pickle:
# a file in the cache folder must never be able to run code). Dataclasses are kept as
# their fields in order; the fingerprint of those fields guards the order.
#
# Decoding is json's `object_hook`: the parser hands over each object once its contents
# are decoded (innermost first), so a tagged value is built in one call, and untagged
# ones (strings, numbers, lists: most of a program) cost no Python call at all. Walking
# the parsed document instead took more instructions than parsing it.
#
# A dataclass's field whose annotation says it is a datetime, or a tuple, is kept untagged
# (an ISO text, a list) and converted as its dataclass is built: the view of FOSDEM's 943
# sessions held 3,779 such tagged objects, each an object to parse and a Python call, ~40 M
# instructions of the start.
_CLASSES: dict[str, type] = {cls.__name__: cls for cls in VIEW_CLASSES}
_ENUMS: dict[str, type[Priority] | type[Status]] = {"Priority": Priority, "Status": Status}
# What a field's annotation names, as the type its value must have. A tagged value of the
# wrong class (a tuple where a datetime belongs) would otherwise be built into the view,
# and the window would fail as it paints it (review 6 #5). `Mapping` is decoded as a dict.
_NAMED_TYPES: dict[str, type] = {
    "str": str,
    "int": int,
    "bool": bool,
    "date": date,
    "datetime": datetime,
    "None": type(None),
    "tuple": tuple,
    "frozenset": frozenset,
    "Mapping": dict,
    **_ENUMS,
    **_CLASSES,
}
# For each field, in order: the types its value may have, for a `tuple[X, ...]` the types
# of its items (the sessions of a view are checked to be sessions), and how a datetime or
# tuple kept untagged is made again (None: the value is kept as it is).
_FieldCheck = tuple[tuple[type, ...], tuple[type, ...] | None, type | None]


def _field_check(annotation: str) -> _FieldCheck:
    """`"tuple[TalkInfo, ...]"` -> ((tuple,), (TalkInfo,), tuple); `"Star | None"` ->
    ((Star, NoneType), None, None). Raises KeyError for a type this decoder does not know
    (a test holds every field of every view class known)."""
    outer: list[type] = []
    items: tuple[type, ...] | None = None
    for part in annotation.split(" | "):
        name, _, inner = part.partition("[")
        outer.append(_NAMED_TYPES[name])
        if name == "tuple" and inner.endswith(", ...]"):
            items = tuple(_NAMED_TYPES[item] for item in inner.removesuffix(", ...]").split(" | "))
    made = next((kind for kind in (datetime, tuple) if kind in outer), None)
    return tuple(outer), items, made


_FIELD_CHECKS: dict[str, tuple[_FieldCheck, ...]] = {
    cls.__name__: tuple(_field_check(str(f.type)) for f in dataclasses.fields(cls) if f.init)
    for cls in VIEW_CLASSES
}


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
        fields = [
            _untagged(getattr(value, f.name), made)
            for f, (_, _, made) in zip(
                (f for f in dataclasses.fields(value) if f.init), _FIELD_CHECKS[name], strict=True
            )
        ]
        return {"$": name, "v": fields}
    raise TypeError(f"cannot keep a {name} in the quick-start snapshot")


def _untagged(value: Any, made: type | None) -> Any:
    """A field's value as kept: a datetime or tuple its field's type names, untagged."""
    if made is datetime and isinstance(value, datetime):
        return value.isoformat()
    if made is tuple and isinstance(value, tuple):
        return [encode(item) for item in value]
    return encode(value)


def decode_text(text: str | bytes) -> Any:
    """The value `encode` made, from its JSON text. Raises ValueError for an object that
    is not a tagged value: a damaged or planted file must never put a plain dict into a
    field of a view (the window would fail as it paints it, instead of ignoring it)."""
    return json.loads(text, object_hook=_decoded)


# The first-view file is one object: this header around the tagged view.
_FIRST_VIEW_KEYS = frozenset({"format", "classes", "program_sha256", "view"})


def _decoded_document(tagged: dict[str, Any]) -> Any:
    if "$" not in tagged and tagged.keys() == _FIRST_VIEW_KEYS:
        return tagged
    return _decoded(tagged)


def _decoded(tagged: dict[str, Any]) -> Any:
    tag = tagged.get("$")
    if tag is None:
        raise ValueError("an untagged object where a value belongs")
    inner = tagged["v"]
    if tag == "datetime":
        return datetime.fromisoformat(inner)
    if tag == "tuple":
        return tuple(inner)
    if tag == "date":
        return date.fromisoformat(inner)
    if tag == "frozenset":
        return frozenset(inner)
    if tag == "dict":
        return {key: value for key, value in inner}
    if tag in _ENUMS:
        return _ENUMS[tag](inner)
    checks = _FIELD_CHECKS[tag]
    if len(inner) != len(checks):
        raise ValueError(f"a {tag} with {len(inner)} fields")
    for index, (types, items, made) in enumerate(checks):
        value = inner[index]
        if made is datetime and type(value) is str:
            value = inner[index] = datetime.fromisoformat(value)
        elif made is tuple and type(value) is list:
            value = inner[index] = tuple(value)
        if not isinstance(value, types) or (
            items is not None and not all(isinstance(item, items) for item in value)  # type: ignore[attr-defined]
        ):
            raise ValueError(f"a {type(value).__name__} in a field of a {tag}")
    return _CLASSES[tag](*inner)


def save_snapshot(path: Path, database: Path, view: StartupView) -> None:
    """Two lines: the header (JSON escapes every newline in its strings), then the view -
    which is decoded only when the header says it is current."""
    header = {
        "format": SNAPSHOT_FORMAT,
        "planner": __version__,
        "classes": view_fingerprint(),
        "database": str(database.resolve()),
        "revision": view.revision,
    }
    text = (
        json.dumps(header, ensure_ascii=False) + "\n" + json.dumps(encode(view), ensure_ascii=False)
    )
    write_atomic(path, text.encode("utf-8"))


def load_snapshot(path: Path, database: Path, revision: int) -> StartupView | None:
    """The view kept at `revision` of `database`, or None (missing, stale, damaged...)."""
    try:
        # Read as a file the user named: a named pipe or a device put at the snapshot's
        # path must not hold the start for ever (a plain read waits for a writer).
        snapshot = read_user_file(path, SNAPSHOT_BYTE_LIMIT, "a quick-start snapshot")
        header_line, _, view_line = snapshot.partition(b"\n")
        header = json.loads(header_line)
        if (
            header.get("format") != SNAPSHOT_FORMAT
            or header.get("planner") != __version__
            or header.get("classes") != view_fingerprint()
            or header.get("database") != str(database.resolve())
            or header.get("revision") != revision
        ):
            return None
        view = decode_text(view_line)
    except (
        OSError,
        PlannerError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        IndexError,
        RecursionError,
    ):
        return None
    if not isinstance(view, StartupView) or view.revision != revision:
        return None
    return view


# -- the first start ever ------------------------------------------------------------------
FIRST_VIEW_FORMAT = 2  # 2: datetime and tuple fields untagged
# The revision of a view of nothing stored yet: no database has it (0 before the first
# write, else a non-negative random number), so the core's view always replaces it.
NOT_STORED = -1


def first_view_path(program: Path) -> Path:
    stem = program.name.removesuffix(".planner-program.json")
    return program.with_name(f"{stem}.first-view.json")


def _digest(program: Path) -> str:
    import hashlib  # only the first start ever asks (it loads OpenSSL's libcrypto)

    return hashlib.sha256(program.read_bytes()).hexdigest()


def as_first_view(view: StartupView, program: Path) -> StartupView:
    """`view` as kept for the first start: no revision, and the program's file named as
    wherever Planner is installed (the core names the file it read)."""
    source = path_text(program)

    def placed(conference: ConferenceInfo) -> ConferenceInfo:
        return dataclasses.replace(conference, source=source)

    return dataclasses.replace(
        view,
        revision=NOT_STORED,
        conferences=tuple(placed(c) for c in view.conferences),
        conference=placed(view.conference),
    )


def save_first_view(program: Path, view: StartupView) -> Path:
    document = {
        "format": FIRST_VIEW_FORMAT,
        "classes": view_fingerprint(),
        "program_sha256": _digest(program),
        "view": encode(as_first_view(view, Path(program.name))),
    }
    path = first_view_path(program)
    write_atomic(path, json.dumps(document, ensure_ascii=False, indent=0).encode("utf-8"))
    return path


def load_first_view(program: Path) -> StartupView | None:
    """The view of `program` as the core stores it in a new database, or None when none
    was kept for this program file and these value classes."""
    try:
        document = json.loads(first_view_path(program).read_bytes(), object_hook=_decoded_document)
        if (
            document.get("format") != FIRST_VIEW_FORMAT
            or document.get("classes") != view_fingerprint()
            or document.get("program_sha256") != _digest(program)
        ):
            return None
        view = document["view"]
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError):
        return None
    if not isinstance(view, StartupView):
        return None
    return as_first_view(view, program)


class QuickStart:
    """The snapshot of one start of the window, and the one kept for the next start.

    `view` is what to paint at once (None: read the database the ordinary way); `painted`
    what the window was in fact painted with. `keep` saves a view the core read;
    `is_current` says whether a revision is the kept one's.
    """

    def __init__(self, database: Path, cache_dir: Path) -> None:
        self.database = database
        self.snapshot_path = cache_dir / SNAPSHOT_NAME
        revision = read_revision(database)
        self.view = (
            None if revision is None else load_snapshot(self.snapshot_path, database, revision)
        )
        # The revision of the snapshot on disk that this start knows to be current.
        self.kept_revision = None if self.view is None else self.view.revision
        # The first start ever: the bundled program, as the core is about to store it.
        self.first_ever = self.view is None and not database.exists()
        if self.first_ever:
            self.view = load_first_view(bundled_program_path())
        self.painted: StartupView | None = None  # what the window was first painted with

    @property
    def from_snapshot(self) -> bool:
        """Is the window painted from the snapshot (of the last start)?"""
        return self.view is not None and not self.first_ever

    def is_current(self, revision: int) -> bool:
        return self.kept_revision == revision

    def after_first_paint(self, core: Planner, *, replaced: bool = False) -> StartupView | None:
        """The core is open behind the painted window: keep the snapshot for the next
        start, and return the view the window must show instead when the database changed
        since it was painted (or was `replaced` on opening); None if what is shown is
        current."""
        painted, fresh = self.painted, None
        if painted is None or replaced or core.catalog.revision() != painted.revision:
            painted = fresh = core.catalog.view()
        if not self.is_current(painted.revision):
            self.keep(painted)
        return fresh

    def keep_current(self, catalog: Catalog) -> None:
        """At exit: if anything was written since the snapshot, keep what the database now
        holds (read through `catalog`: the core's, or a read-only one when the core was
        never opened), so that the next start paints it at once."""
        if self.is_current(catalog.revision()):
            return
        try:
            view = catalog.view()
        except PlannerError:
            return  # e.g. the conference was removed: the next start reads it all anew
        self.keep(view)

    def keep(self, view: StartupView) -> None:
        """Keep `view` for the next start (or drop the snapshot, for a very big program)."""
        if len(view.talks) > SNAPSHOT_SESSION_LIMIT:
            self.kept_revision = None
            with contextlib.suppress(OSError):
                self.snapshot_path.unlink(missing_ok=True)
            return
        try:
            save_snapshot(self.snapshot_path, self.database, view)
        except (OSError, PlannerError, TypeError, ValueError):
            return  # only a cache (on a full disk, say): the next start is the ordinary one
        self.kept_revision = view.revision
