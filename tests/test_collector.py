"""Python's cycle collector never walks the whole heap while a command runs, nor before the
window's first paint (`tests/test_entry_imports.py` checks the window): what they build
lives on to the end, and walking it again each time it grew by a quarter was 3-10 % of
their instructions (issue 18)."""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING

from planner.bundled import bundled_program_path

if TYPE_CHECKING:
    from pathlib import Path

COUNTED = """
import gc, sys
from planner.cli import main
full = []
gc.callbacks.append(
    lambda phase, info: full.append(1) if phase == "start" and info["generation"] == 2 else None
)
code = main(sys.argv[1:])
print(code, len(full), gc.isenabled())
"""


def _full_collections(*args: str) -> tuple[int, int, bool]:
    done = subprocess.run(
        [sys.executable, "-c", COUNTED, *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    code, full, enabled = done.stdout.split()[-3:]
    return int(code), int(full), enabled == "True"


def test_importing_a_program_never_walks_the_whole_heap(tmp_path: Path) -> None:
    program = bundled_program_path()
    data = str(tmp_path / "data")
    assert _full_collections("--data-dir", data, "import", str(program)) == (0, 0, True)
    assert _full_collections("--data-dir", data, "sessions", "--json") == (0, 0, True)
