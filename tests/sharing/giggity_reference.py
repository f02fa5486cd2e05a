"""Giggity's share-link algorithm, rewritten in Python from its Java source to check ours.

Written from Wilm0r/giggity (`ScheduleUI.exportLink`, `ImportView.parseExportLink`,
`ImportView.decodeParam`, `ScheduleViewActivity`'s fragment parsing, `Schedule.Item`'s
`getId`/`getGuid`) and the Java/Android library behaviour they rely on (URLEncoder,
Deflater, android.util.Base64, org.json's JSONArray). It shares no code with
`planner.sharing.giggity`: if both agree, Planner writes what Giggity reads and reads
what Giggity writes.
"""

from __future__ import annotations

import base64
import math
import re
import zlib
from dataclasses import dataclass
from urllib.parse import unquote, unquote_plus

JAVA_INT_MIN, JAVA_INT_MAX = -(2**31), 2**31 - 1


@dataclass(frozen=True)
class Item:
    """Schedule.Item: Giggity drops the id when it equals the GUID."""

    guid: str | None
    id: str | None

    def get_id(self) -> str:  # "for when a shorter ID is useful, e.g. in exported URLs"
        return self.id if self.id is not None else str(self.guid)

    def get_guid(self) -> str:
        return self.guid if self.guid is not None else str(self.id)


def item(guid: str | None, event_id: str | None) -> Item:
    return Item(guid, None if guid is not None and guid == event_id else event_id)


# -- exporting (ScheduleUI.exportLink) -------------------------------------------------------
def url_encoder_encode(text: str) -> str:
    """java.net.URLEncoder.encode(text, "utf-8")."""
    out = ""
    for byte in text.encode("utf-8"):
        if chr(byte) in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-*_":
            out += chr(byte)
        elif byte == 0x20:
            out += "+"
        else:
            out += "%" + format(byte, "02X")
    return out


def org_json_quote(text: str) -> str:
    """org.json JSONStringer's string quoting (as Android's JSONArray.toString uses)."""
    out = '"'
    for char in text:
        if char in '"\\/':
            out += "\\" + char
        elif char == "\t":
            out += "\\t"
        elif char == "\b":
            out += "\\b"
        elif char == "\n":
            out += "\\n"
        elif char == "\r":
            out += "\\r"
        elif char == "\f":
            out += "\\f"
        elif ord(char) <= 0x1F:
            out += f"\\u{ord(char):04x}"
        else:
            out += char
    return out + '"'


def json_array_to_string(values: list[int | str]) -> str:
    return "[" + ",".join(str(v) if isinstance(v, int) else org_json_quote(v) for v in values) + "]"


def java_parse_int(text: str) -> int:
    value = int(text)
    if not JAVA_INT_MIN <= value <= JAVA_INT_MAX:
        raise OverflowError(f"NumberFormatException: For input string: {text!r}")
    return value


def deflate_base64(document: str) -> str:
    """DeflaterOutputStream(Deflater.BEST_COMPRESSION) + Base64 URL_SAFE|NO_PADDING|NO_WRAP."""
    compressed = zlib.compress(document.encode("utf-8"), 9)
    return base64.urlsafe_b64encode(compressed).decode("ascii").rstrip("=")


def export_link(feed_url: str, reminded: list[Item], hidden: list[Item] = ()) -> str:  # type: ignore[assignment]
    link = "https://ggt.gaa.st/#url=" + url_encoder_encode(feed_url)
    for name, items in (("see", reminded), ("del", hidden)):
        values: list[int | str] = []
        for it in items:
            event_id = it.get_id()
            if re.fullmatch(r"[1-9]+[0-9]*", event_id):
                values.append(java_parse_int(event_id))
            else:
                values.append(event_id)
        if values:
            link += f"&{name}=" + deflate_base64(json_array_to_string(values))
    return link


