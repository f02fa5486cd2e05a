"""Light or dark: the palettes, and the user's choice (View ▸ Appearance).

- **System** (the default) follows the desktop. The platform's own style draws the
  window with the desktop's palette (Breeze on KDE, the Windows 11 or macOS look), and its
  native file dialogs are used. Where there is no native style (Fusion: a bare X11 or
  Wayland session), Planner's palettes below stand in, light or dark as the desktop says.
- **Light** and **Dark** use Planner's palettes whatever the desktop says; a platform
  style that cannot draw another palette (Windows' "windowsvista", "macos") gives way to
  Fusion for as long as the choice holds.

Planner's palettes are complete: every colour group (active, inactive, disabled) is set,
so disabled controls look disabled, and every text role reads on its background at WCAG AA
(4.5:1; `tests/ui/test_look.py` computes the ratios).
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from planner.ui.focus_ring import install_focus_ring
from planner.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings


class Appearance(StrEnum):
    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"

    @property
    def label(self) -> str:
        """The menu item, marked for translation in the actions' context (see actions.py)."""
        labels = {
            "system": QT_TRANSLATE_NOOP("Actions", "Like the &System"),
            "light": QT_TRANSLATE_NOOP("Actions", "&Light"),
            "dark": QT_TRANSLATE_NOOP("Actions", "&Dark"),
        }
        return labels[self.value]


SETTING = "appearance/scheme"
R = QPalette.ColorRole
G = QPalette.ColorGroup

# Role → (active and inactive, disabled). Text roles read at ≥ 4.5:1 on their background;
# disabled text sits near 2.5-3:1 so that it looks unavailable (WCAG exempts it).
LIGHT: dict[QPalette.ColorRole, tuple[str, str]] = {
    R.Window: ("#efefef", "#efefef"),
    R.WindowText: ("#1a1a1a", "#8c8c8c"),
    R.Base: ("#ffffff", "#f4f4f4"),
    R.AlternateBase: ("#f4f5f7", "#f4f4f4"),
    R.Text: ("#1a1a1a", "#8c8c8c"),
    R.PlaceholderText: ("#666666", "#a0a0a0"),
    R.Button: ("#e8e8e8", "#eeeeee"),
    R.ButtonText: ("#1a1a1a", "#8c8c8c"),
    R.BrightText: ("#ffffff", "#ffffff"),
    R.Light: ("#ffffff", "#ffffff"),
    R.Midlight: ("#e0e0e0", "#e8e8e8"),
    R.Mid: ("#b4b4b4", "#c8c8c8"),
    R.Dark: ("#9a9a9a", "#b0b0b0"),
    R.Shadow: ("#767676", "#9a9a9a"),
    R.Highlight: ("#2b5fb8", "#b8b8b8"),
    R.HighlightedText: ("#ffffff", "#f4f4f4"),
    R.Link: ("#1a56b0", "#8c8c8c"),
    R.LinkVisited: ("#6f3aa0", "#8c8c8c"),
    R.ToolTipBase: ("#fffbe0", "#fffbe0"),
    R.ToolTipText: ("#1a1a1a", "#8c8c8c"),
    R.Accent: ("#2b5fb8", "#b8b8b8"),
}
DARK: dict[QPalette.ColorRole, tuple[str, str]] = {
    R.Window: ("#2b2b2b", "#2b2b2b"),
    R.WindowText: ("#e8e8e8", "#7c7c7c"),
    R.Base: ("#1e1e1e", "#242424"),
    R.AlternateBase: ("#262626", "#242424"),
    R.Text: ("#e8e8e8", "#7c7c7c"),
    R.PlaceholderText: ("#a6a6a6", "#6a6a6a"),
    R.Button: ("#383838", "#2e2e2e"),
    R.ButtonText: ("#e8e8e8", "#7c7c7c"),
    R.BrightText: ("#ffffff", "#ffffff"),
    R.Light: ("#4a4a4a", "#3a3a3a"),
    R.Midlight: ("#404040", "#343434"),
    R.Mid: ("#555555", "#444444"),
    R.Dark: ("#1a1a1a", "#1a1a1a"),
    R.Shadow: ("#0a0a0a", "#0a0a0a"),
    R.Highlight: ("#2f63c0", "#444444"),
    R.HighlightedText: ("#ffffff", "#9a9a9a"),
    R.Link: ("#8ab4f8", "#7c7c7c"),
    R.LinkVisited: ("#c8a2f8", "#7c7c7c"),
    R.ToolTipBase: ("#3a3a3a", "#3a3a3a"),
    R.ToolTipText: ("#e8e8e8", "#7c7c7c"),
    R.Accent: ("#2f63c0", "#444444"),
}


