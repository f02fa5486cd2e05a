"""The quick scans a program's text goes through say exactly what the slow ones said.

`clean_text` keeps a line that has nothing to collapse as it is, and `xml_safety` asks
whether a document holds a forbidden control character byte by byte instead of through
a character class (issue 18: both ran over every line and every byte of each import).
"""

from __future__ import annotations

import html
import random
import re
import sys
from pathlib import Path

from planner.formats import text, xml_safety

FOSDEM_2025 = Path(__file__).parents[1] / "data" / "schedules" / "xml" / "fosdem-2025.xml"

FORBIDDEN = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # XML 1.0's `Char` production


def collapsed_line_by_line(value: str) -> str:
    """`clean_text` as it was: every line split into words and joined again."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    result: list[str] = []
    for raw in value.split("\n"):
        line = " ".join(raw.split())
        if line or (result and result[-1]):
            result.append(line)
    return "\n".join(result).strip()


def test_every_whitespace_character_but_the_space_is_collapsed() -> None:
    spaces = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()]
    assert len(spaces) > 20
    for space in spaces:
        for line in (f"a{space}b", f"{space}a", f"a{space}", f"a {space}b", f"a{space}{space}b"):
            assert text.clean_text(line) == collapsed_line_by_line(line), repr(line)


def test_lines_are_cleaned_as_before() -> None:
    pieces = [
        "word",
        " ",
        "  ",
        "\t",
        "\n",
        "\r\n",
        "\r",
        "\u00a0",
        "\u2003",
        "\u200b",
        "\u3000",
        "\x1f",
        "é",
        "🙂",
        "\u2028",
        "\x85",
        "",
    ]
    rng = random.Random(18)
    for _ in range(5_000):
        value = "".join(rng.choice(pieces) for _ in range(rng.randrange(12)))
        assert text.clean_text(value) == collapsed_line_by_line(value), repr(value)


def test_the_abstracts_of_a_real_program_are_cleaned_as_before() -> None:
    root = xml_safety.parse_xml(FOSDEM_2025.read_bytes(), "fosdem-2025.xml")
    abstracts = [event.findtext("abstract") or "" for event in root.iter("event")]
    assert len(abstracts) > 900
    for abstract in abstracts:
        unescaped = html.unescape(abstract)
        assert text.clean_text(unescaped) == collapsed_line_by_line(unescaped)


def test_a_forbidden_control_character_is_found_wherever_it_is() -> None:
    for code in range(256):
        for data in (
            bytes((code,)),
            b"<a>" + bytes((code,)) + b"</a>",
            b"x" * 70_000 + bytes((code,)),
        ):
            assert xml_safety.holds_forbidden_control(data) == bool(FORBIDDEN.search(data)), code


def test_random_documents_agree_with_the_character_class() -> None:
    rng = random.Random(1)
    for _ in range(2_000):
        data = bytes(
            rng.choice(b"<>ab \t\n\r\x06\x1f\x7f\xc3\xa9") for _ in range(rng.randrange(40))
        )
        assert xml_safety.holds_forbidden_control(data) == bool(FORBIDDEN.search(data))
