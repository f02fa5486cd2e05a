"""Every character the window puts in text renders on any machine (issue 17: emoji and
symbols showed as boxes where no font had them). Marks are painted (stars, the clash
triangle, a warning sign); what is text keeps to characters every platform's fonts have:
Latin, Hebrew, and the punctuation, arrows and signs of the WGL4 set that Windows', macOS'
and the Linux desktops' fonts all cover - and the font Qt resolves here has each of them.

Checked: every message of every catalog (sources and all nine languages), and every string
literal in the window's code (what it paints without translating: the star column's
header, a cancelled talk's mark, the guide's menu paths)."""

from __future__ import annotations

import ast
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QIcon

if TYPE_CHECKING:
    from PySide6.QtCore import QAbstractItemModel
    from PySide6.QtWidgets import QApplication

    from planner.ui.mainwindow import MainWindow

UI = Path(__file__).resolve().parents[2] / "planner" / "ui"
CATALOGS = Path(__file__).resolve().parents[2] / "resources" / "translations"
# Beyond Latin and Hebrew: WGL4's punctuation, signs and arrows the texts use.
EVERY_FONT = set("–—‘’‚“”„†‡•…‰‹›€™−←↑→↓↔≤≥≠∞·×")
# Literals that are never shown as such: a regular expression's pattern (a locale's date
# format with the year first: "yyyy年"), the pseudo-languages' brackets (a developer's tool:
# --lang pseudo), the line separator a laid-out text is split at.
NOT_SHOWN_CHARACTERS = {"⟦", "⟧", "\u2028"}


def everywhere(character: str) -> bool:
    code = ord(character)
    return (
        code < 0x250  # Latin, Latin-1, Latin Extended-A and -B
        or 0x0590 <= code <= 0x05FF  # Hebrew
        or character in EVERY_FONT
        or unicodedata.category(character) in ("Cf", "Zs")  # direction marks, spaces
    )


def catalog_texts() -> dict[str, set[str]]:
    """Each character of the catalogs → where it is (catalog: first words)."""
    found: dict[str, set[str]] = {}
    for catalog in sorted(CATALOGS.glob("planner_*.ts")):
        for element in ET.parse(catalog).getroot().iter():
            if element.tag in ("source", "translation", "numerusform") and element.text:
                for character in element.text:
                    found.setdefault(character, set()).add(f"{catalog.name}: {element.text[:40]!r}")
    return found


def _patterns(tree: ast.AST) -> set[int]:
    """The strings that are the pattern of a call of `re` (`re.compile(...)`, ...)."""
    return {
        id(node.args[0])
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "re"
        and node.args
    }


def literal_texts() -> dict[str, set[str]]:
    """Each character of the window's string literals (not its docstrings) → where."""
    found: dict[str, set[str]] = {}
    for source in sorted(UI.rglob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        patterns = _patterns(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                if id(node) in docstrings or id(node) in patterns:
                    continue
                for character in node.value:
                    found.setdefault(character, set()).add(
                        f"{source.relative_to(UI)}:{node.lineno}"
                    )
    return found


def test_every_text_keeps_to_characters_every_platform_has() -> None:
    strays = {
        f"{character!r} U+{ord(character):04X} {unicodedata.name(character, '?')}": sorted(where)[
            :3
        ]
        for texts in (catalog_texts(), literal_texts())
        for character, where in texts.items()
        if not everywhere(character) and character not in NOT_SHOWN_CHARACTERS
    }
    assert strays == {}


def test_the_font_qt_resolves_has_every_character_of_the_texts(qapp: QApplication) -> None:
    metrics = QFontMetrics(qapp.font())
    characters = set(catalog_texts()) | set(literal_texts())
    missing = sorted(
        f"{character!r} U+{ord(character):04X}"
        for character in characters
        if unicodedata.category(character) not in ("Cf", "Cc", "Zs", "Zl", "Zp")
        and not metrics.inFontUcs4(ord(character))
    )
    assert missing == []


def test_the_check_reads_every_shown_literal_but_patterns() -> None:
    """locale_format.py was left out whole for one pattern: its range dash was never read."""
    texts = literal_texts()
    assert any(where.startswith("locale_format.py:") for where in texts["–"])
    assert "年" not in texts  # the year-first date pattern's, never shown


def test_the_check_finds_a_symbol_few_fonts_have() -> None:
    assert not everywhere("★")
    assert not everywhere("⚠")
    assert not everywhere("\U0001f4e7")  # an envelope emoji
    assert everywhere("é")
    assert everywhere("ש")
    assert everywhere("→")


def test_the_star_columns_header_is_a_painted_star_with_a_name_and_a_tip(
    window: MainWindow,
) -> None:
    for model in (window.model, window.table_model):

        def header(role: Qt.ItemDataRole, model: QAbstractItemModel = model) -> object:
            return model.headerData(0, Qt.Orientation.Horizontal, role)

        assert not header(Qt.ItemDataRole.DisplayRole)  # no ★ to lack a glyph for
        icon = header(Qt.ItemDataRole.DecorationRole)
        assert isinstance(icon, QIcon)
        assert not icon.isNull()
        assert header(Qt.ItemDataRole.AccessibleTextRole) == "Starred"
        tip = header(Qt.ItemDataRole.ToolTipRole)
        assert isinstance(tip, str)
        assert "S or Space to star" in tip
