"""The name an iCalendar file gives itself (RFC 7986 NAME, else X-WR-CALNAME), read without
parsing its events (a colleague's agenda is named after it)."""

from __future__ import annotations

import re

_UNFOLD = re.compile(rb"\r?\n[ \t]")
_ESCAPES = re.compile(r"\\([\\;,nN])")


def calendar_name(data: bytes) -> str:
    """NAME or X-WR-CALNAME of the VCALENDAR, unescaped; "" when it has neither."""
    found: dict[str, str] = {}
    for raw in _UNFOLD.sub(b"", data[: 1 << 20]).splitlines()[1:]:
        line = raw.decode("utf-8", "replace").strip()
        if line.upper().startswith("BEGIN:"):
            break  # the calendar's own properties come before its first component
        head, _, value = line.partition(":")
        prop = head.split(";", 1)[0].upper()
        if prop in ("NAME", "X-WR-CALNAME") and prop not in found:
            found[prop] = _ESCAPES.sub(lambda m: "\n" if m[1] in "nN" else m[1], value)
    return " ".join((found.get("NAME") or found.get("X-WR-CALNAME") or "").split())[:200]
