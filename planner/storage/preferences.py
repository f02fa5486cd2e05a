"""Reading and writing typed settings (`planner.domain.preferences`) in a transaction."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from planner.storage import repo

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from planner.domain.preferences import Preference

T = TypeVar("T")


def read(session: Session, preference: Preference[T], conference_id: int) -> T:
    return repo.preference(session, preference, conference_id)


def write(session: Session, preference: Preference[T], conference_id: int, value: T) -> None:
    repo.set_preference(session, preference.key(conference_id), preference.encode(value))
