"""Giggity share links: a program's feed URL and the events to remind of (and to hide).

Giggity (the Android schedule app) shares and opens links of the form

    https://ggt.gaa.st/#url=<feed URL>&see=<ids>&del=<ids>

The feed URL is form-encoded (Java's URLEncoder: space as "+", everything but letters,
digits and ``.-*_`` as %XX). Each ``<ids>`` is the base64url text, without padding, of
the zlib stream (deflate at level 9) of a JSON array of event ids: a number where the id
is a plain positive decimal, else a string. Giggity matches an event whose id *or* GUID
is listed. The parameters sit after "#" so that they never reach the web server.

Giggity reads every array element as an integer first and only then as a string, so an
id that looks like a number but is not written as one ("007", "1.5") comes back as a
different id. Such ids are not written; the session's GUID stands in for them.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import unquote, unquote_plus, urlsplit

from planner.domain.errors import BadInputError
from planner.domain.messages import Note, NoteCode, PlaceKind, Where
from planner.domain.refusals import Refusal, RefusalCode
from planner.sharing.favourites import Favourite, Favourites

if TYPE_CHECKING:
    from collections.abc import Iterable

APP = "Giggity"
HOST = "ggt.gaa.st"
PREFIX = f"https://{HOST}/#url="
MAX_LINK_CHARS = 1_000_000
MAX_IDS = 50_000
MAX_ID_CHARS = 500
# What a pasted link is called in a message ("the Giggity link: is not a Giggity link…").
LINK = Where(PlaceKind.GIGGITY_LINK)
_MAX_JSON_BYTES = 4 * 1024 * 1024  # inflated; a link is at most ~1 MB, this is a zip-bomb cap
_JAVA_INT_MAX = 2**31 - 1

# What Java's Double.parseDouble accepts (its documented grammar, less hexadecimal
# significands without a binary exponent, which it rejects). Giggity reads a string
# array element through it first; any id it accepts would come back as a number.
_JAVA_DOUBLE = re.compile(
    r"""[\x00-\x20]*[+-]?(
        NaN | Infinity
        | ( ([0-9]+\.?[0-9]*|\.[0-9]+) ([eE][+-]?[0-9]+)? [fFdD]? )
        | ( 0[xX]([0-9a-fA-F]+\.?|[0-9a-fA-F]*\.[0-9a-fA-F]+) [pP][+-]?[0-9]+ [fFdD]? )
    )[\x00-\x20]*""",
    re.VERBOSE,
)
_BASE64URL = re.compile(r"[A-Za-z0-9_-]*")


@dataclass(frozen=True)
class GiggityLink:
    feed_url: str
    see: tuple[str, ...]  # event ids or GUIDs to remind of, numbers in decimal
    hidden: tuple[str, ...] = ()  # those hidden ("deleted") in Giggity


def link_id(event_id: str, guid: str = "") -> int | str | None:
    """The id to write for an event with this source id and GUID, as the JSON value
    Giggity's own export would write; None if neither survives Giggity's reading."""
    for candidate in (event_id.strip(), guid.strip()):
        if not candidate or len(candidate) > MAX_ID_CHARS:
            continue
        if re.fullmatch(r"[1-9][0-9]*", candidate):
            if int(candidate) <= _JAVA_INT_MAX:
                return int(candidate)
            continue  # Giggity reads larger numbers as another int
        if candidate == "0" or not _JAVA_DOUBLE.fullmatch(candidate):
            return candidate  # "0" is read back as 0, which prints as "0"
    return None


def encode_link(feed_url: str, see: Iterable[int | str], hidden: Iterable[int | str] = ()) -> str:
    """The share link. `see` and `hidden` are values from `link_id`, in the order wanted."""
    if not feed_url.strip():
        raise ValueError("a Giggity link needs the program's feed URL")
    link = PREFIX + _form_encode(feed_url.strip())
    for name, ids in (("see", list(see)), ("del", list(hidden))):
        if ids:
            link += f"&{name}={_pack(ids)}"
    return link


def looks_like_link(text: str) -> bool:
    """True for text that is (or is meant to be) a Giggity share link."""
    head = text.strip()[:200].lower()
    return head.startswith((f"https://{HOST}/", f"http://{HOST}/", f"{HOST}/"))


def decode_link(text: str, source: str = LINK) -> GiggityLink:
    """Read a share link; BadInputError (naming `source`) says what is wrong with it."""
    link = text.strip()
    if len(link) > MAX_LINK_CHARS:
        raise BadInputError(source, Refusal(RefusalCode.LINK_TOO_LONG, len(link)))
    if not looks_like_link(link):
        raise BadInputError(source, Refusal(RefusalCode.NOT_GIGGITY, PREFIX))
    if "://" not in link:
        link = "https://" + link
    fragment = urlsplit(link).fragment
    params: dict[str, str] = {}
    for part in fragment.split("&"):
        name, equals, value = part.partition("=")
        if equals and name not in params:
            params[name] = value
    feed_url = unquote_plus(params.get("url", "")).strip()
    if not feed_url:
        raise BadInputError(source, Refusal(RefusalCode.NO_PROGRAM_URL))
    if urlsplit(feed_url).scheme.lower() not in ("http", "https"):
        raise BadInputError(source, Refusal(RefusalCode.PROGRAM_NOT_WEB, feed_url[:200]))
    see = _unpack(params.get("see", ""), "see", source)
    hidden = _unpack(params.get("del", ""), "del", source)
    if not see and not hidden:
        raise BadInputError(source, Refusal(RefusalCode.NO_EVENTS_LISTED))
    return GiggityLink(feed_url, see, hidden)


def _form_encode(text: str) -> str:
    """Java's URLEncoder.encode(text, "utf-8"), byte for byte."""
    out = []
    for byte in text.encode("utf-8"):
        char = chr(byte)
        if char.isascii() and (char.isalnum() or char in ".-*_"):
            out.append(char)
        elif char == " ":
            out.append("+")
        else:
            out.append(f"%{byte:02X}")
    return "".join(out)


