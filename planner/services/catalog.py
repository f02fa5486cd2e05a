"""Reading what is stored: conferences and their sessions. Nothing here writes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.services import reads
from planner.storage import repo
from planner.storage.db import revision_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from planner.domain.agenda import ConferenceInfo, TalkInfo
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
