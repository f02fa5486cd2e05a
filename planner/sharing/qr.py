"""QR codes of share links, drawn by segno (a well-kept pure-Python encoder).

Error correction "M" survives a smudged print-out or a glare on a laptop screen; segno
raises it further when that costs no extra size. The quiet zone is the standard 4 modules.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from planner.domain.errors import UsageError
from planner.domain.refusals import Refusal, RefusalCode

if TYPE_CHECKING:
    import segno

QUIET_ZONE = 4
MAX_BYTES = 2331  # what a version 40 code at error correction M holds in byte mode


def make(text: str) -> segno.QRCode:
    import segno  # imported when needed, like the other writers

    if len(text.encode("utf-8")) > MAX_BYTES:
        size = len(text.encode("utf-8"))
        raise UsageError.of(Refusal(RefusalCode.QR_TOO_LONG, size, MAX_BYTES))
    return segno.make_qr(text, error="m", boost_error=True)


def modules(text: str) -> list[list[bool]]:
    """The code as rows of dark (True) and light modules, quiet zone included."""
    return [[bool(cell) for cell in row] for row in make(text).matrix_iter(border=QUIET_ZONE)]


def png(text: str, scale: int = 8) -> bytes:
    """A black-on-white PNG, `scale` pixels per module."""
    buffer = io.BytesIO()
    make(text).save(buffer, kind="png", scale=scale, border=QUIET_ZONE)
    return buffer.getvalue()


def svg(text: str, title: str = "") -> bytes:
    """A standalone SVG document (1 unit per module; it scales without blur)."""
    buffer = io.BytesIO()
    make(text).save(buffer, kind="svg", scale=1, border=QUIET_ZONE, title=title or None, unit="mm")
    return buffer.getvalue()
