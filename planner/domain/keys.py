"""Stable session keys: how a session is recognised across re-imports of its program.

Order of preference: the source's GUID (globally unique, survives renumbering), then the
source's id within the conference, then a digest of title + start + room. Merged feeds
repeat ids and GUIDs; every event is kept and the repeats get an occurrence suffix, so
keys stay unique and deterministic for the same file.
"""

from __future__ import annotations

import hashlib
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable
    from datetime import datetime

_UNSAFE = re.compile(r"[^0-9A-Za-z._:@+-]+")


def key_from_guid(guid: str) -> str:
    return "guid:" + guid.strip().lower()


def key_from_id(source_id: str) -> str:
    return "id:" + _UNSAFE.sub("-", source_id.strip())


def key_from_content(title: str, start: datetime, room: str) -> str:
    material = "\x1f".join((" ".join(title.casefold().split()), start.isoformat(), room.strip()))
    return "t:" + hashlib.sha1(material.encode("utf-8")).hexdigest()[:16]


def derive_key(
    guid: str | None, source_id: str | None, title: str, start: datetime, room: str
) -> str:
    if guid and guid.strip():
        return key_from_guid(guid)
    if source_id and source_id.strip():
        return key_from_id(source_id)
    return key_from_content(title, start, room)


def uniquify(keys: Iterable[str]) -> list[str]:
    """Suffix repeated keys with their occurrence number ("#2", "#3", ...)."""
    seen: dict[str, int] = {}
    taken = set()
    result: list[str] = []
    for key in keys:
        count = seen.get(key, 0) + 1
        seen[key] = count
        candidate = key if count == 1 else f"{key}#{count}"
        while candidate in taken:
            count += 1
            seen[key] = count
            candidate = f"{key}#{count}"
        taken.add(candidate)
        result.append(candidate)
    return result
