"""Use cases: what a user can do, each in one database transaction.

The command line and the Qt layer both call these; neither talks to storage directly.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from planner import bundled
from planner.atomic import write_atomic
from planner.domain.agenda import Status
from planner.domain.conflicts import (
    Commitment,
    ConflictSettings,
    Detection,
    Resolution,
    auto_resolve,
    clashes_with,
    detect,
)
from planner.domain.errors import BadInputError, DatabaseError, NotFoundError, UsageError
from planner.domain.suggest import Suggestion, suggest
from planner.domain.updates import ImportReport
from planner.fetch import Validators, fetch, is_url
from planner.formats import ReadOptions, read_program, read_program_file
from planner.storage import repo
from planner.storage.db import Database, move_aside, open_database
from planner.storage.writer import store_program

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from planner.domain.agenda import BusyInfo, ConferenceInfo, Priority, Star, TalkInfo
    from planner.domain.program import Program


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector during a bulk import.

    Reading a big program (or loading 20,000 sessions for display) allocates hundreds of
    thousands of objects that all stay alive, so the collector's scans find nothing to
    free but cost 15-25% of the work.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class Planner:
    """The application core, bound to one open database."""

    def __init__(self, database: Database) -> None:
        self.database = database

    @classmethod
    def open(cls, path: Path) -> Planner:
        return cls(open_database(path))

    @classmethod
    def open_or_recover(cls, path: Path) -> tuple[Planner, str | None]:
        """Open the database; if it is unusable, keep it aside and start a fresh one.

        The desktop app must start usable even when the file is damaged or foreign, and
        must never delete or overwrite it. Returns the planner and, after a recovery, a
        message telling the user what happened and where the old file now is.
        """
        try:
            return cls.open(path), None
        except DatabaseError as error:
            kept = move_aside(path)
            planner = cls.open(path)
            return planner, (
                f"The database {path} could not be used: {error.problem}. It was kept "
                f"unchanged as {kept}. Planner started with a new database."
            )

    def close(self) -> None:
        self.database.close()

    # -- conferences -------------------------------------------------------------------
    def conferences(self) -> list[ConferenceInfo]:
        with self.database.reading() as session:
            return repo.list_conferences(session)

    def conference(self, conference_id: int | None = None) -> ConferenceInfo:
        """The given conference, or the default one (most recently imported)."""
        with self.database.reading() as session:
            if conference_id is None:
                conference_id = repo.latest_conference_id(session)
                if conference_id is None:
                    raise NotFoundError("no conference has been imported yet")
            return repo.get_conference(session, conference_id)

    def ensure_bundled_program(self) -> ImportReport | None:
        """On first start (an empty database), load the bundled program."""
        with self.database.reading() as session:
            if repo.latest_conference_id(session) is not None:
                return None
        return self.import_file(bundled.bundled_program_path())

    # -- importing ---------------------------------------------------------------------
    def import_program(self, program: Program) -> ImportReport:
        with _collector_paused(), self.database.transaction() as session:
            return store_program(session, program)

    def import_file(
        self, path: Path, format: str = "auto", time_zone: str | None = None
    ) -> ImportReport:
        with _collector_paused():
            program = read_program_file(path, format, ReadOptions(time_zone=time_zone))
        return self.import_program(program)

    def import_bytes(
        self, data: bytes, source: str, format: str = "auto", time_zone: str | None = None
    ) -> ImportReport:
        with _collector_paused():
            program = read_program(data, source, format, ReadOptions(time_zone=time_zone))
        return self.import_program(program)

    def import_source(
        self, path_or_url: str, format: str = "auto", time_zone: str | None = None
    ) -> ImportReport:
        if is_url(path_or_url):
            return self.import_url(path_or_url, format, time_zone)
        return self.import_file(Path(path_or_url), format, time_zone)

    @property
    def feed_dir(self) -> Path:
        """Where the last good copy of each downloaded program is kept, for offline use."""
        return self.database.path.parent / "feeds"

    def import_url(
        self, url: str, format: str = "auto", time_zone: str | None = None
    ) -> ImportReport:
        """Import (or refresh) a program from the web.

        An unchanged feed (HTTP 304, or the same bytes) changes nothing. When the server
        cannot be reached, the last good copy is used and the report says so.
        """
        with self.database.reading() as session:
            feed = repo.get_feed(session, url)
        cached = self.feed_dir / feed.cache_file if feed and feed.cache_file else None
        if feed is None or cached is None or not cached.is_file():
            feed, cached = None, None
        try:
            download = fetch(url, Validators(feed.etag, feed.last_modified) if feed else None)
        except BadInputError as error:
            if feed is None or cached is None:
                raise
            report = self.import_bytes(cached.read_bytes(), url, format, time_zone)
            note = (
                f"offline: {error.problem}; used the copy downloaded "
                f"{feed.fetched_at:%Y-%m-%d %H:%M} UTC"
            )
            return replace(report, warnings=(note, *report.warnings))
        now = datetime.now(UTC)
        if (
            feed is not None
            and feed.conference_id is not None
            and (download.not_modified or download.sha256 == feed.content_sha256)
        ):
            with self.database.transaction() as session:
                repo.save_feed(
                    session,
                    replace(
                        feed,
                        fetched_at=now,
                        etag=download.validators.etag or feed.etag,
                        last_modified=download.validators.last_modified or feed.last_modified,
                    ),
                )
                conference = repo.get_conference(session, feed.conference_id)
                counts = repo.conference_counts(session, feed.conference_id)
            return ImportReport(
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
        if download.not_modified:  # a 304 although we sent no validators: ask plainly
            download = fetch(url)
        program = read_program(download.content, url, format, ReadOptions(time_zone=time_zone))
        cache_name = hashlib.sha256(url.encode()).hexdigest()[:32] + ".program"
        with self.database.transaction() as session:
            report = store_program(session, program)
            write_atomic(self.feed_dir / cache_name, download.content)
            repo.save_feed(
                session,
                repo.FeedState(
                    url,
                    report.conference_id,
                    download.validators.etag,
                    download.validators.last_modified,
                    download.sha256,
                    cache_name,
                    now,
                ),
            )
        return report

    # -- sessions and stars ------------------------------------------------------------
    def talks(self, conference_id: int, *, starred_only: bool = False) -> list[TalkInfo]:
        with _collector_paused(), self.database.reading() as session:
            return repo.list_talks(session, conference_id, starred_only=starred_only)

    def talk(self, conference_id: int, key: str) -> TalkInfo:
        with self.database.reading() as session:
            return repo.get_talk(session, conference_id, key)

    def star(
        self,
        conference_id: int,
        key: str,
        priority: Priority | None = None,
        status: Status | None = None,
        note: str | None = None,
    ) -> Star:
        with self.database.transaction() as session:
            return repo.set_star(
                session, conference_id, key, priority=priority, status=status, note=note
            )

    def unstar(self, conference_id: int, key: str) -> bool:
        with self.database.transaction() as session:
            return repo.remove_star(session, conference_id, key)

    def restore_star(self, conference_id: int, key: str, star: Star | None) -> None:
        """Put a session's star back to an earlier state (None: not starred). For undo."""
        with self.database.transaction() as session:
            if star is None:
                repo.remove_star(session, conference_id, key)
            else:
                repo.restore_star(session, conference_id, key, star)

    # -- conflicts ---------------------------------------------------------------------
    def conflict_settings(self, conference_id: int) -> ConflictSettings:
        with self.database.reading() as session:
            value = repo.get_preference(session, f"conflicts:{conference_id}")
        return ConflictSettings.from_json(value)

    def set_conflict_settings(self, conference_id: int, settings: ConflictSettings) -> None:
        with self.database.transaction() as session:
            repo.set_preference(session, f"conflicts:{conference_id}", settings.to_json())

    def busy_blocks(self, conference_id: int) -> list[BusyInfo]:
        with self.database.reading() as session:
            return repo.list_busy(session, conference_id)

    def add_busy(self, conference_id: int, title: str, start: datetime, end: datetime) -> BusyInfo:
        if start.tzinfo is None or end.tzinfo is None:
            raise UsageError("busy block times need a time zone")
        if end <= start:
            raise UsageError("a busy block must end after it starts")
        with self.database.transaction() as session:
            repo.get_conference(session, conference_id)
            return repo.add_busy(
                session,
                conference_id,
                title.strip() or "Busy",
                start.astimezone(UTC),
                end.astimezone(UTC),
            )

    def remove_busy(self, busy_id: int) -> BusyInfo:
        with self.database.transaction() as session:
            return repo.remove_busy(session, busy_id)

    def restore_busy(self, busy: BusyInfo) -> BusyInfo:
        """Add a removed busy block back (for undo); it gets a new id."""
        return self.add_busy(busy.conference_id, busy.title, busy.start, busy.end)

    def commitments(self, conference_id: int) -> tuple[list[Commitment], list[Commitment]]:
        """(starred sessions not skipped, busy blocks) as commitments."""
        starred = [
            Commitment(t.key, t.title, t.start, t.end, t.room, t.star.priority, t.star.status)
            for t in self.talks(conference_id, starred_only=True)
            # A cancelled session will not happen: it cannot clash with anything.
            if t.star is not None and t.star.status is not Status.SKIP and not t.cancelled
        ]
        busy = [Commitment(b.key, b.title, b.start, b.end) for b in self.busy_blocks(conference_id)]
        return starred, busy

    def conflicts(self, conference_id: int) -> Detection:
        """Clashes among what the user attends (status attend) and their busy blocks."""
        starred, busy = self.commitments(conference_id)
        attending = [c for c in starred if c.status is Status.ATTEND]
        return detect([*attending, *busy], self.conflict_settings(conference_id))

    def resolve_auto(self, conference_id: int, *, dry_run: bool = False) -> Resolution:
        starred, busy = self.commitments(conference_id)
        resolution = auto_resolve(starred, busy, self.conflict_settings(conference_id))
        if not dry_run and resolution.changes:
            self.set_statuses(conference_id, {d.key: d.status for d in resolution.changes})
        return resolution

    def resolve_keep(self, conference_id: int, key: str) -> dict[str, tuple[Status, Status]]:
        """Attend `key`; the sessions it clashes with become plan B. Returns what changed."""
        talk = self.talk(conference_id, key)
        if talk.star is None:
            self.star(conference_id, key)
            talk = self.talk(conference_id, key)
        assert talk.star is not None
        starred, _busy = self.commitments(conference_id)
        settings = self.conflict_settings(conference_id)
        chosen = Commitment(
            talk.key,
            talk.title,
            talk.start,
            talk.end,
            talk.room,
            talk.star.priority,
            talk.star.status,
        )
        others = [c for c in starred if c.key != key and c.status is Status.ATTEND]
        changes: dict[str, tuple[Status, Status]] = {}
        if talk.star.status is not Status.ATTEND:
            changes[key] = (talk.star.status, Status.ATTEND)
        for other in clashes_with(chosen, others, settings):
            changes[other.key] = (other.status, Status.PLAN_B)
        if changes:
            self.set_statuses(conference_id, {k: new for k, (_, new) in changes.items()})
        return changes

    def set_statuses(self, conference_id: int, statuses: Mapping[str, Status]) -> None:
        with self.database.transaction() as session:
            repo.set_statuses(session, conference_id, statuses)

    def suggestions(self, conference_id: int, per_gap: int = 3) -> list[Suggestion]:
        conference = self.conference(conference_id)
        talks = self.talks(conference_id)
        starred, busy = self.commitments(conference_id)
        plan = [c for c in starred if c.status is Status.ATTEND] + busy
        return suggest(talks, plan, self.conflict_settings(conference_id), conference.zone, per_gap)
