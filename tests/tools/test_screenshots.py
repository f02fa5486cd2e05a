"""The screenshot suite renders every view and dialog at both sizes, light and dark, on
FOSDEM 2025 (issue 17)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from PySide6.QtGui import QImage

from planner.tools.screenshots import SCHEMES, SIZES, VIEWS, render

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.slow
def test_every_view_and_dialog_at_both_sizes_in_both_palettes(qapp, tmp_path: Path) -> None:
    written = render(tmp_path)
    names = {path.stem for path in written}
    dialogs = {name.split("-", 2)[2] for name in names if "-dialog-" in name}
    assert {
        "dialog-auto-resolve",
        "dialog-walking-time",
        "dialog-busy-block",
        "dialog-export-calendar",
        "dialog-import-report",
        "dialog-time-zone",
        "dialog-shortcuts",
        "dialog-about",
    } <= dialogs
    for scheme in SCHEMES:
        for width, height in SIZES:
            for name in (*VIEWS, *dialogs):
                path = tmp_path / f"{scheme}-{width}x{height}-{name}.png"
                image = QImage(str(path))
                assert not image.isNull(), path
                # The window is as large as asked: nothing forces it wider or taller.
                assert (image.width(), image.height()) == (width, height), path
    dark = QImage(str(tmp_path / "dark-1600x1000-timetable.png"))
    light = QImage(str(tmp_path / "light-1600x1000-timetable.png"))
    assert dark.pixelColor(5, 500).lightness() < 100 < light.pixelColor(5, 500).lightness()
