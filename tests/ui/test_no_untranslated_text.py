"""No English literal reaches a widget without going through tr(): a static check of
`planner/ui/` that finds text handed to Qt (a label, a title, a tip, an accessible name,
a menu, a message, a painted string, a model's text) as a literal or an f-string with
words in it, instead of `self.tr(...)`, `QCoreApplication.translate(...)` or a text
marked with `QT_TRANSLATE_NOOP`. What the window shows in each language is checked by
`test_languages_shown.py`; this catches the sweep's regressions in every file at once,
also in dialogs and messages no test opens."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "planner" / "ui"

# Methods (Qt's and the window's own) whose arguments a person reads.
TEXT_METHODS = frozenset(
    {
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setStatusTip",
        "setWhatsThis",
        "setPlaceholderText",
        "setAccessibleName",
        "setAccessibleDescription",
        "setTitle",
        "addAction",
        "addMenu",
        "addTab",
        "insertTab",
        "setTabText",
        "setTabToolTip",
        "setLabelText",
        "setHeaderLabels",
        "showMessage",
        "setSpecialValueText",
        "setSuffix",
        "setPrefix",
        "addItem",
        "addItems",
        "insertItem",
        "setInformativeText",
        "setDetailedText",
        "setIconText",
        "addButton",
        "setButtonText",
        "setCancelButtonText",
        "setOkButtonText",
        "addRow",
        "addToolBar",
        "drawText",
        "showText",
        "information",
        "warning",
        "critical",
        "question",
        "about",
        "getText",
        "getItem",
        "getInt",
        "getOpenFileName",
        "getSaveFileName",
        "getExistingDirectory",
        # the window's own helpers that show their text
        "set_placeholder",
        "set_notice",
        "show_error",
        "show_message",
        "message_box",
        "ask_save_path",
        "ask_open_path",
        "_say",
        "_saved",
        "_failed",
    }
)
# Widgets and specs built with their text (all their arguments), and specs whose text is
# at some places only (an action's shortcuts are no text).
TEXT_ARGUMENTS = {"ActionSpec": (0, 3), "ItemActionSpec": (0,), "Entry": (3, 4), "Summary": (0, 1)}
TEXT_CLASSES = frozenset(
    {
        "QLabel",
        "QPushButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QAction",
        "QMenu",
        "QToolButton",
        "QProgressDialog",
        "QCommandLinkButton",
        "QMessageBox",
        "QListWidgetItem",
        "QTreeWidgetItem",
        "QTableWidgetItem",
        "QStandardItem",
    }
)
# Keywords whose value a person reads (the undo step's name, an action's tip).
TEXT_KEYWORDS = frozenset({"what", "tip", "accessible", "text", "title"})
WORDS = re.compile(r"[A-Za-z]{2,}")
TAGS = re.compile(r"<[^>]*>")
FILE_NAME = re.compile(r"^[\w-]*\.[\w-]+$")  # "-agenda.ics", ".planner-agenda"


def _is_text(value: str) -> bool:
    """Words a person reads: not markup around the text, nor a file name's ending."""
    bare = TAGS.sub("", value)
    return bool(WORDS.search(bare)) and not FILE_NAME.match(bare.strip())


def _words(node: ast.AST) -> list[str]:
    """The literal text with words in `node`, not looking inside calls (a tr() call, or
    a function that makes its own text, is fine here)."""
    found: list[str] = []
    if isinstance(node, ast.Call):
        return found
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if _is_text(node.value) else []
    if isinstance(node, ast.JoinedStr):
        for part in node.values:
            if isinstance(part, ast.Constant) and isinstance(part.value, str):
                found += [part.value] if _is_text(part.value) else []
        return found
    if isinstance(node, ast.FormattedValue):
        return _words(node.value)
    for child in ast.iter_child_nodes(node):
        if isinstance(child, (ast.Lambda, ast.comprehension)):
            continue
        found += _words(child)
    return found


def _name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return call.func.id if isinstance(call.func, ast.Name) else ""


def literal_texts(source: str, filename: str = "<source>") -> list[tuple[int, str]]:
    """(line, text) of each English literal handed to Qt in `source`."""
    tree = ast.parse(source, filename)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _name(node)
            arguments: list[ast.AST] = []
            if name in TEXT_METHODS or name in TEXT_CLASSES:
                arguments += node.args
            elif name in TEXT_ARGUMENTS:
                arguments += [node.args[i] for i in TEXT_ARGUMENTS[name] if i < len(node.args)]
            arguments += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
            for argument in arguments:
                found += [(node.lineno, text) for text in _words(argument)]
        # A model's text: what `data()` and `headerData()` return.
        if isinstance(node, ast.FunctionDef) and node.name in ("data", "headerData"):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Return) and inner.value is not None:
                    found += [(inner.lineno, text) for text in _words(inner.value)]
    return sorted(found)


def untranslated(root: Path = UI) -> list[str]:
    problems = []
    for path in sorted(root.rglob("*.py")):
        where = path.relative_to(root.parent)
        for line, text in literal_texts(path.read_text(encoding="utf-8"), str(path)):
            problems.append(f"{where}:{line}: {text!r}")
    return problems


def test_no_english_literal_reaches_a_widget() -> None:
    assert untranslated() == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ('label.setText("Hello world")', [(1, "Hello world")]),
        ('QPushButton("&Apply", self)', [(1, "&Apply")]),
        ('bar.showMessage(f"Saved {n} sessions", 5000)', [(1, " sessions"), (1, "Saved ")]),
        ('ActionSpec("&Quit", quit, ("Ctrl+Q",), "Leave")', [(1, "&Quit"), (1, "Leave")]),
        ('box.setToolTip("Clash: " + title)', [(1, "Clash: ")]),
        ('runner.run(work, what="Walking time")', [(1, "Walking time")]),
        ('painter.drawText(rect, 0, "No sessions")', [(1, "No sessions")]),
        ("def data(self, index, role):\n    return 'starred'", [(2, "starred")]),
    ],
)
def test_the_check_finds_english(source: str, expected: list[tuple[int, str]]) -> None:
    assert literal_texts(source) == expected


@pytest.mark.parametrize(
    "source",
    [
        'label.setText(self.tr("Hello world"))',
        'QPushButton(self.tr("&Apply"), self)',
        'bar.showMessage(arg(self.tr("Saved %1"), target), 5000)',
        'box.setToolTip(QCoreApplication.translate("Printing", "Clash"))',
        'action.setText(translated("Actions", spec.text))',
        'label.setText(f"{start} – {end} · {room}")',  # no words: times and names
        'combo.addItem(formats.day(day), format(day, "%Y-%m-%d"))',  # data, not text
        'button.setObjectName("zoom-in")',
        'ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Quit"), quit, ("Ctrl+Q", "Space"))',
        'ask_save_path(self.tr("Export"), f"{slug}-agenda.ics", self.tr("iCalendar (*.ics)"))',
        'QLabel("<ol>" + "".join(f"<li>{step}</li>" for step in steps) + "</ol>")',
    ],
)
def test_the_check_lets_translations_through(source: str) -> None:
    assert literal_texts(source) == []
