"""Conference program formats: one module per format, each turning bytes into a `Program`.

A format module is a `Reader` (the protocol below: its name, label, file extensions, a
`sniff` of the file's start and a `parse` raising only `BadInputError`), builds its
`Program` through `builder.ProgramBuilder`, which holds the limits every format shares, and
is registered in `_READERS`; nothing else (storage included) changes.

Readers are imported when first needed: importing them all (defusedxml, the XML and JSON
machinery) cost every start of the app and every command ~50 ms.
"""

from __future__ import annotations

import functools
import importlib
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from planner.domain.display import path_text
from planner.domain.errors import BadInputError, UsageError
from planner.domain.refusals import Refusal, RefusalCode
from planner.formats.common import MAX_FILE_BYTES, ReadOptions, check_size, looks_binary
from planner.user_files import read_user_file

if TYPE_CHECKING:
    from pathlib import Path

    from planner.domain.program import Program


@runtime_checkable
class Reader(Protocol):
    """What a format module provides, as module-level names: each module is a Reader."""

    @property
    def NAME(self) -> str: ...

    @property
    def LABEL(self) -> str: ...

    @property
    def EXTENSIONS(self) -> tuple[str, ...]: ...

    def sniff(self, head: str) -> bool:
        """Does the start of a file (decoded, up to 64 KiB) look like this format?"""
        ...

    def parse(self, data: bytes, source: str, options: ReadOptions | None = None) -> Program:
        """The program in `data`, read from `source`; raises only `BadInputError`."""
        ...


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
def reader(name: str) -> Reader:
    """The module reading format `name` (one of `FORMATS`), imported on first use."""
    module = importlib.import_module(f"planner.formats.{_READERS[name]}")
    if not isinstance(module, Reader):  # a registration mistake, not bad input
        raise TypeError(f"{module.__name__} is registered as a reader but is not a Reader")
    return module


def _modules() -> list[Reader]:
    return [reader(name) for name in FORMATS]


if TYPE_CHECKING:
    # mypy checks here that every format module has the Reader's members with its types;
    # at run time the modules are imported only when first needed (see above).
    from planner.formats import frab_json, frab_xml, ical, planner_json, sessionize, xcal

    _REGISTERED: tuple[Reader, ...] = (planner_json, frab_json, sessionize, xcal, frab_xml, ical)


__all__ = [
    "FORMATS",
    "MAX_FILE_BYTES",
    "ReadOptions",
    "Reader",
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
        raise BadInputError(source, Refusal(RefusalCode.EMPTY))
    if looks_binary(data):
        raise BadInputError(source, Refusal(RefusalCode.BINARY_PROGRAM))
    head = _head(data)
    for module in _modules():
        if module.sniff(head):
            return module.NAME
    lowered = source.lower()
    for module in _modules():
        if lowered.endswith(module.EXTENSIONS):
            return module.NAME
    raise BadInputError(
        source,
        Refusal(RefusalCode.UNKNOWN_FORMAT, ", ".join(m.LABEL for m in _modules())),
    )


def read_program(
    data: bytes, source: str, format: str = "auto", options: ReadOptions | None = None
) -> Program:
    check_size(len(data), source)
    name = detect_format(data, source) if format == "auto" else format
    if name not in _READERS:
        formats = ", ".join(FORMATS)
        raise UsageError.of(Refusal(RefusalCode.UNKNOWN_FORMAT_NAME, format, formats))
    try:
        program = reader(name).parse(data, source, options or ReadOptions())
    except RecursionError as error:
        # Nesting thousands deep exhausts Python's stack in whichever reader walks it.
        raise BadInputError(source, Refusal(RefusalCode.TOO_DEEP)) from error
    except OverflowError as error:
        # Date arithmetic near year 1 or 9999 overflows wherever it happens; importers
        # skip such events where they can, and this catches the places they cannot.
        raise BadInputError(source, Refusal(RefusalCode.TIME_OUT_OF_RANGE)) from error
    if not program.talks:
        raise BadInputError(source, Refusal(RefusalCode.NO_SESSIONS))
    return program


def read_program_file(
    path: Path, format: str = "auto", options: ReadOptions | None = None
) -> Program:
    data = read_user_file(path, MAX_FILE_BYTES, "a conference program")
    return read_program(data, path_text(path), format, options)
