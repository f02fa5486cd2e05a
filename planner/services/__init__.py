"""Use cases: what a user can do, grouped by what it is about, each one transaction.

The command line and the Qt layer both call these; neither talks to storage directly.
`Planner` only puts the pieces together for one open database:

- `catalog`  reads conferences and sessions                       (`catalog.py`)
- `imports`  programs from files and the web, with the feed cache  (`importing.py`)
- `agenda`   stars, priorities, statuses, busy blocks, clashes     (`agenda.py`)
- `exports`  `.ics` files, the live file, calendar targets        (`exporting.py`)
- `sharing`  agenda files and colleagues' overlays                 (`sharing.py`)
- `phone`    Giggity links out; other apps' favourites in            (`phone.py`)

Every use case that writes returns a `planner.domain.changes.Result` carrying the
`Changes` it committed; after the commit the `subscribers` hear of them (the live
calendar file is one; see `subscribers.py` for the contract a subscriber keeps).

Importing this package loads none of them: each name below is imported when first used
(`__getattr__`), and `Planner` imports the services (SQLAlchemy, the ORM schema) when
one is made. So `planner.services.catalog` - the reads, on the standard library's sqlite3
when nothing is written - loads without SQLAlchemy (tests/test_entry_imports.py).
"""

from __future__ import annotations

import importlib
import threading
from typing import TYPE_CHECKING, Any, TypeVar

from planner.domain.errors import DatabaseError, Recovery
from planner.storage.reader import LOCK_WAIT_SECONDS

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from planner.calendars.service import CalendarService
    from planner.services.agenda import AgendaService
    from planner.services.catalog import Catalog, Comparison
    from planner.services.exporting import ExportService
    from planner.services.importing import ImportService
    from planner.services.phone import PhoneLink, PhoneService
    from planner.services.sharing import AgendaImport, SharingService
    from planner.services.subscribers import Subscriber, Subscribers
    from planner.storage.db import Database
    from planner.storage.units import PlainDatabase

T = TypeVar("T")

__all__ = [
    "AgendaImport",
    "AgendaService",
    "Catalog",
    "Comparison",
    "ExportService",
    "ImportService",
    "PhoneLink",
    "PhoneService",
    "Planner",
    "SharingService",
    "Subscriber",
    "Subscribers",
]

# Where each name above lives (all but `Planner`, which is this module's own).
_HOMES = {
    "AgendaImport": "sharing",
    "AgendaService": "agenda",
    "Catalog": "catalog",
    "Comparison": "catalog",
    "ExportService": "exporting",
    "ImportService": "importing",
    "PhoneLink": "phone",
    "PhoneService": "phone",
    "SharingService": "sharing",
    "Subscriber": "subscribers",
    "Subscribers": "subscribers",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


class Planner:
    """The application core, bound to one open database.

    The catalog and the imports are made with it, and the subscriber that rewrites the
    calendar files following the agenda; every other service when first used: a command
    that imports a program needs none of them, and importing their modules (the clash
    optimiser, the day plan, other apps' favourites files, the calendars' sync) was ~70 M
    instructions of `planner import`, more with the calendars.

    It is made on the core's `Database` (SQLAlchemy), or on a `PlainDatabase` of the
    standard library (`open_plain`): `units`, on which the catalog and the imports run as
    they are. The services that write through the ORM (the agenda, sharing, the phone,
    exports and calendars, and so the calendar files' sync) run on `database`: the same
    object, or for a plain one the same file opened by the core when first needed."""

    def __init__(self, database: Database | PlainDatabase) -> None:
        from planner.services.calendar_files import LocalCalendarTargets
        from planner.services.catalog import Catalog
        from planner.services.importing import ImportService
        from planner.services.subscribers import Subscribers

        self.units = database
        self.subscribers = Subscribers()
        self.catalog = Catalog(database)
        self.imports = ImportService(database, self.subscribers)
        self.local_calendars = LocalCalendarTargets(database, lambda: self.calendars)
        self.subscribers.add(self.local_calendars)
        # Services are made once, whichever thread (the window's lanes) asks first.
        self._making = threading.RLock()
        self._made: dict[str, Any] = {}
        self._core: Database | None = None  # opened by `database` for a plain one

    def _once(self, name: str, make: Callable[[], T]) -> T:
        with self._making:
            if name not in self._made:
                self._made[name] = make()
            made: T = self._made[name]
            return made

    @property
    def database(self) -> Database:
        """The database as the core opens it, for what writes through the ORM (for a
        planner made on a `PlainDatabase`, SQLAlchemy is loaded and it is opened now)."""
        from planner.storage.units import PlainDatabase

        database = self.units
        if not isinstance(database, PlainDatabase):
            return database
        with self._making:
            if self._core is None:
                from planner.storage.db import open_database  # SQLAlchemy: only now

                self._core = open_database(database.path)
            return self._core

    @property
    def exports(self) -> ExportService:
        from planner.services.exporting import ExportService

        return self._once("exports", lambda: ExportService(self.database, self.subscribers))

    @property
    def calendars(self) -> CalendarService:
        """The calendar targets (`planner.calendars`)."""
        return self.exports.calendars

    @property
    def agenda(self) -> AgendaService:
        from planner.services.agenda import AgendaService

        return self._once("agenda", lambda: AgendaService(self.database, self.subscribers))

    @property
    def sharing(self) -> SharingService:
        from planner.services.sharing import SharingService

        return self._once("sharing", lambda: SharingService(self.database, self.subscribers))

    @property
    def phone(self) -> PhoneService:
        from planner.services.phone import PhoneService

        return self._once(
            "phone", lambda: PhoneService(self.database, self.subscribers, self.sharing)
        )

    @classmethod
    def open(cls, path: Path, *, lock_wait: float = LOCK_WAIT_SECONDS) -> Planner:
        from planner.storage.db import open_database  # SQLAlchemy, when a core is opened

        return cls(open_database(path, lock_wait=lock_wait))

    @classmethod
    def open_plain(cls, path: Path, *, lock_wait: float = LOCK_WAIT_SECONDS) -> Planner | None:
        """The core on the standard library's sqlite3 (`storage.units.PlainDatabase`), or
        None when the database must be opened by `open` (to be created, upgraded, or
        opened read-only). Raises what `open` raises for a damaged, foreign or newer file,
        or a lock held longer than `lock_wait`. For one thread: the command line's."""
        from planner.storage.units import PlainDatabase

        database = PlainDatabase.open(path, lock_wait=lock_wait)
        return None if database is None else cls(database)

    @classmethod
    def open_or_recover(
        cls, path: Path, *, lock_wait: float = LOCK_WAIT_SECONDS
    ) -> tuple[Planner, Recovery | None]:
        """Open the database; if it is not a Planner database, keep it aside and start a
        fresh one.

        The desktop app must start usable even when the file is damaged or foreign, and
        must never delete or overwrite it. Only a file that is not a Planner database
        (`DatabaseError`) is set aside; a locked one raises `LockedError` (the window
        waits and retries), and one on a full or read-only disk is opened read-only.
        Returns the planner and, after a recovery or a read-only opening, a message
        telling the user what happened.
        """
        try:
            planner = cls.open(path, lock_wait=lock_wait)
        except DatabaseError as error:
            from planner.storage.db import move_aside

            kept = move_aside(path)
            planner = cls.open(path, lock_wait=lock_wait)
            return planner, Recovery(str(path), error, str(kept))
        read_only = planner.database.read_only
        if read_only is not None:
            return planner, Recovery(str(path), read_only)
        return planner, None

    def close(self) -> None:
        if self._core is not None:
            self._core.close()
        self.units.close()
