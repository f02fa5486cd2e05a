"""Turning the text of program files into clean plain text.

Abstracts arrive as plain text, Markdown, or HTML (FOSDEM escapes HTML inside XML). Planner
stores and shows plain text only: HTML is reduced to its text (paragraphs and list items
kept as lines, link targets kept in brackets) so nothing from a file is ever rendered as
markup, loads a resource or runs. Regular expressions rather than a full HTML parser: an
import of 1,000 abstracts must take milliseconds, and since the result is only ever shown
as text, imperfectly stripped markup cannot do harm.
"""

from __future__ import annotations

import html
import re

_TAG = re.compile(
    r"</?(p|br|a|ul|ol|li|em|strong|b|i|u|h[1-6]|div|span|code|pre|blockquote|img|table|tr|td)"
    r"\b[^>]*>",
    re.IGNORECASE,
)
_SKIPPED = re.compile(
    r"<(script|style|head|title|template|noscript)\b.*?</\1\s*>|<!--.*?-->",
    re.IGNORECASE | re.DOTALL,
)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_BLOCK = re.compile(r"</?(p|div|ul|ol|h[1-6]|blockquote|pre|table|tr)\b[^>]*>", re.IGNORECASE)
_ITEM = re.compile(r"<li\b[^>]*>", re.IGNORECASE)
_ANCHOR = re.compile(
    r"<a\b[^>]*?href\s*=\s*([\"'])(.*?)\1[^>]*>(.*?)</a\s*>", re.IGNORECASE | re.DOTALL
)
_ANY_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_ENTITY = re.compile(r"&(#\d+|#x[0-9a-f]+|[a-z]+\d*);", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    return "<" in text and bool(_TAG.search(text))


def _anchor_text(match: re.Match[str]) -> str:
    href, label = match.group(2).strip(), match.group(3)
    if href.startswith(("http://", "https://", "mailto:")) and href not in label:
        return f"{label} ({href})"
    return label


def html_to_text(markup: str) -> str:
    text = _SKIPPED.sub("", markup)
    text = _ANCHOR.sub(_anchor_text, text)
    text = _BREAK.sub("\n", text)
    text = _ITEM.sub("\n• ", text)
    text = _BLOCK.sub("\n\n", text)
    text = _ANY_TAG.sub("", text)
    return clean_text(html.unescape(text))


def clean_text(text: str) -> str:
    """Trim each line, collapse spaces and runs of blank lines, unify line endings."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    result: list[str] = []
    for raw in text.split("\n"):
        if raw.isprintable() and "  " not in raw and raw[:1] != " " and raw[-1:] != " ":
            # Nothing to collapse: every whitespace character but the space is unprintable,
            # so such a line is its own result (most lines of most abstracts; splitting
            # them into words and joining them again was half of cleaning a program's text).
            line = raw
        else:
            line = " ".join(raw.split())  # str.split() is far faster than a regex here
        if line or (result and result[-1]):
            result.append(line)
    return "\n".join(result).strip()


def plain_text(value: str | None) -> str:
    """Whatever a file put in a text field, as clean plain text."""
    if not value:
        return ""
    if looks_like_html(value):
        return html_to_text(value)
    if "&" in value and _ENTITY.search(value):
        value = html.unescape(value)
    return clean_text(value)


def one_line(value: str | None) -> str:
    """Titles, names, rooms: plain text on one line."""
    if not value:
        return ""
    if "<" not in value and "&" not in value:
        return " ".join(value.split())
    return " ".join(plain_text(value).split())
