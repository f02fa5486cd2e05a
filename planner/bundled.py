"""Files shipped with Planner: the bundled programs (`data/`) and `resources/`.

In a wheel they live inside the package (`planner/_bundled/`); in a source checkout they
are the top-level `data/` and `resources/` directories.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent

BUNDLED_PROGRAM = "kafka-summit-london-2019.planner-program.json"


def _locate(kind: str) -> Path:
    packaged = _PACKAGE / "_bundled" / kind
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parent / kind


def data_dir() -> Path:
    return _locate("data")


def resources_dir() -> Path:
    return _locate("resources")


def bundled_program_path() -> Path:
    return data_dir() / BUNDLED_PROGRAM
