"""Conference program formats: one module per format, each turning bytes into a `Program`.

A format module provides `NAME`, `LABEL`, `EXTENSIONS`, `sniff(head: str) -> bool` (does
the start of the file look like this format?) and
`parse(data: bytes, source: str, options: ReadOptions) -> Program`, raising only
`BadInputError`. Register it in `_READERS`; nothing else (storage included) changes.

Readers are imported when first needed: importing them all (defusedxml, the XML and JSON
machinery) cost every start of the app and every command ~50 ms.
"""

from __future__ import annotations

import functools
import importlib
from typing import TYPE_CHECKING

from planner.domain.errors import BadInputError, UsageError
from planner.domain.program import Program
from planner.formats.common import MAX_FILE_BYTES, ReadOptions, check_size, looks_binary
from planner.formats.files import read_user_file

if TYPE_CHECKING:
    from pathlib import Path
    from types import ModuleType

# Format name → module. Order matters for sniffing: the most specific signatures first.
_READERS: dict[str, str] = {
    "planner": "planner_json",
    "frab-json": "frab_json",
    "sessionize": "sessionize",
    "xcal": "xcal",
    "frab-xml": "frab_xml",
    "ical": "ical",
}
FORMATS: tuple[str, ...] = tuple(_READERS)


@functools.cache
def reader(name: str) -> ModuleType:
    """The module reading format `name` (one of `FORMATS`), imported on first use."""
    return importlib.import_module(f"planner.formats.{_READERS[name]}")


def _modules() -> list[ModuleType]:
    return [reader(name) for name in FORMATS]


__all__ = [
    "FORMATS",
    "MAX_FILE_BYTES",
    "ReadOptions",
    "detect_format",
    "read_program",
    "read_program_file",
    "read_user_file",
    "reader",
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
    for module in _modules():
        if module.sniff(head):
            return str(module.NAME)
    lowered = source.lower()
    for module in _modules():
        if lowered.endswith(tuple(module.EXTENSIONS)):
            return str(module.NAME)
    raise BadInputError(
        source,
        "is not a conference program in any format Planner reads "
        f"({', '.join(m.LABEL for m in _modules())})",
    )


def read_program(
    data: bytes, source: str, format: str = "auto", options: ReadOptions | None = None
) -> Program:
    check_size(len(data), source)
    name = detect_format(data, source) if format == "auto" else format
    if name not in _READERS:
        raise UsageError(f"unknown format {format!r}; choose from auto, {', '.join(FORMATS)}")
    module = reader(name)
    try:
        program = module.parse(data, source, options or ReadOptions())
    except RecursionError as error:
        # Nesting thousands deep exhausts Python's stack in whichever reader walks it.
        raise BadInputError(source, "is nested too deeply to be a conference program") from error
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
    data = read_user_file(path, MAX_FILE_BYTES, "a conference program")
    return read_program(data, str(path), format, options)
