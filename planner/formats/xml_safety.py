"""Parsing untrusted XML safely, with every failure turned into a clear message.

No entity declarations (so no billion-laughs expansion), no external entities or DTDs
fetched, ever. The declared encoding is honoured by the parser itself.

Entities can only be declared in a document type declaration. So a document in an
ASCII-compatible encoding whose bytes contain no `<!DOCTYPE` cannot declare or reference
any entity beyond XML's five predefined ones, and is parsed by ElementTree's C parser
(three times faster, which matters at 20,000 sessions). Everything else - any DOCTYPE,
UTF-16, an exotic declared encoding - goes through defusedxml, which refuses entity
declarations and external references outright.

XML 1.0 (section 2.2, production [2] `Char`) forbids the C0 control characters other than
tab, line feed and carriage return anywhere in a document, so a conforming parser must
refuse a file that holds one - and real exports do: a frab schedule carried U+0006 inside a
`<description>` (pasted from a form), which made the whole 106-event program unreadable.
Schedule and calendar apps read such files anyway. So do we, within bounds: such a
character in character data (between tags) is removed and reported with its count and
lines; one inside a tag (an element or attribute name) is left for the parser to refuse,
and so is every other malformation (unclosed or mis-nested tags, undefined entities).

Elements nested deeper than `MAX_NESTING` (64) levels are refused here, for every XML format
alike: expat and ElementTree build such a tree without trouble, but the readers walk it
recursively (xCal's components), and 5,000 levels exhausted Python's stack.
"""

from __future__ import annotations

import codecs
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

import defusedxml
import defusedxml.ElementTree as SafeET

from planner.domain.errors import BadInputError
from planner.domain.messages import Note, NoteCode
from planner.domain.refusals import Refusal, RefusalCode
from planner.formats.common import MAX_NESTING

_PROLOG_ENCODING = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")
_ASCII_COMPATIBLE = {b"utf-8", b"utf8", b"us-ascii", b"ascii", b"iso-8859-1", b"latin-1", b"latin1"}


def _cannot_hold_entities(data: bytes) -> bool:
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    if data.lstrip()[:1] != b"<":
        return False  # UTF-16/32, or not XML at all: let defusedxml judge
    declared = _PROLOG_ENCODING.match(data[:200])
    if declared and declared.group(1).lower() not in _ASCII_COMPATIBLE:
        return False
    return b"<!DOCTYPE" not in data and b"<!ENTITY" not in data


# XML 1.0's forbidden characters below U+0020. In an ASCII-compatible encoding (UTF-8
# included) each is one byte that never occurs inside a multi-byte sequence, so they can be
# found and removed on the raw bytes.
_FORBIDDEN_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# The same characters one by one: whether a document holds any is asked of every XML file
# read, and 29 `in` tests (each a memchr over the bytes) take ~2 M instructions for FOSDEM's
# 2 MB where the character class's search took ~60 M.
_FORBIDDEN_BYTES = tuple(bytes((code,)) for code in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20)))
# A file with more of them than this is not a schedule with a pasted stray character.
MAX_REPAIRS = 1_000
# How far back to look for the `<` or `>` that says whether a character is inside a tag.
_TAG_WINDOW = 64 * 1024
_MAX_LINES_NAMED = 5


@dataclass
class XmlRepairs:
    """What `parse_xml` removed from a document to read it; reported to the user."""

    removed: int = 0
    characters: set[str] = field(default_factory=set)
    lines: list[int] = field(default_factory=list)  # the first few lines concerned
    line_count: int = 0
    last_line: int = 0

    def note(self) -> Note:
        """What was removed, for the import's warnings (only when something was)."""
        return Note(
            NoteCode.CONTROL_CHARACTERS,
            self.removed,
            ", ".join(f"U+{ord(char):04X}" for char in sorted(self.characters)),
            tuple(self.lines),
            self.line_count,
        )


def _ascii_compatible(data: bytes) -> bool:
    if data.startswith(codecs.BOM_UTF8):
        return True
    if data[:4].count(0) or data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    declared = _PROLOG_ENCODING.match(data[:200])
    return declared is None or declared.group(1).lower() in _ASCII_COMPATIBLE


