"""Helpers shared by the format readers: decoding, limits, time parsing, field access."""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.domain.errors import BadInputError

# Real programs are a few MB (38C3 with 1,000 sessions is ~3 MB); far beyond this is
# either not a program or an attempt to exhaust memory.
MAX_FILE_BYTES = 64 * 1024 * 1024
# Limits on what one program may contain, so absurd files fail fast with a clear message.
MAX_SESSIONS = 200_000
MAX_SPEAKERS_PER_SESSION = 500
MAX_TEXT_CHARS = 200_000
MAX_TITLE_CHARS = 2_000
MAX_JSON_DEPTH = 64


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """What the user tells an importer that the file itself may not say."""

    time_zone: str | None = None  # IANA zone for files without offsets (Sessionize, old XML)


def check_zone(name: str, source: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise BadInputError(source, f"unknown time zone {name!r}") from error


def check_size(size: int, source: str) -> None:
    if size > MAX_FILE_BYTES:
        raise BadInputError(
            source,
            f"file is {size / 1e6:.0f} MB, over the {MAX_FILE_BYTES // 2**20} MiB limit "
            "for a conference program",
        )


def decode_text(data: bytes, source: str) -> str:
    """Decode a text file: BOM-aware UTF-8/16/32, else strict UTF-8 with the error's place."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            payload, chosen = data[len(bom) :], encoding
            break
    else:
        payload, chosen = data, "utf-8"
    try:
        return payload.decode(chosen)
    except UnicodeDecodeError as error:
        line = payload.count(b"\n", 0, error.start) + 1
        raise BadInputError(
            source,
            f"is not valid {chosen.upper()} text (bad byte at offset {error.start})",
            line=line,
        ) from error


_BOMS = (
    codecs.BOM_UTF8,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
    codecs.BOM_UTF32_LE,
    codecs.BOM_UTF32_BE,
)


def looks_binary(data: bytes) -> bool:
    """True for data that is not text in any encoding a program file could use."""
    head = data[:4096]
    if not head or head.startswith(_BOMS):
        return False
    if head[:4].count(0):
        # UTF-16/32 without a byte order mark: only plausible if it decodes to a text that
        # begins like a program file does (JSON, XML or iCalendar).
        encoding = json.detect_encoding(head)
        if encoding == "utf-8":
            return True
        text = head.decode(encoding, errors="replace")
        stripped = text.lstrip()
        if not stripped or stripped[0] not in "{[<B":
            return True
    elif b"\x00" in head:
        return True
    else:
        text = head.decode("utf-8", errors="replace")
    controls = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\t\n\r") or ch == "\ufffd")
    return controls > len(text) // 10


def decode_json_text(data: bytes, source: str) -> str:
    """JSON is UTF-8 by RFC 8259; accept a BOM, or UTF-16/32 as json.detect_encoding does."""
    if looks_binary(data):
        raise BadInputError(source, "is binary data, not a text file")
    if data.startswith(_BOMS) or data[:4].count(0) == 0:
        return decode_text(data, source)
    encoding = json.detect_encoding(data)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise BadInputError(source, f"is not valid {encoding.upper()} text") from error


def _check_depth(text: str, source: str) -> None:
    """Reject absurdly nested JSON before json.loads recurses into it."""
    depth = 0
    in_string = False
    escaped = False
    for index, char in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                line = text.count("\n", 0, index) + 1
                raise BadInputError(
                    source, f"JSON nested deeper than {MAX_JSON_DEPTH} levels", line=line
                )
        elif char in "]}":
            depth -= 1


def load_json(data: bytes, source: str) -> Any:
    check_size(len(data), source)
    text = decode_json_text(data, source)
    if not text.strip():
        raise BadInputError(source, "file is empty")
    _check_depth(text, source)
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise BadInputError(
            source, f"is not valid JSON: {error.msg}", line=error.lineno, column=error.colno
        ) from error
    except RecursionError as error:  # pragma: no cover - guarded by _check_depth
        raise BadInputError(source, "JSON nested too deeply") from error
    if _ESCAPED_SURROGATE.search(text):
        document = _without_lone_surrogates(document)
    return document


# JSON may escape half of a UTF-16 pair ("\ud800") on its own; Python decodes it to a
# lone surrogate that no encoder accepts later (SQLite, hashing, files). Pairs are joined
# by the decoder, so whatever surrogate remains afterwards is lone.
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_lone_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_without_lone_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {
            _without_lone_surrogates(key): _without_lone_surrogates(item)
            for key, item in value.items()
        }
    return value


def list_or_empty(value: Any) -> list[Any]:
    """A JSON array, or nothing: a hostile file may put any value where a list belongs,
    and readers that skip what they cannot use would rather see no items than fail."""
    return value if isinstance(value, list) else []


class Fields:
    """Typed, forgiving access to a JSON object, with errors that name the place."""

    def __init__(self, value: Any, where: str, source: str) -> None:
        if not isinstance(value, Mapping):
            raise BadInputError(source, f"{where} should be an object")
        self.value = value
        self.where = where
        self.source = source

    def fail(self, problem: str) -> BadInputError:
        return BadInputError(self.source, f"{self.where}: {problem}")

    def text(self, name: str, default: str = "", *, limit: int = MAX_TEXT_CHARS) -> str:
        value = self.value.get(name)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.fail(f"{name!r} should be text")
        result = str(value).strip()
        if len(result) > limit:
            raise self.fail(f"{name!r} is {len(result):,} characters long (limit {limit:,})")
        return result

    def required_text(self, name: str, *, limit: int = MAX_TEXT_CHARS) -> str:
        result = self.text(name, limit=limit)
        if not result:
            raise self.fail(f"{name!r} is missing")
        return result

    def list(self, name: str) -> list[Any]:
        value = self.value.get(name)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(f"{name!r} should be a list")
        return value

    def flag(self, name: str) -> bool:
        value = self.value.get(name, False)
        if not isinstance(value, bool):
            raise self.fail(f"{name!r} should be true or false")
        return value


_ISO_DURATION = re.compile(
    r"^P(?:(?P<weeks>\d+)W)?(?:(?P<days>\d+)D)?"
    r"(?:T(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?(?:(?P<seconds>\d+(?:\.\d+)?)S)?)?$"
)


def parse_duration(value: str) -> timedelta:
    """Durations as schedule files write them.

    "HH:MM", "H:MM", minutes over 59 ("0:90"), "HH:MM:SS", pretalx's "D:HH:MM" (days
    unpadded, only written for events a day or longer), ISO 8601 ("PT1H30M", schedule v2)
    and a bare number of minutes.
    """
    text = value.strip()
    if len(text) == 5 and text[2] == ":" and text[:2].isdigit() and text[3:].isdigit():
        return timedelta(hours=int(text[:2]), minutes=int(text[3:]))  # "HH:MM", the usual
    iso = _ISO_DURATION.match(text.upper()) if text[:1] in "Pp" else None
    if iso and any(iso.groupdict().values()):
        parts = {name: float(number) for name, number in iso.groupdict().items() if number}
        return timedelta(**parts)
    pieces = text.split(":")
    if not text or not all(piece.isdigit() for piece in pieces) or len(pieces) > 3:
        raise ValueError(f"unreadable duration {value!r}")
    numbers = [int(piece) for piece in pieces]
    if len(numbers) == 1:
        return timedelta(minutes=numbers[0])
    if len(numbers) == 2:
        return timedelta(hours=numbers[0], minutes=numbers[1])
    first, second, third = numbers
    # frab pads hours ("01:00:00"); pretalx writes days bare ("1:02:30").
    if len(pieces[0]) == 1 and first > 0 and second < 24:
        return timedelta(days=first, hours=second, minutes=third)
    return timedelta(hours=first, minutes=second, seconds=third)


def parse_iso_datetime(value: str, zone: ZoneInfo | None) -> datetime:
    """An ISO 8601 date-time; one without an offset is read in `zone` (required then)."""
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        if zone is None:
            raise ValueError(f"{value!r} has no UTC offset and no time zone is known")
        moment = moment.replace(tzinfo=zone)
    return moment.astimezone(UTC)


def parse_date(value: str) -> date:
    return date.fromisoformat(value.strip()[:10])
