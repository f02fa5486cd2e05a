"""Issue 17 item 9: the platform's style and native dialogs unless the user chooses
otherwise. Nothing in Planner turns native dialogs off or sets a style of its own but
`planner.ui.appearance`, which keeps the platform's style under "Like the System" and
leaves it only where that style cannot draw what is asked (a dark desktop, a style
without dark colours; or a Light/Dark choice a palette-blind style cannot show)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette

from planner.ui.appearance import Appearance, AppearanceSetting

if TYPE_CHECKING:
    from collections.abc import Iterator

PLANNER = Path(__file__).parents[2] / "planner"

# What would take the desktop's file dialogs or style away from the user.
FORCING = re.compile(
    r"DontUseNativeDialog|AA_DontUseNativeDialogs|QT_STYLE_OVERRIDE|setStyle\(|"
    r"QStyleFactory\.create|-style"
)


def test_no_code_turns_native_dialogs_off_or_forces_a_style() -> None:
    found = []
    for path in sorted(PLANNER.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if FORCING.search(code) and "setStyleSheet" not in code:
                found.append(f"{path.relative_to(PLANNER.parent)}:{number}: {line.strip()}")
    # The one place that may change the style: the user's appearance choice.
    assert found == [line for line in found if line.startswith("planner/ui/appearance.py:")], found
    assert any("setStyle(" in line for line in found)  # (the scan does see it)


@pytest.fixture
def restored(qapp) -> Iterator[None]:
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)
    qapp.setProperty("planner_platform_style", None)


def _setting(qapp, tmp_path: Path, platform: str) -> AppearanceSetting:
    qapp.setProperty("planner_platform_style", None)
    qapp.setStyle(platform)
    settings = QSettings(str(tmp_path / "planner.ini"), QSettings.Format.IniFormat)
    return AppearanceSetting(qapp, settings)


def _desktop(monkeypatch: pytest.MonkeyPatch, scheme: Qt.ColorScheme) -> None:
    """The desktop's colour scheme as AppearanceSetting reads it (the offscreen platform
    has none to set)."""
    monkeypatch.setattr(
        AppearanceSetting,
        "desktop_scheme",
        lambda self: scheme,
    )


@pytest.mark.usefixtures("restored")
def test_like_the_system_keeps_the_platform_style(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _desktop(monkeypatch, Qt.ColorScheme.Light)
    setting = _setting(qapp, tmp_path, "Windows")
    assert setting.choice is Appearance.SYSTEM  # the default
    assert qapp.style().name().lower() == "windows"
    assert qapp.palette().color(QPalette.ColorRole.Window) == (
        qapp.style().standardPalette().color(QPalette.ColorRole.Window)
    )  # the style's own colours, not Planner's


@pytest.mark.usefixtures("restored")
def test_a_dark_desktop_gets_fusion_only_when_the_style_has_no_dark(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A style without dark colours ("Windows" here) on a dark desktop: Fusion with
    Planner's dark palette, so that the window is dark as the desktop is - and the
    platform's style again as soon as the desktop is light."""
    _desktop(monkeypatch, Qt.ColorScheme.Dark)
    setting = _setting(qapp, tmp_path, "Windows")
    assert qapp.style().name().lower() == "fusion"
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 128
    _desktop(monkeypatch, Qt.ColorScheme.Light)
    setting.apply()  # (what the desktop's colorSchemeChanged calls)
    assert qapp.style().name().lower() == "windows"
    # Chosen by the user: Planner's light palette, in the platform's style still.
    setting.set_choice(Appearance.LIGHT)
    assert qapp.style().name().lower() == "windows"
