"""Planner's look in light and dark (issue 17, items 4 and 7): contrast ratios of the
colours actually used, computed as WCAG 2 defines them; disabled controls that look
disabled; marks told apart by shape, not only by colour."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QPushButton

from planner.domain.agenda import Priority
from planner.domain.colors import PALETTE
from planner.ui.appearance import dark_palette, light_palette
from planner.ui.look import (
    AA_GRAPHIC,
    AA_TEXT,
    Look,
    Tone,
    contrast,
    luminance,
    mark_image,
    readable,
)

if TYPE_CHECKING:
    from collections.abc import Callable

R, G = QPalette.ColorRole, QPalette.ColorGroup
PALETTES: dict[str, Callable[[], QPalette]] = {"light": light_palette, "dark": dark_palette}
TEXT_ON = (
    (R.Text, R.Base),
    (R.Text, R.AlternateBase),
    (R.WindowText, R.Window),
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),
    (R.ToolTipText, R.ToolTipBase),
    (R.PlaceholderText, R.Base),
    (R.Link, R.Base),
    (R.LinkVisited, R.Base),
)
# Track colours a program may bring: Planner's own picks, FOSDEM-like pastels, extremes.
TRACK_COLORS = (*PALETTE, "#ffff00", "#ffffff", "#000000", "#808080", "#ffd1dc", "#00ff00")


def test_contrast_follows_wcag() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert luminance(QColor("#ffffff")) == pytest.approx(1.0)
    fixed = readable(QColor("#ffff00"), [QColor("#ffffff")])
    assert contrast(fixed, QColor("#ffffff")) >= AA_TEXT


@pytest.mark.parametrize("scheme", PALETTES)
def test_every_text_role_reads_at_aa(qapp, scheme: str) -> None:
    palette = PALETTES[scheme]()
    for group in (G.Active, G.Inactive):
        for text, ground in TEXT_ON:
            ratio = contrast(palette.color(group, text), palette.color(group, ground))
            assert ratio >= AA_TEXT, (scheme, group, text, ground, ratio)


@pytest.mark.parametrize("scheme", PALETTES)
def test_disabled_text_is_clearly_dimmer_but_visible(qapp, scheme: str) -> None:
    palette = PALETTES[scheme]()
    for text, ground in ((R.ButtonText, R.Button), (R.WindowText, R.Window), (R.Text, R.Base)):
        enabled = contrast(palette.color(G.Active, text), palette.color(G.Active, ground))
        disabled = contrast(palette.color(G.Disabled, text), palette.color(G.Disabled, ground))
        assert disabled < enabled / 2, (scheme, text)
        assert disabled >= 1.8, (scheme, text)


@pytest.mark.parametrize("scheme", PALETTES)
def test_a_disabled_button_renders_dimmer_than_an_enabled_one(qtbot, scheme: str) -> None:
    """What the user saw in dark mode: "Attend" disabled looked enabled. The text of a
    disabled button must render with clearly less contrast."""

    def text_contrast(enabled: bool) -> float:
        button = QPushButton("Attend")
        qtbot.addWidget(button)
        button.setPalette(PALETTES[scheme]())
        button.setEnabled(enabled)
        button.resize(120, 32)
        image = button.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        ground = image.pixelColor(6, image.height() // 2)
        pixels = [
            image.pixelColor(x, y)
            for x in range(20, image.width() - 20)
            for y in range(8, image.height() - 8)
        ]
        return max(contrast(pixel, ground) for pixel in pixels)

    assert text_contrast(False) < text_contrast(True) / 2


@pytest.mark.parametrize("scheme", PALETTES)
def test_planners_own_colours_read_in_both_palettes(qapp, scheme: str) -> None:
    look = Look(PALETTES[scheme]())
    for tone in Tone:  # My Agenda's clash, tight, plan B, free time, suggestion, busy
        for ground in (look.base, look.alternate):
            assert contrast(look.tone(tone), ground) >= AA_TEXT, (scheme, tone)
    for ground in (look.base, look.window):
        assert contrast(look.clash, ground) >= AA_GRAPHIC
    for priority in Priority:
        assert contrast(look.star_line(priority), look.base) >= AA_GRAPHIC
    # The search's marker is painted under the cell's own text: that text must read on it.
    assert contrast(look.text, look.match_background) >= AA_TEXT
    faded_fill, faded_text = look.faded_block()
    assert contrast(faded_text, faded_fill) >= AA_TEXT


@pytest.mark.parametrize("scheme", PALETTES)
def test_track_blocks_are_derived_per_palette_and_always_readable(qapp, scheme: str) -> None:
    look = Look(PALETTES[scheme]())
    for color in TRACK_COLORS:
        for starred in (True, False):
            fill, text = look.track(color, starred=starred)
            assert contrast(fill, text) >= AA_TEXT, (scheme, color, starred)
            if scheme == "dark" and not starred:
                # A tint of the dark base, not the light pastel the light palette uses.
                assert luminance(fill) < 0.2, (color, fill.name())


def test_priorities_differ_in_shape_not_only_colour(qapp) -> None:
    """Without their colours (as a reader who sees none would), must, want, maybe and
    not starred still look different: how much of each half of the star is inked."""
    look = Look(light_palette())

    def coverage(priority: Priority | None) -> tuple[int, int]:
        image = mark_image(priority, 48, look)
        left = right = 0
        for y in range(48):
            for x in range(48):
                if image.pixelColor(x, y).alpha() > 128:
                    if x < 24:
                        left += 1
                    else:
                        right += 1
        return left, right

    must, want, maybe, none = (coverage(p) for p in (*Priority, None))
    assert must[0] > want[0] * 0.9  # the left half is filled for both
    assert want[0] > maybe[0] * 1.25
    assert want[1] < must[1] * 0.8  # the right half only for the must-see
    assert maybe[0] + maybe[1] > (none[0] + none[1]) * 1.3  # solid outline vs dotted
