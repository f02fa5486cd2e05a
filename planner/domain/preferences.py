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


def _decode_url(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _decode_source_ids(value: object) -> dict[str, tuple[str, str]]:
    if not isinstance(value, dict):
        return {}
    return {
        str(key): (ids[0], ids[1])
        for key, ids in value.items()
        if isinstance(ids, list) and len(ids) == 2 and all(isinstance(i, str) for i in ids)
    }


def _encode_source_ids(value: dict[str, tuple[str, str]]) -> object:
    return {key: list(pair) for key, pair in value.items()}


# Where the program is published, as the user gave it once (`agenda link --program-url`).
PROGRAM_URL: Preference[str] = Preference(Setting.PROGRAM_URL, _decode_url, lambda url: url or None)
# Per session key, the source's (event id, GUID) where the key does not say them: other
# apps name sessions by them. Program data rather than a choice, kept here because the
# talks table has no column for it (the schema is another change's this session).
SOURCE_IDS: Preference[dict[str, tuple[str, str]]] = Preference(
    Setting.SOURCE_IDS, _decode_source_ids, _encode_source_ids
)
