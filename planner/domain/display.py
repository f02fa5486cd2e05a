"""Strings that are safe to store and to print, whatever bytes they came from.

- A file name is bytes on POSIX; one that is not UTF-8 reaches Python with lone
  surrogates ("\\udcff"), which SQLite cannot store and a terminal cannot print.
  `path_text` spells those bytes out ("\\xff") instead.
- Text from files (titles, rooms, names, messages quoting them) may hold control
  characters: an ESC starts a terminal escape sequence (colours, cursor moves, a new window
  title, even "write to the clipboard"), a newline breaks the promise of one line per
  error, bidirectional overrides make text read differently from what it is. `printable`
  replaces each with a visible escape before it reaches a terminal.
"""

from __future__ import annotations

import functools
import os
import re
import stat

# The patterns are compiled when first used (`_compiled`): the window imports this module
# before its first paint, which uses none of them (~9 M instructions to compile).
# C0 and C1 controls, DEL, and the bidirectional embeddings, overrides and isolates.
_UNSAFE = "[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]"
_SURROGATES = "[\ud800-\udfff]"
_NOT_ESCAPED_BYTES = "[\ud800-\udc7f\udd00-\udfff]"  # not from surrogateescape


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def size_text(size: int) -> str:
    """A size for a message, in decimal units: "2.1 GB", "740 MB", "12 kB". Exact: computed
    in integers, as a float would print 10**17 bytes as "99999999999999984 MB"."""
    for unit, scale in (("TB", 10**12), ("GB", 10**9), ("MB", 10**6), ("kB", 10**3)):
        if size >= scale:
            tenths = (size * 10 + scale // 2) // scale
            if tenths < 100 and tenths % 10:
                return f"{tenths // 10}.{tenths % 10} {unit}"
            return f"{(tenths + 5) // 10:,} {unit}"
    return f"{size} bytes"


# scheme://user:password@ - the password runs to the last "@" before the path, as
# urllib reads it (so a password holding an "@" is hidden whole).
_PASSWORD_IN_URL = r"^([A-Za-z][A-Za-z0-9+.-]*://[^/?#@:]*):[^/?#]*@"


def shown_url(url: str) -> str:
    """`url` as a message may show it: a password in it written as ***. Never raises,
    whatever the text (a malformed address is still shown, without its password)."""
    return _compiled(_PASSWORD_IN_URL).sub(r"\1:***@", url)


def file_kind(mode: int) -> str:
    """What a path that is not a regular file is, for a message ("a named pipe (FIFO)")."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return NOT_REGULAR_KIND


# What `file_kind` says of a mode it has no name for (a door, a whiteout...).
NOT_REGULAR_KIND = "not a regular file"


def path_text(path: str | os.PathLike[str]) -> str:
    """A file name as text: undecodable bytes written as \\xNN, never as surrogates."""
    text = os.fspath(path)
    if text.isascii() or not _compiled(_SURROGATES).search(text):
        return text
    text = _compiled(_NOT_ESCAPED_BYTES).sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, keep: str = "") -> str:
    """`text` with every control character (but those in `keep`, e.g. "\\n") and every
    lone surrogate replaced by a visible escape, so a terminal shows it as it is."""
    if _compiled(_SURROGATES).search(text):
        text = _compiled(_NOT_ESCAPED_BYTES).sub(lambda m: f"\\u{ord(m.group()):04x}", text)
        text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    if not _compiled(_UNSAFE).search(text):
        return text
    if keep:
        return "".join(
            part if part in keep else printable(part)
            for part in re.split(f"([{re.escape(keep)}])", text)
        )
    return _compiled(_UNSAFE).sub(_escape, text)