def _pack(ids: list[int | str]) -> str:
    document = json.dumps(ids, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    packed = base64.urlsafe_b64encode(zlib.compress(document, 9))
    return packed.rstrip(b"=").decode("ascii")


def _unpack(value: str, name: str, source: str) -> tuple[str, ...]:
    text = unquote(value).strip()
    if not text:
        return ()
    if not _BASE64URL.fullmatch(text) or len(text) % 4 == 1:
        raise BadInputError(source, Refusal(RefusalCode.NOT_BASE64, name))
    try:
        compressed = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        inflater = zlib.decompressobj()
        document = inflater.decompress(compressed, _MAX_JSON_BYTES)
    except (binascii.Error, zlib.error) as error:
        raise BadInputError(
            source, Refusal(RefusalCode.DOES_NOT_UNPACK, name, str(error))
        ) from error
    if inflater.unconsumed_tail:
        raise BadInputError(source, Refusal(RefusalCode.UNPACKS_TOO_MUCH, name))
    if not inflater.eof:
        raise BadInputError(source, Refusal(RefusalCode.ENDS_EARLY, name))
    try:
        items = json.loads(document.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise BadInputError(source, Refusal(RefusalCode.NOT_A_JSON_LIST, name)) from error
    if not isinstance(items, list):
        raise BadInputError(source, Refusal(RefusalCode.NOT_A_JSON_LIST, name))
    if len(items) > MAX_IDS:
        raise BadInputError(source, Refusal(RefusalCode.TOO_MANY_IDS, len(items), name, MAX_IDS))
    ids: list[str] = []
    for index, item in enumerate(items):
        if isinstance(item, bool) or not isinstance(item, int | str):
            raise BadInputError(source, Refusal(RefusalCode.NOT_AN_EVENT_ID, str(index + 1), name))
        text_id = str(item).strip()
        if not text_id or len(text_id) > MAX_ID_CHARS:
            raise BadInputError(source, Refusal(RefusalCode.NOT_AN_EVENT_ID, str(index + 1), name))
        ids.append(text_id)
    return tuple(dict.fromkeys(ids))


def as_favourites(link: GiggityLink) -> Favourites:
    """The link's events as favourites (hidden events are listed as skipped)."""
    skipped = (Note(NoteCode.HIDDEN_EVENTS, len(link.hidden)),) if link.hidden else ()
    return Favourites(
        APP, tuple(Favourite(ids=(i,)) for i in link.see), skipped, feed_url=link.feed_url
    )
