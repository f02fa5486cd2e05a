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
        "dialog-guide",
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


@pytest.mark.slow
def test_the_suite_renders_in_another_language(qapp, tmp_path: Path) -> None:
    """German, every view and dialog at both sizes and palettes; the app is English after."""
    from planner.ui import i18n

    written = render(tmp_path, language="de")
    assert i18n.current_language() == "en"
    names = {path.stem for path in written}
    for scheme in SCHEMES:
        for width, height in SIZES:
            for name in VIEWS:
                assert f"{scheme}-{width}x{height}-{name}" in names
    for path in written:
        image = QImage(str(path))
        assert not image.isNull(), path
        assert image.width() in (w for w, _ in SIZES), path


@pytest.mark.slow
def test_the_readme_picture_in_german_and_right_to_left(qapp, tmp_path: Path) -> None:
    pictures = {}
    for language in ("de", "pseudo-rtl", None):
        out = tmp_path / (language or "en")
        written = render(out, readme=True, language=language)
        (path,) = [p for p in written if p.stem.startswith("timetable") and "dark" not in p.stem]
        assert path.stem == (f"timetable-{language}" if language else "timetable")
        pictures[language or "en"] = QImage(str(path))
    sizes = {(image.width(), image.height()) for image in pictures.values()}
    assert sizes == {(1600, 1000)}
    assert pictures["de"] != pictures["en"]  # the words differ
    # Right to left (what is where is checked by test_layout_direction.py).
    assert pictures["pseudo-rtl"] != pictures["en"]