def _inside_tag(data: bytes, position: int) -> bool:
    window = max(0, position - _TAG_WINDOW)
    return data.rfind(b"<", window, position) > data.rfind(b">", window, position)


def holds_forbidden_control(data: bytes) -> bool:
    """Whether `data` holds a control character that XML 1.0 forbids (byte-wise)."""
    return any(byte in data for byte in _FORBIDDEN_BYTES)


def _without_forbidden_controls(data: bytes, source: str, repairs: XmlRepairs) -> bytes:
    """`data` with the control characters XML forbids removed from its character data.

    A character counts as character data when the nearest `<` or `>` before it is a `>`
    (or there is none): then it is not inside a tag, so removing it cannot change an element
    or attribute name. One inside a tag is kept, and the parser refuses the file.
    """
    if not holds_forbidden_control(data) or not _ascii_compatible(data):
        return data
    kept = bytearray()
    start = 0
    line, counted_to = 1, 0
    for match in _FORBIDDEN_CONTROL.finditer(data):
        position = match.start()
        if _inside_tag(data, position):
            continue  # real malformation, not ours to repair
        if repairs.removed >= MAX_REPAIRS:
            raise BadInputError(
                source,
                Refusal(RefusalCode.TOO_MANY_CONTROLS, MAX_REPAIRS),
                line=line,
            )
        kept += data[start:position]
        start = position + 1
        line += data.count(b"\n", counted_to, position)
        counted_to = position
        repairs.removed += 1
        repairs.characters.add(chr(data[position]))
        if not repairs.line_count or repairs.last_line != line:
            repairs.line_count += 1
            repairs.last_line = line
            if len(repairs.lines) < _MAX_LINES_NAMED:
                repairs.lines.append(line)
    kept += data[start:]
    return bytes(kept)


def parse_xml(data: bytes, source: str, repairs: XmlRepairs | None = None) -> ET.Element:
    """The document's root element. With `repairs`, control characters that XML forbids
    are removed from character data first (see the module docstring) and counted there."""
    if repairs is not None:
        data = _without_forbidden_controls(data, source, repairs)
    try:
        if _cannot_hold_entities(data):
            root = ET.fromstring(data)  # no DTD, hence no entities: see the module docstring
        else:
            root = SafeET.fromstring(
                data, forbid_dtd=False, forbid_entities=True, forbid_external=True
            )
    except defusedxml.EntitiesForbidden as error:
        raise BadInputError(
            source,
            Refusal(RefusalCode.XML_ENTITIES),
        ) from error
    except defusedxml.ExternalReferenceForbidden as error:
        raise BadInputError(source, Refusal(RefusalCode.XML_EXTERNAL)) from error
    except defusedxml.DefusedXmlException as error:
        raise BadInputError(source, Refusal(RefusalCode.XML_FEATURE, str(error))) from error
    except ET.ParseError as error:
        line, column = getattr(error, "position", (None, None))
        message = str(error).split(":", 1)[0]
        raise BadInputError(
            source, Refusal(RefusalCode.NOT_WELL_FORMED, message), line=line, column=column
        ) from error
    except (ValueError, LookupError) as error:  # e.g. an unknown declared encoding
        raise BadInputError(source, Refusal(RefusalCode.NOT_XML, str(error))) from error
    assert isinstance(root, ET.Element)
    _check_nesting(root, source)
    return root


def _check_nesting(root: ET.Element, source: str) -> None:
    """Refuse a tree deeper than `MAX_NESTING`, walking it level by level (no recursion,
    and no further than the limit: a million levels cost no more than 65)."""
    level = [root]
    depth = 0
    while level:
        depth += 1
        if depth > MAX_NESTING:
            raise BadInputError(source, Refusal(RefusalCode.XML_TOO_DEEP, MAX_NESTING))
        level = [child for element in level for child in element]


def local_name(tag: str) -> str:
    """`{namespace}name` → `name`."""
    return tag.rsplit("}", 1)[-1]


def text_of(element: ET.Element | None) -> str:
    if element is None:
        return ""
    if len(element) == 0:  # no child elements: the common case, and much cheaper
        return (element.text or "").strip()
    return "".join(element.itertext()).strip()
