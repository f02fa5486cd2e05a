"""Helpers shared by the format readers: decoding, limits, zones, field access.

Dates, times and durations are read by `planner.formats.times`, the one parser for them.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from planner.domain.clock import zone_named
from planner.domain.errors import BadInputError
from planner.domain.refusals import Refusal, RefusalCode
from planner.user_files import too_big

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

# Real programs are a few MB (38C3 with 1,000 sessions is ~3 MB); far beyond this is
# either not a program or an attempt to exhaust memory.
MAX_FILE_BYTES = 64 * 1024 * 1024
# Limits on what one program may contain, so absurd files fail fast with a clear message.
MAX_SESSIONS = 200_000
MAX_SPEAKERS_PER_SESSION = 500
MAX_TEXT_CHARS = 200_000
MAX_TITLE_CHARS = 2_000
MAX_KEY_CHARS = 500  # a session's stable key; agenda files carry it too
# Levels of JSON arrays and objects, or of XML elements (the same bound for frab XML and
# both xCal dialects). Real programs stay around a dozen (the deepest is RFC 6321 xCal: an
# alarm's trigger parameter sits 11 deep); thousands exhaust the stack of whatever walks them.
MAX_NESTING = 64


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """What the user tells an importer that the file itself may not say."""

    time_zone: str | None = None  # IANA zone for files without offsets (Sessionize, old XML)


def check_zone(name: str, source: str) -> ZoneInfo:
    zone = zone_named(name)
    if zone is None:
        raise BadInputError(source, Refusal(RefusalCode.UNKNOWN_ZONE, name[:100]))
    return zone


def check_size(size: int, source: str) -> None:
    if size > MAX_FILE_BYTES:
        raise too_big(source, size, MAX_FILE_BYTES, "a conference program")


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
            Refusal(RefusalCode.BAD_BYTE, chosen.upper(), error.start),
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
        raise BadInputError(source, Refusal(RefusalCode.BINARY))
    if data.startswith(_BOMS) or data[:4].count(0) == 0:
        return decode_text(data, source)
    encoding = json.detect_encoding(data)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise BadInputError(source, Refusal(RefusalCode.BAD_ENCODING, encoding.upper())) from error


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
            if depth > MAX_NESTING:
                line = text.count("\n", 0, index) + 1
                raise BadInputError(
                    source, Refusal(RefusalCode.JSON_TOO_DEEP, MAX_NESTING), line=line
                )
        elif char in "]}":
            depth -= 1


def load_json(data: bytes, source: str) -> Any:
    check_size(len(data), source)
    text = decode_json_text(data, source)
    if not text.strip():
        raise BadInputError(source, Refusal(RefusalCode.EMPTY))
    _check_depth(text, source)
    try:
        document = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise BadInputError(
            source, Refusal(RefusalCode.BAD_JSON, error.msg), line=error.lineno, column=error.colno
        ) from error
    except _NotJson as error:
        raise BadInputError(source, Refusal(RefusalCode.BAD_JSON, str(error))) from error
    except ValueError as error:
        # Python refuses to convert integers of over 4,300 digits (CVE-2020-10735); JSON
        # allows them, no program needs one.
        raise BadInputError(source, Refusal(RefusalCode.JSON_HUGE_NUMBER)) from error
    except RecursionError as error:  # pragma: no cover - guarded by _check_depth
        raise BadInputError(source, Refusal(RefusalCode.JSON_NESTED)) from error
    if _ESCAPED_SURROGATE.search(text):
        document = _without_lone_surrogates(document)
    return document


class _NotJson(ValueError):
    pass


def _no_constant(name: str) -> Any:
    # Python's json reads NaN and Infinity, which RFC 8259 does not allow; a title of NaN
    # would become the text "nan".
    raise _NotJson(f"{name} is not a JSON value")


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


def scalar_text(value: Any) -> str:
    """The text a JSON value stands for where a lenient reader expects text: a string as it
    is, a number written out (files give ids and versions as either), and nothing for null,
    booleans, lists and objects - a hostile file may put any value anywhere."""
    if value is None or isinstance(value, bool):
        return ""
    return str(value) if isinstance(value, str | int | float) else ""


def list_or_empty(value: Any) -> list[Any]:
    """A JSON array, or nothing: a hostile file may put any value where a list belongs,
    and readers that skip what they cannot use would rather see no items than fail."""
    return value if isinstance(value, list) else []


def refusal_of(error: ValueError) -> Refusal:
    """What a `ValueError` of a reader of values (`formats.times`) says is wrong, as the
    `Refusal` it carries (its English, and a code the window can say)."""
    said = error.args[0] if error.args else None
    if isinstance(said, Refusal):
        return said
    raise TypeError(f"a ValueError without a refusal: {error!r}") from error


class Fields:
    """Typed, forgiving access to a JSON object, with errors that name the place.

    Text is at most `text_limit` characters unless a call says otherwise; None is no limit
    (for readers whose texts the `ProgramBuilder` measures).
    """

    def __init__(
        self, value: Any, where: str, source: str, *, text_limit: int | None = MAX_TEXT_CHARS
    ) -> None:
        if not isinstance(value, Mapping):
            raise BadInputError(source, Refusal(RefusalCode.NOT_AN_OBJECT, where))
        self.value = value
        self.where = where
        self.source = source
        self.text_limit = text_limit

    def fail(self, problem: Refusal) -> BadInputError:
        """The file refused for `problem` at this place (`RefusalCode.AT`)."""
        return BadInputError(self.source, Refusal(RefusalCode.AT, self.where, problem))

    def refuse(self, refusal: Refusal) -> BadInputError:
        """The file refused for `refusal` (which names the place: `self.where`)."""
        return BadInputError(self.source, refusal)

    def text(self, name: str, default: str = "", *, limit: int | None = None) -> str:
        value = self.value.get(name)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.refuse(Refusal(RefusalCode.NOT_TEXT, self.where, name))
        result = str(value).strip()
        limit = self.text_limit if limit is None else limit
        if limit is not None and len(result) > limit:
            raise self.refuse(
                Refusal(RefusalCode.FIELD_TOO_LONG, self.where, name, len(result), limit)
            )
        return result

    def required_text(self, name: str, *, limit: int | None = None) -> str:
        result = self.text(name, limit=limit)
        if not result:
            raise self.refuse(Refusal(RefusalCode.MISSING, self.where, name))
        return result

    def list(self, name: str) -> list[Any]:
        value = self.value.get(name)
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.refuse(Refusal(RefusalCode.NOT_A_LIST, self.where, name))
        return value

    def flag(self, name: str) -> bool:
        value = self.value.get(name, False)
        if not isinstance(value, bool):
            raise self.refuse(Refusal(RefusalCode.NOT_A_FLAG, self.where, name))
        return value
