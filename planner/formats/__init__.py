"""Conference program formats: one module per format, each turning bytes into a `Program`.

A format module provides `NAME`, `LABEL`, `EXTENSIONS`, `sniff(head: str) -> bool` (does
the start of the file look like this format?) and
`parse(data: bytes, source: str, options: ReadOptions) -> Program`, raising only
`BadInputError`. Register it in `_MODULES`; nothing else (storage included) changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.domain.errors import BadInputError, UsageError
from planner.domain.program import Program
from planner.formats import frab_json, frab_xml, ical, planner_json, sessionize, xcal
from planner.formats.common import MAX_FILE_BYTES, ReadOptions, check_size, looks_binary

if TYPE_CHECKING:
    from pathlib import Path
    from types import ModuleType

# Order matters for sniffing: the most specific signatures first.
_MODULES: tuple[ModuleType, ...] = (planner_json, frab_json, sessionize, xcal, frab_xml, ical)
FORMATS: dict[str, ModuleType] = {module.NAME: module for module in _MODULES}

__all__ = [
    "FORMATS",
    "MAX_FILE_BYTES",
    "ReadOptions",
    "detect_format",
    "read_program",
    "read_program_file",
]


def _head(data: bytes) -> str:
    sample = data[:65536]
    for encoding in ("utf-8-sig", "utf-16", "latin-1"):
        try:
            return sample.decode(encoding)
        except UnicodeDecodeError:
            continue
    return ""  # pragma: no cover - latin-1 decodes anything


def detect_format(data: bytes, source: str) -> str:
    """Name of the format `data` is in, judged by content first, then by file name."""
    if not data.strip():
        raise BadInputError(source, "file is empty")
    if looks_binary(data):
        raise BadInputError(source, "is binary data, not a conference program")
    head = _head(data)
    for module in _MODULES:
        if module.sniff(head):
            return str(module.NAME)
    lowered = source.lower()
    for module in _MODULES:
        if lowered.endswith(tuple(module.EXTENSIONS)):
            return str(module.NAME)
    raise BadInputError(
        source,
        "is not a conference program in any format Planner reads "
        f"({', '.join(m.LABEL for m in _MODULES)})",
    )


def read_program(
    data: bytes, source: str, format: str = "auto", options: ReadOptions | None = None
) -> Program:
    check_size(len(data), source)
    name = detect_format(data, source) if format == "auto" else format
    module = FORMATS.get(name)
    if module is None:
        raise UsageError(f"unknown format {format!r}; choose from auto, {', '.join(FORMATS)}")
    try:
        program = module.parse(data, source, options or ReadOptions())
    except OverflowError as error:
        # Date arithmetic near year 1 or 9999 overflows wherever it happens; importers
        # skip such events where they can, and this catches the places they cannot.
        raise BadInputError(source, "has a date or time out of range") from error
    assert isinstance(program, Program)
    if not program.talks:
        raise BadInputError(source, "contains no sessions")
    return program


def read_program_file(
    path: Path, format: str = "auto", options: ReadOptions | None = None
) -> Program:
    source = str(path)
    try:
        check_size(path.stat().st_size, source)
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except IsADirectoryError as error:
        raise BadInputError(source, "is a folder, not a file") from error
    except FileNotFoundError as error:
        raise BadInputError(source, "no such file") from error
    except PermissionError as error:
        raise BadInputError(source, "permission denied") from error
    except OSError as error:
        raise BadInputError(source, f"cannot be read ({error.strerror or error})") from error
    return read_program(data, source, format, options)
