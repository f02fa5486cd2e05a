"""The window's handle on the core: opened when first needed, from whichever thread.

The window paints from a `StartupView` before the core exists (see `planner.quickstart`);
the first operation that writes, or the first key or mouse button pressed in the window
(`planner.ui.core_opening`), opens it - or, when the database must first be created,
filled or recovered, `finish_opening` right after the first paint. Importing
`planner.services` (SQLAlchemy, the ORM schema) happens there and nowhere earlier. Until
then reads are served as the start-up serves them: by the standard library's sqlite3
(`reading`).
"""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from planner.domain.errors import Recovery
    from planner.services import Planner
    from planner.services.catalog import Catalog


def open_core(database: Path, lock_wait: float | None = None) -> tuple[Planner, Recovery | None]:
    """Open (recovering if need be) the database and make sure it holds a program; the
    message says what a recovery did (or why it opened read-only). `lock_wait`: how long
    to wait for another program's lock before `LockedError` (None: the usual wait)."""
    from planner.services import Planner  # the slow import the quick start defers

    if lock_wait is None:
        planner, recovery = Planner.open_or_recover(database)
    else:
        planner, recovery = Planner.open_or_recover(database, lock_wait=lock_wait)
    planner.imports.ensure_bundled_program()
    return planner, recovery


class CoreHandle:
    def __init__(
        self,
        opener: Callable[[], tuple[Planner, Recovery | None]],
        database: Path | None = None,
        lock_wait: float = 0.3,
    ) -> None:
        self._opener = opener
        self._database = database  # read without the core while it is closed (`reading`)
        self._lock_wait = lock_wait
        self._planner: Planner | None = None
        self._lock = threading.Lock()  # an operation on a worker may be the first to ask
        self.recovery: Recovery | None = None  # what opening had to do, for the user

    @classmethod
    def of(cls, planner: Planner) -> CoreHandle:
        """A handle on a core that is already open."""
        handle = cls(lambda: (planner, None))
        handle.get()
        return handle

    @property
    def is_open(self) -> bool:
        return self._planner is not None

    def get(self) -> Planner:
        """The core, opened now if it is not yet."""
        with self._lock:
            if self._planner is None:
                self._planner, self.recovery = self._opener()
            return self._planner

    @contextlib.contextmanager
    def reading(self) -> Iterator[Catalog]:
        """A catalog to read with: the core's once it is open; before, one on a read-only
        connection of the standard library, as the start-up reads (no SQLAlchemy), or the
        core's opened now if the database cannot be read so (it must first be upgraded)."""
        if self._planner is None and self._database is not None:
            from planner.services.catalog import Catalog

            catalog = Catalog.open_read_only(self._database, lock_wait=self._lock_wait)
            if catalog is not None:
                try:
                    yield catalog
                finally:
                    catalog.close()
                return
        yield self.get().catalog

    def close(self) -> None:
        with self._lock:
            if self._planner is not None:
                self._planner.close()
