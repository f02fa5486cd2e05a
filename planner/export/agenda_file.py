"""The shareable agenda file (`.planner-agenda`): "my agenda" for a colleague to overlay.

JSON, versioned, described by `docs/agenda.schema.json`. It names who shared it, which
conference (title, acronym, zone, dates and a fingerprint of the program version it was
made from) and, per session: stable key, title and start (to match when keys differ),
priority, status and note. A checksum over the content catches truncation and editing.
Reading is strict about types and sizes, and says exactly what is wrong.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any, TypeVar

from planner.domain.agenda import Priority, Status
from planner.domain.errors import BadInputError
from planner.domain.refusals import Refusal, RefusalCode
from planner.formats.common import MAX_KEY_CHARS, MAX_TITLE_CHARS, Fields, load_json, refusal_of
from planner.formats.times import parse_iso_date as parse_date
from planner.formats.times import parse_iso_datetime

_Choice = TypeVar("_Choice", bound=StrEnum)

if TYPE_CHECKING:
    from collections.abc import Iterable

FORMAT_TAG = "planner-agenda"
FORMAT_VERSION = 1
EXTENSION = ".planner-agenda"
MAX_BYTES = 8 * 1024 * 1024
MAX_SESSIONS = 50_000


@dataclass(frozen=True)
class ConferenceRef:
    title: str
    acronym: str
    time_zone: str
    start: date
    end: date
    fingerprint: str  # of the program version the agenda was made from


@dataclass(frozen=True)
class SharedSession:
    key: str
    title: str
    start: datetime  # aware UTC
    end: datetime | None
    priority: Priority
    status: Status
    note: str = ""


@dataclass(frozen=True)
class SharedAgenda:
    shared_by: str
    created: datetime
    conference: ConferenceRef
    sessions: tuple[SharedSession, ...]


def program_fingerprint(sessions: Iterable[tuple[str, datetime, datetime]]) -> str:
    """A short digest of a program version: its sessions' keys and times."""
    digest = hashlib.sha256()
    for key, start, end in sorted(sessions):
        digest.update(f"{key}\x1f{start.isoformat()}\x1f{end.isoformat()}\x1e".encode())
    return digest.hexdigest()[:24]


def _checksum(document: dict[str, Any]) -> str:
    body = {k: v for k, v in document.items() if k != "checksum"}
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def dump(agenda: SharedAgenda) -> bytes:
    document: dict[str, Any] = {
        "format": FORMAT_TAG,
        "version": FORMAT_VERSION,
        "shared_by": agenda.shared_by,
        "created": agenda.created.astimezone(UTC).isoformat(),
        "conference": {
            "title": agenda.conference.title,
            "acronym": agenda.conference.acronym,
            "time_zone": agenda.conference.time_zone,
            "start": agenda.conference.start.isoformat(),
            "end": agenda.conference.end.isoformat(),
            "program_fingerprint": agenda.conference.fingerprint,
        },
        "sessions": [
            {
                "key": s.key,
                "title": s.title,
                "start": s.start.astimezone(UTC).isoformat(),
                **({"end": s.end.astimezone(UTC).isoformat()} if s.end else {}),
                "priority": s.priority.value,
                "status": s.status.value,
                **({"note": s.note} if s.note else {}),
            }
            for s in agenda.sessions
        ],
    }
    document["checksum"] = _checksum(document)
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def parse(data: bytes, source: str) -> SharedAgenda:
    if len(data) > MAX_BYTES:
        raise BadInputError(
            source, Refusal(RefusalCode.AGENDA_TOO_BIG, len(data), MAX_BYTES // 2**20)
        )
    raw = load_json(data, source)
    document = Fields(raw, "file", source)
    if document.text("format") != FORMAT_TAG:
        raise BadInputError(source, Refusal(RefusalCode.NOT_AN_AGENDA_FILE))
    version = document.value.get("version")
    if type(version) is not int or version != FORMAT_VERSION:  # `true == 1` in Python
        raise BadInputError(
            source, Refusal(RefusalCode.AGENDA_VERSION, repr(version)[:40], str(FORMAT_VERSION))
        )
    checksum = document.text("checksum")
    if not checksum:
        raise BadInputError(source, Refusal(RefusalCode.NO_CHECKSUM))
    if checksum != _checksum(dict(raw)):
        raise BadInputError(source, Refusal(RefusalCode.CHECKSUM_MISMATCH))
    conference = Fields(document.value.get("conference"), "conference", source)
    try:
        ref = ConferenceRef(
            conference.required_text("title", limit=MAX_TITLE_CHARS),
            conference.text("acronym", limit=200),
            conference.required_text("time_zone", limit=100),
            parse_date(conference.required_text("start")),
            parse_date(conference.required_text("end")),
            conference.text("program_fingerprint", limit=200),
        )
        created = parse_iso_datetime(document.required_text("created"), None)
    except ValueError as error:
        raise BadInputError(
            source, Refusal(RefusalCode.AT, "conference", refusal_of(error))
        ) from error
    items = document.list("sessions")
    if len(items) > MAX_SESSIONS:
        raise BadInputError(source, Refusal(RefusalCode.AGENDA_TOO_MANY, len(items), MAX_SESSIONS))
    sessions = []
    for index, item in enumerate(items):
        entry = Fields(item, f"sessions[{index}]", source)
        try:
            start = parse_iso_datetime(entry.required_text("start"), None)
            end = parse_iso_datetime(entry.text("end"), None) if entry.text("end") else None
            if end is not None and end < start:
                raise ValueError(Refusal(RefusalCode.ENDS_BEFORE_IT_STARTS))
            sessions.append(
                SharedSession(
                    # the same limits as the programs the keys and titles come from
                    entry.required_text("key", limit=MAX_KEY_CHARS),
                    entry.required_text("title", limit=MAX_TITLE_CHARS),
                    start,
                    end,
                    _choice(Priority, entry.required_text("priority"), "priority"),
                    _choice(Status, entry.required_text("status"), "status"),
                    entry.text("note", limit=20_000),
                )
            )
        except ValueError as error:
            raise entry.fail(refusal_of(error)) from error
    return SharedAgenda(
        document.text("shared_by", limit=200) or "A colleague", created, ref, tuple(sessions)
    )


def _choice(kind: type[_Choice], value: str, field: str) -> _Choice:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise ValueError(Refusal(RefusalCode.NOT_ONE_OF, field, value, allowed)) from None


def sniff(data: bytes) -> bool:
    return f'"{FORMAT_TAG}"'.encode() in data[:4096]