def _palette(colors: dict[QPalette.ColorRole, tuple[str, str]]) -> QPalette:
    palette = QPalette()
    for role, (normal, disabled) in colors.items():
        for group in (G.Active, G.Inactive):
            palette.setColor(group, role, QColor(normal))
        palette.setColor(G.Disabled, role, QColor(disabled))
    return palette


def light_palette() -> QPalette:
    return _palette(LIGHT)


def dark_palette() -> QPalette:
    return _palette(DARK)


# Styles that draw with their platform's own colours and ignore an application palette.
_PALETTE_BLIND = frozenset({"windowsvista", "macos"})


class AppearanceSetting(QObject):
    """The user's choice, applied to the application and remembered in `settings`."""

    changed = Signal(object)  # Appearance

    def __init__(self, app: QApplication, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self._app = app
        self._settings = settings
        # The style the platform gave the application, to return to under "System".
        platform = app.property("planner_platform_style")
        if not platform:
            platform = app.style().name()
            app.setProperty("planner_platform_style", platform)
        self._platform_style = str(platform)
        stored = str(settings.value(SETTING, Appearance.SYSTEM.value))
        self.choice = Appearance(stored) if stored in set(Appearance) else Appearance.SYSTEM
        app.styleHints().colorSchemeChanged.connect(self._desktop_changed)
        install_focus_ring(app)  # a focus mark that stands out in either palette
        self.apply()

    def set_choice(self, choice: Appearance) -> None:
        self.choice = choice
        self._settings.setValue(SETTING, choice.value)
        self.apply()
        self.changed.emit(choice)

    def scheme(self) -> Qt.ColorScheme:
        """Light or dark, as shown now."""
        if self.choice is Appearance.LIGHT:
            return Qt.ColorScheme.Light
        if self.choice is Appearance.DARK:
            return Qt.ColorScheme.Dark
        return self.desktop_scheme()

    def desktop_scheme(self) -> Qt.ColorScheme:
        """Light or dark, as the desktop says (light when it does not say)."""
        desktop = self._app.styleHints().colorScheme()
        return Qt.ColorScheme.Dark if desktop == Qt.ColorScheme.Dark else Qt.ColorScheme.Light

    def apply(self) -> None:
        app = self._app
        dark = self.scheme() == Qt.ColorScheme.Dark
        native = self._platform_style.lower() != "fusion"
        if self.choice is Appearance.SYSTEM and native:
            # The platform style, with the desktop's palette; ours only if the desktop is
            # dark and the style's palette is not (a style that knows no dark).
            self._use_style(self._platform_style)
            platform = app.style().standardPalette()
            platform_dark = platform.color(R.Window).lightness() < 128
            if dark and not platform_dark:
                self._use_style("Fusion")
                app.setPalette(dark_palette())
            else:
                app.setPalette(platform)
            return
        if self._platform_style.lower() in _PALETTE_BLIND:
            self._use_style("Fusion")
        else:
            self._use_style(self._platform_style)
        app.setPalette(dark_palette() if dark else light_palette())

    def _use_style(self, name: str) -> None:
        known = {key.lower() for key in QStyleFactory.keys()}  # noqa: SIM118 - a list
        if self._app.style().name().lower() != name.lower() and name.lower() in known:
            self._app.setStyle(name)

    def _desktop_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.choice is Appearance.SYSTEM:
            self.apply()
