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

import functools
import importlib
from typing import TYPE_CHECKING, Any

from planner.domain.errors import DatabaseError, Recovery
from planner.storage.reader import LOCK_WAIT_SECONDS

if TYPE_CHECKING:
    from pathlib import Path

    from planner.services.agenda import AgendaService
    from planner.services.catalog import Catalog, Comparison
    from planner.services.exporting import ExportService
    from planner.services.importing import ImportService
    from planner.services.phone import PhoneLink, PhoneService
    from planner.services.sharing import AgendaImport, SharingService
    from planner.services.subscribers import Subscriber, Subscribers
    from planner.storage.db import Database

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

    The catalog, imports and exports (whose calendar files follow every committed change)
    are made with it; the agenda, sharing and phone services when first used: a command
    that imports a program needs none of them, and importing their modules (the clash
    optimiser, the day plan, other apps' favourites files) was ~70 M instructions of
    `planner import`."""

    def __init__(self, database: Database) -> None:
        from planner.services.catalog import Catalog
        from planner.services.exporting import ExportService, LocalCalendarTargets
        from planner.services.importing import ImportService
        from planner.services.subscribers import Subscribers

        self.database = database
        self.subscribers = Subscribers()
        self.catalog = Catalog(database)
        self.imports = ImportService(database, self.subscribers)
        self.exports = ExportService(database, self.subscribers)
        self.calendars = self.exports.calendars  # calendar targets (planner.calendars)
        self.local_calendars = LocalCalendarTargets(self.calendars)
        self.subscribers.add(self.local_calendars)

    @functools.cached_property
    def agenda(self) -> AgendaService:
        from planner.services.agenda import AgendaService

        return AgendaService(self.database, self.subscribers)

    @functools.cached_property
    def sharing(self) -> SharingService:
        from planner.services.sharing import SharingService

        return SharingService(self.database, self.subscribers)

    @functools.cached_property
    def phone(self) -> PhoneService:
        from planner.services.phone import PhoneService

        return PhoneService(self.database, self.subscribers, self.sharing)

    @classmethod
    def open(cls, path: Path, *, lock_wait: float = LOCK_WAIT_SECONDS) -> Planner:
        from planner.storage.db import open_database  # SQLAlchemy, when a core is opened

        return cls(open_database(path, lock_wait=lock_wait))

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
        self.database.close()
