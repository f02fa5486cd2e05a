"""Importing conference programs: files, bytes, web addresses (with an offline copy).

Each import stores its program in one transaction; reading and downloading happen before
it, outside any transaction (a download must not hold the database), and `cancelled` is
polled between those steps so that a cancelled import stores nothing.

Everything an import stores is SQL (`storage.writer`) and everything it reads is
`storage.queries`, on the unit of work's connection (`storage.units`): the same code runs
on the core's `Database` and on a `PlainDatabase` of the standard library, which is how
`planner import` stores a program without loading SQLAlchemy. This module must not import
it (an import-linter contract holds it so).
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from planner import bundled
from planner.atomic import write_atomic
from planner.domain.changes import NO_CHANGES, Changes, Report, Result
from planner.domain.display import shown_url
from planner.domain.errors import BadInputError, Cancelled, StorageError
from planner.domain.messages import Note, NoteCode
from planner.domain.refusals import Refusal, RefusalCode
from planner.domain.updates import ImportReport
from planner.fetch import Validators, fetch, is_url
from planner.formats import ReadOptions, read_program, read_program_file
from planner.formats.common import MAX_FILE_BYTES
from planner.storage import queries
from planner.storage.units import connection_of
from planner.storage.writer import store_current_conference, store_feed, store_program
from planner.user_files import read_user_file

if TYPE_CHECKING:
    from collections.abc import Callable

    from planner.domain.program import Program
    from planner.services.subscribers import Subscribers
    from planner.storage.units import UnitsOfWork


# A web address of another scheme (ftp://, file://), which no file name is.
_OTHER_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def _stop_if(cancelled: Callable[[], bool] | None, what: str) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled(what)


class ImportService:
    def __init__(self, database: UnitsOfWork, subscribers: Subscribers) -> None:
        self._database = database
        self._subscribers = subscribers

    @property
    def feed_dir(self) -> Path:
        """Where the last good copy of each downloaded program is kept, for offline use."""
        return self._database.path.parent / "feeds"

    def ensure_bundled_program(self) -> Result[ImportReport | None]:
        """On first start (an empty database), load the bundled program."""
        with self._database.reading() as unit:
            if queries.latest_conference_id(connection_of(unit)) is not None:
                return Result(None)
        imported = self.file(bundled.bundled_program_path())
        return Result(imported.value, imported.changes, imported.reports)

    def make_current(self, conference_id: int) -> Result[bool]:
        """Make `conference_id` the current conference, the one the window opens on and the
        command line answers about (`queries.current_conference_id`): the window calls it
        when the user shows another conference; every import does it as it stores. True if
        it was not current before. Nothing the views show changes (no `Changes`); the
        revision does, so the next start's quick view is of this conference."""
        with self._database.transaction() as unit:
            connection = connection_of(unit)
            queries.get_conference(connection, conference_id)  # NotFoundError if gone
            changed = store_current_conference(unit, conference_id)
        return Result(changed)

    def program(self, program: Program) -> Result[ImportReport]:
        """Store a program read elsewhere (new, or an update of one already here)."""
        with self._database.transaction() as unit:
            report = store_program(unit, program)
        return self._subscribers.committed(report, Changes.of_program(report.conference_id))

    def file(
        self,
        path: Path,
        format: str = "auto",
        time_zone: str | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Result[ImportReport]:
        program = read_program_file(path, format, ReadOptions(time_zone=time_zone))
        _stop_if(cancelled, f"importing {path}")
        return self.program(program)

    def data(
        self,
        data: bytes,
        source: str,
        format: str = "auto",
        time_zone: str | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Result[ImportReport]:
        program = read_program(data, source, format, ReadOptions(time_zone=time_zone))
        _stop_if(cancelled, f"importing {source}")
        return self.program(program)

    def source(
        self,
        path_or_url: str,
        format: str = "auto",
        time_zone: str | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Result[ImportReport]:
        """Import a file or URL. `cancelled` is polled between steps (download, reading,
        storing); once it answers True, `Cancelled` is raised before anything is stored."""
        if is_url(path_or_url):
            return self.url(path_or_url, format, time_zone, cancelled)
        if _OTHER_SCHEME.match(path_or_url.strip()):  # ftp://..., file://...: not a file name
            raise BadInputError(
                shown_url(path_or_url.strip()),
                Refusal(RefusalCode.NOT_A_WEB_ADDRESS),
            )
        return self.file(Path(path_or_url), format, time_zone, cancelled)

    def url(
        self,
        url: str,
        format: str = "auto",
        time_zone: str | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> Result[ImportReport]:
        """Import (or refresh) a program from the web.

        An unchanged feed (HTTP 304, or the same bytes) changes nothing. When the server
        cannot be reached, the last good copy is used and the report says so.
        """
        with self._database.reading() as unit:
            feed = queries.get_feed(connection_of(unit), url)
        kept = self.feed_dir / feed.cache_file if feed and feed.cache_file else None
        cached = kept
        if feed is None or cached is None or not cached.is_file():
            feed, cached = None, None
        try:
            download = fetch(
                url,
                Validators(feed.etag, feed.last_modified) if feed else None,
                cancelled=cancelled,
            )
        except BadInputError as error:
            if feed is None or cached is None:
                raise
            _stop_if(cancelled, f"importing {url}")
            try:  # read as every file is: the copy might have become a pipe, or huge
                copy = read_user_file(cached, MAX_FILE_BYTES, "a conference program")
            except BadInputError:
                raise error from None  # no copy to use: the download's failure is the news
            result = self.data(copy, url, format, time_zone, cancelled)
            note = Note(NoteCode.OFFLINE, error.problem, feed.fetched_at)
            report = replace(result.value, warnings=(note, *result.value.warnings))
            return Result(report, result.changes, result.reports)
        _stop_if(cancelled, f"importing {url}")
        now = datetime.now(UTC)
        if (
            feed is not None
            and feed.conference_id is not None
            and (download.not_modified or download.sha256 == feed.content_sha256)
        ):
            # When a feed was last looked at is bookkeeping no view shows: no new revision.
            with self._database.transaction(bookkeeping=True) as unit:
                store_feed(
                    unit,
                    replace(
                        feed,
                        fetched_at=now,
                        etag=download.validators.etag or feed.etag,
                        last_modified=download.validators.last_modified or feed.last_modified,
                    ),
                )
                conference = queries.get_conference(connection_of(unit), feed.conference_id)
                counts = queries.conference_counts(connection_of(unit), feed.conference_id)
            unchanged = ImportReport(
                conference.id,
                conference.title,
                False,
                conference.format,
                url,
                sessions=counts["sessions"],
                speakers=counts["speakers"],
                rooms=counts["rooms"],
                tracks=counts["tracks"],
                days=counts["days"],
                unchanged=True,
            )
            # Imported again, it is the current conference (its own transaction: making it
            # current is no bookkeeping, the next start shows it).
            self.make_current(conference.id)
            return Result(unchanged, NO_CHANGES)  # only when it was last looked at
        if download.not_modified:  # a 304 although we sent no validators: ask plainly
            download = fetch(url, cancelled=cancelled)
        program = read_program(download.content, url, format, ReadOptions(time_zone=time_zone))
        _stop_if(cancelled, f"importing {url}")
        # Named by the address and the content: the copy of what is stored now is written
        # after the commit (a failed commit leaves no copy of a program never stored), and
        # never over the copy the database names until then.
        cache_name = (
            f"{hashlib.sha256(url.encode()).hexdigest()[:32]}-{download.sha256[:16]}.program"
        )
        with self._database.transaction() as unit:
            report = store_program(unit, program)
            store_feed(
                unit,
                queries.FeedState(
                    url,
                    report.conference_id,
                    download.validators.etag,
                    download.validators.last_modified,
                    download.sha256,
                    cache_name,
                    now,
                ),
            )
        result = self._subscribers.committed(report, Changes.of_program(report.conference_id))
        kept_copy = self._keep_copy(url, cache_name, download.content, kept)
        if kept_copy is None:
            return result
        return Result(result.value, result.changes, (*result.reports, kept_copy))

    def _keep_copy(
        self, url: str, name: str, content: bytes, previous: Path | None
    ) -> Report | None:
        """Write the offline copy of a program just stored, then drop the one before it;
        a copy that cannot be written is a problem to tell (the import stands, and a later
        refresh without the network finds no copy rather than an older one)."""
        try:
            write_atomic(self.feed_dir / name, content)
        except StorageError as error:
            return Report(
                "the offline copy",
                False,
                f"{url}: imported, but its offline copy could not be kept ({error.problem})",
            )
        if previous is not None and previous.name != name:
            with contextlib.suppress(OSError):
                previous.unlink()
        return None
