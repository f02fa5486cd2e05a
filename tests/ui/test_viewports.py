"""Viewports made in Python (`planner.ui.viewports`): set up as Qt sets up its own, and the
window's start, up to its first paint, never makes Qt for Python look up the class of a
widget Qt made itself (which loads dozens of widget classes Planner never uses)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QTableView, QTreeView, QWidget

from planner import probe
from planner.ui.viewports import own_viewport
from planner.ui.widgets.clear_views import ClearTableView, ClearTreeView, ClearTreeWidget

if TYPE_CHECKING:
    from pathlib import Path

_ATTRIBUTES = tuple(Qt.WidgetAttribute)


def _setup(viewport: QWidget) -> dict[str, object]:
    return {
        "name": viewport.objectName(),
        "role": viewport.backgroundRole(),
        "filled": viewport.autoFillBackground(),
        "attributes": {a.name for a in _ATTRIBUTES if viewport.testAttribute(a)},
        "mouse tracking": viewport.hasMouseTracking(),
        "focus policy": viewport.focusPolicy(),
        "cursor": viewport.cursor().shape(),
    }


@pytest.mark.parametrize("kind", [QTreeView, QTableView, QAbstractScrollArea])
def test_a_viewport_made_here_is_set_up_as_qts_own(qtbot, kind: type[QAbstractScrollArea]) -> None:
    theirs, ours = kind(), kind()
    qtbot.addWidget(theirs)
    qtbot.addWidget(ours)
    made = own_viewport(ours)
    assert ours.viewport() is made
    assert made.parent() is ours
    assert made.focusProxy() is ours
    assert _setup(made) == _setup(theirs.viewport())


@pytest.mark.parametrize("kind", [ClearTreeView, ClearTreeWidget, ClearTableView])
def test_planners_views_have_viewports_made_here(qtbot, kind: type[QAbstractScrollArea]) -> None:
    view = kind()
    qtbot.addWidget(view)
    assert view.viewport().objectName() == "qt_scrollarea_viewport"
    assert _setup(view.viewport()) == _setup(
        (QTreeView if isinstance(view, QTreeView) else QTableView)().viewport()
    )


# Qt for Python's look-up of a widget's class loads these (with their enums); the window
# uses none of them, so none is loaded by the time it is first painted.
_LOOKED_UP_ONLY = ("WizardOption", "FontDialogOption", "ColorDialogOption", "SubWindowOption")

_WATCH = """
import enum, json, os, sys
made = []
create = enum.EnumType.__dict__["_create_"]
def watched(cls, name, *args, **kwargs):
    made.append(name)
    return create(cls, name, *args, **kwargs)
enum.EnumType._create_ = watched
leave = os._exit
def report(code):
    print(json.dumps(made))
    sys.stdout.flush()
    leave(code)
os._exit = report
sys.argv = ["planner", *sys.argv[1:]]
from planner.cli import main
main()
"""


def test_the_first_paint_looks_up_no_widgets_class(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        probe.ENV_PROBE: str(tmp_path / "marks.jsonl"),
        probe.ENV_PROBE_EXIT: "first-paint",
    }
    done = subprocess.run(
        [sys.executable, "-c", _WATCH, "--data-dir", str(tmp_path / "data"), "--smoke-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    made = json.loads(done.stdout.strip().splitlines()[-1])
    assert "Key" in made  # (the watch saw Qt's enums being made)
    assert [m["milestone"] for m in probe.read_marks(tmp_path / "marks.jsonl")] == ["first-paint"]
    assert not set(_LOOKED_UP_ONLY) & set(made)
