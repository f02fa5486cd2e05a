"""Track colours: the source's when it has one, else a stable pick from a palette."""

from __future__ import annotations

import hashlib
import re

# Distinct hues that keep white text readable and stay apart for common colour blindness.
PALETTE = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#9467bd",
    "#e377c2",
    "#8c564b",
    "#17becf",
    "#bcbd22",
    "#ff7f0e",
    "#7f7f7f",
    "#393b79",
    "#637939",
    "#8c6d31",
    "#843c39",
)
_HEX = re.compile(r"^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")


def normalize_color(value: str) -> str:
    """Return "#rrggbb" for a CSS-style hex colour, or "" if it is not one."""
    match = _HEX.match(value.strip())
    if not match:
        return ""
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return "#" + digits.lower()


def color_for(name: str, given: str = "") -> str:
    color = normalize_color(given)
    if color:
        return color
    digest = hashlib.sha1(name.casefold().encode("utf-8")).digest()
    return PALETTE[digest[0] % len(PALETTE)]
