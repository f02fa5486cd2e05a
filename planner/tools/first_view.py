"""Keep the view of the bundled program that the window paints at the first start ever.

    python -m planner.tools.first_view

The core imports the bundled program into a new database in a temporary folder, exactly
as the first start does, and the view it reads there is written beside the program file
(`planner.quickstart.first_view_path`). Run it whenever the bundled program, what the
core stores of a program or the view's classes change: `tests/test_first_view.py` fails
until the kept view is what the core makes now (the window ignores a view kept for other
classes or another program file, and opens the core before it paints instead).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from planner.bundled import bundled_program_path
from planner.quickstart import save_first_view

if TYPE_CHECKING:
    from planner.domain.view import StartupView


def view_of_bundled_program() -> StartupView:
    """What the core shows of the bundled program in a new database."""
    from planner.services import Planner

    with tempfile.TemporaryDirectory(prefix="planner-first-view-") as folder:
        core = Planner.open(Path(folder) / "planner.sqlite3")
        try:
            core.imports.ensure_bundled_program()
            return core.catalog.view()
        finally:
            core.close()


def main() -> int:
    program = bundled_program_path()
    path = save_first_view(program, view_of_bundled_program())
    print(f"Wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
