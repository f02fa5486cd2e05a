from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from planner.paths import AppPaths

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from planner.ui.mainwindow import MainWindow


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:
    from planner.ui.app import create_main_window

    main_window, recovery = create_main_window(AppPaths.resolve(tmp_path / "data"))
    assert recovery is None
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    yield main_window
    main_window.planner.close()
