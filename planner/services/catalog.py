"""Reading what is stored: conferences and their sessions. Nothing here writes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.domain.changes import Setting
from planner.domain.errors import NotFoundError
from planner.domain.view import StartupView, ViewUpdate
from planner.services import reads
from planner.storage import repo
from planner.storage.db import revision_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sqlalchemy.orm import Session

    from planner.domain.agenda import ConferenceInfo, TalkInfo
    from planner.domain.changes import Changes
    from planner.storage.db import Database


class Catalog:
    def __init__(self, database: Database) -> None:
        self._database = database

    def revision(self) -> int:
        """Changes with every change written to the database (by any process)."""
        with self._database.reading() as session:
            return revision_of(session)

    def conferences(self) -> list[ConferenceInfo]:
        with self._database.reading() as session:
            return repo.list_conferences(session)

    def conference(self, conference_id: int | None = None) -> ConferenceInfo:
        """The given conference, or the default one (most recently imported)."""
        with self._database.reading() as session:
            return reads.conference(session, conference_id)

    def talks(
        self,
        conference_id: int,
        *,
        starred_only: bool = False,
        keys: Sequence[str] | None = None,
    ) -> list[TalkInfo]:
        """The sessions of a conference in time order (only the starred ones, or only
        those with these keys, if asked)."""
        with self._database.reading() as session:
            return repo.list_talks(session, conference_id, starred_only=starred_only, keys=keys)

    def talk(self, conference_id: int, key: str) -> TalkInfo:
        with self._database.reading() as session:
            return repo.get_talk(session, conference_id, key)

    # -- what the window shows ---------------------------------------------------------------
    def view(self, conference_id: int | None = None) -> StartupView:
        """Everything the window shows of a conference (the default one if None), read at
        one revision."""
        with self._database.reading() as session:
            return _view(session, conference_id)

    def update(self, conference_id: int, changes: Changes) -> ViewUpdate:
        """What `changes` changed of the view of `conference_id`, as it is now (read at one
        revision). A new program, or a change by someone else, gives a whole new view; so
        does a conference that is gone (the default one is shown instead)."""
        with self._database.reading() as session:
            revision = revision_of(session)
            if changes.program_changed(conference_id):
                try:
                    view = _view(session, conference_id)
                except NotFoundError:
                    view = _view(session, None)
                return ViewUpdate(revision, conference_id, changes, view=view)
            keys = sorted(changes.star_keys(conference_id))
            return ViewUpdate(
                revision,
                conference_id,
                changes,
                talks=tuple(repo.list_talks(session, conference_id, keys=keys)) if keys else (),
                busy=tuple(reads.busy_blocks(session, conference_id))
                if changes.busy_changed(conference_id)
                else None,
                overlays=tuple(repo.list_overlays(session, conference_id))
                if changes.overlays_changed(conference_id)
                else None,
                settings=reads.conflict_settings(session, conference_id)
                if changes.setting_changed(conference_id, Setting.CONFLICTS)
                else None,
                conferences=tuple(repo.list_conferences(session))
                if changes.conference_list
                else None,
            )


def _view(session: Session, conference_id: int | None) -> StartupView:
    conference = reads.conference(session, conference_id)
    return StartupView(
        revision_of(session),
        tuple(repo.list_conferences(session)),
        conference,
        tuple(repo.list_talks(session, conference.id)),
        tuple(reads.busy_blocks(session, conference.id)),
        tuple(repo.list_overlays(session, conference.id)),
        reads.conflict_settings(session, conference.id),
    )