# -- importing (ScheduleViewActivity + ImportView) --------------------------------------------
def java_parse_double(text: str) -> float:
    """Double.parseDouble: leading/trailing whitespace (<= U+0020) and an f/F/d/D suffix
    allowed, NaN and Infinity spelled exactly so; anything else raises ValueError."""
    body = text.strip("".join(chr(c) for c in range(0x21)))
    match = re.fullmatch(
        r"([+-]?)(NaN|Infinity|[0-9]+\.?[0-9]*(?:[eE][+-]?[0-9]+)?|"
        r"\.[0-9]+(?:[eE][+-]?[0-9]+)?)[fFdD]?",
        body,
    )
    if match is None:
        hexadecimal = re.fullmatch(
            r"([+-]?)0[xX]([0-9a-fA-F]*\.?[0-9a-fA-F]*)[pP]([+-]?[0-9]+)[fFdD]?", body
        )
        if hexadecimal is None or hexadecimal.group(2) in ("", "."):
            raise ValueError(text)
        mantissa = hexadecimal.group(2)
        whole, _, fraction = mantissa.partition(".")
        value = float.fromhex(f"0x{whole or '0'}.{fraction or '0'}p{hexadecimal.group(3)}")
        return -value if hexadecimal.group(1) == "-" else value
    sign, number = match.group(1), match.group(2)
    special: float | None = {"NaN": math.nan, "Infinity": math.inf}.get(number)
    value = float(number) if special is None else special
    return -value if sign == "-" else value


def java_double_to_int(value: float) -> int:
    """The (int) cast: NaN is 0, out-of-range values saturate, the rest truncate."""
    if math.isnan(value):
        return 0
    if value >= JAVA_INT_MAX:
        return JAVA_INT_MAX
    if value <= JAVA_INT_MIN:
        return JAVA_INT_MIN
    return int(value)


def org_json_get_int(value: object) -> int:
    """JSONArray.getInt: org.json's JSON.toInteger, or JSONException."""
    if isinstance(value, bool):
        raise TypeError("JSONException")
    if isinstance(value, int):
        # a JSON integer literal: Integer if it fits, else Long (intValue wraps), else
        # a Double (BigInteger is not used by Android's JSONTokener)
        if JAVA_INT_MIN <= value <= JAVA_INT_MAX:
            return value
        if -(2**63) <= value < 2**63:
            return (value + 2**31) % 2**32 - 2**31
        return java_double_to_int(float(value))
    if isinstance(value, float):
        return java_double_to_int(value)
    if isinstance(value, str):
        return java_double_to_int(java_parse_double(value))
    raise TypeError("JSONException")


def parse_json_array(text: str) -> list[object]:
    import json

    values = json.loads(text)
    if not isinstance(values, list):
        raise ValueError("JSONException: not an array")
    return values


def decode_param(param: str | None) -> set[str]:
    ids: set[str] = set()
    if not param:
        return ids
    try:
        compressed = base64.urlsafe_b64decode(param + "=" * (-len(param) % 4))
        document = zlib.decompress(compressed).decode("utf-8")
        for value in parse_json_array(document):
            try:
                ids.add(str(org_json_get_int(value)))
            except (TypeError, ValueError):
                ids.add(str(value))  # getString: the value's toString
    except (ValueError, zlib.error):
        return set()  # Giggity logs the error and shows nothing
    return ids


def import_link(link: str) -> tuple[str, set[str], set[str]]:
    """(feed URL, ids to remind of, ids to hide), as Giggity reads a shared link."""
    fragment = link.split("#", 1)[1]
    url = ""
    for param in fragment.split("&"):
        parts = param.split("=", 1)
        if len(parts) == 2 and parts[0] == "url":
            url = unquote_plus(parts[1])
    # ImportView: Uri.parse(url.replaceFirst("#", "?")).getQueryParameter(...)
    query = link.replace("#", "?", 1).split("?", 1)[1]
    params: dict[str, str] = {}
    for param in query.split("&"):
        name, _, value = param.partition("=")
        params.setdefault(unquote(name), unquote_plus(value))
    return url, decode_param(params.get("see")), decode_param(params.get("del"))


def matched(items: list[Item], ids: set[str]) -> list[Item]:
    """ImportView.refreshContents: an item is listed if its GUID or its id is named."""
    return [it for it in items if it.get_guid() in ids or it.get_id() in ids]
