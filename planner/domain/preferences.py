"""Typed per-conference settings: each one a name, a value class and its JSON codec.

The database keeps settings as JSON under a text key; this module is the only place that
knows the key's spelling (`"<name>:<conference id>"`, as stored since the first release)
and how a value turns into JSON and back. A value that does not decode (edited by hand,
written by a newer Planner) reads as the default, never as an error.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from planner.domain.changes import Setting
from planner.domain.conflicts import ConflictSettings

if TYPE_CHECKING:
    from collections.abc import Callable

T = TypeVar("T")


@dataclass(frozen=True)
class Preference(Generic[T]):
    """One kind of setting: where it is kept and how its value is written and read."""

    setting: Setting
    decode: Callable[[object], T]  # JSON (or None when unset) → value; never raises
    encode: Callable[[T], object]  # value → JSON (None removes the setting)

    def key(self, conference_id: int) -> str:
        return f"{self.setting.value}:{conference_id}"


def _decode_conflicts(value: object) -> ConflictSettings:
    try:
        return ConflictSettings.from_json(value)
    except (TypeError, ValueError, OverflowError):
        return ConflictSettings()


CONFLICTS: Preference[ConflictSettings] = Preference(
    Setting.CONFLICTS, _decode_conflicts, ConflictSettings.to_json
)
