"""Right to left: pseudo runs (`QGuiApplication.setLayoutDirection`) and Hebrew, a real
right-to-left language; the Timetable's text: nothing clipped, painted over or
overlapping, and mirrored when the layout is.

The Timetable paints itself, so Qt cannot mirror it: what it paints is recorded
(tests/ui/paint_recorder.py) and compared with the left-to-right painting.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, cast
from zoneinfo import ZoneInfo

import pytest

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtWidgets import QApplication

from planner.paths import AppPaths
from planner.ui import i18n
from tests.ui.conftest import open_window
from tests.ui.paint_recorder import Recording, Text, record

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from planner.ui.mainwindow import MainWindow

RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    qapp.setLayoutDirection(RTL)
    yield
    qapp.setLayoutDirection(LTR)


def _inside(inner: QRectF, outer: QRectF, slack: float = 0.75) -> bool:
    return outer.adjusted(-slack, -slack, slack, slack).contains(inner)


def _overlap(a: QRectF, b: QRectF) -> float:
    both = a.intersected(b)
    return both.width() * both.height() if not both.isEmpty() else 0.0


def text_problems(recording: Recording) -> list[str]:
    """Text that is cut by its clip, painted over by a later fill, or overlaps other
    text - among what shows (text scrolled out of the widget or wholly under a later fill,
    or drawn wholly outside its clip, is not seen and not a problem)."""
    area = QRectF(0, 0, recording.size.width(), recording.size.height())
    found = []
    visible: list[tuple[Text, QRectF]] = []
    for text in recording.texts:
        seen = text.box.intersected(text.clip) if text.clip is not None else text.box
        if seen.isEmpty() or not seen.intersects(area):
            continue
        if text.clip is not None and not _inside(text.box, text.clip):
            found.append(f"clipped: {text.text!r} at {text.box} (clip {text.clip})")
        covered = [
            rect for rect, order in recording.fills if order > text.order and _overlap(rect, seen)
        ]
        if any(_inside(seen.intersected(area), rect, 0) for rect in covered):
            continue  # wholly under what is painted later (scrolled under the times): not seen
        if covered:
            found.append(f"painted over: {text.text!r} at {text.box} by {covered[0]}")
            continue
        visible.append((text, seen))
    for index, (text, seen) in enumerate(visible):
        for other, other_seen in visible[index + 1 :]:
            if _overlap(seen, other_seen) > 2.0:
                found.append(f"overlap: {text.text!r} {text.box} and {other.text!r} {other.box}")
    return found


def _timetable(window: MainWindow) -> Recording:
    window.resize(1280, 800)
    window.tabs.setCurrentIndex(2)
    QApplication.processEvents()
    return record(window.timetable.viewport())


def test_timetable_text_is_not_clipped_or_overlapping(window: MainWindow) -> None:
    assert text_problems(_timetable(window)) == []


def test_the_checks_find_what_they_look_for(window: MainWindow) -> None:
    """The harness itself: planted clipped, covered and overlapping text is reported."""
    recording = _timetable(window)
    first = recording.texts[-1]
    planted = Recording(recording.size)
    planted.texts = [
        Text("cut", QRectF(10, 10, 50, 10), QRectF(10, 10, 20, 10), 1),
        Text("hidden", QRectF(10, 40, 50, 10), QRectF(10, 10, 20, 10), 1),  # not shown
        Text("under", QRectF(160, 10, 50, 10), None, 2),  # half under the fill
        Text("buried", QRectF(100, 10, 50, 10), None, 2),  # wholly under: not seen
        Text("a", QRectF(200, 10, 50, 10), None, 4),
        Text("b", QRectF(220, 12, 50, 10), None, 5),
        Text("away", QRectF(5000, 10, 50, 10), None, 6),  # scrolled out: not reported
    ]
    planted.fills = [(QRectF(90, 0, 100, 30), 3)]
    found = text_problems(planted)
    assert [line.split(":")[0] for line in found] == ["clipped", "painted over", "overlap"]
    assert first.text  # the real recording saw text


def test_window_layout_mirrors(window: MainWindow, right_to_left: None) -> None:
    window.resize(1280, 800)
    QApplication.processEvents()
    assert window.layoutDirection() == RTL
    tabs = window.tabs.mapTo(window, QPoint(0, 0)).x()
    details = window.details.mapTo(window, QPoint(0, 0)).x()
    assert details < tabs  # the details pane moves to the left
    menus = [a for a in window.menuBar().actions() if a.isVisible()]
    file_x = window.menuBar().actionGeometry(menus[0]).x()
    help_x = window.menuBar().actionGeometry(menus[-1]).x()
    assert file_x > help_x  # File is the rightmost menu


def _unmarked(text: str) -> str:
    """Without the marks a right-to-left window adds: left-to-right marks around a range's
    dash, isolates around the values of a sentence."""
    return re.sub("[\u200e\u2068\u2069]", "", text)


def _mirror_problems(ltr: Recording, rtl: Recording) -> list[str]:
    width = ltr.size.width()
    found = []
    unmatched = list(rtl.texts)
    for text in ltr.texts:
        mirrored = QRectF(
            width - text.box.right(), text.box.top(), text.box.width(), text.box.height()
        )
        match = next(
            (
                t
                for t in unmatched
                if _unmarked(t.text) == _unmarked(text.text)
                and _overlap(t.box, mirrored) > 0
                and abs(t.box.left() - mirrored.left()) < 3
            ),
            None,
        )
        if match is None:
            found.append(f"not mirrored: {text.text!r} at {text.box}")
        else:
            unmatched.remove(match)
    return found


def test_timetable_mirrors_in_right_to_left(window: MainWindow, qapp: QApplication) -> None:
    ltr = _timetable(window)
    qapp.setLayoutDirection(RTL)
    try:
        rtl = _timetable(window)
    finally:
        qapp.setLayoutDirection(LTR)
    assert rtl.size == ltr.size
    assert _mirror_problems(ltr, rtl) == []
    assert text_problems(rtl) == []


# -- a real right-to-left language ---------------------------------------------------------
@pytest.fixture
def hebrew(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The app in Hebrew, its direction left to Qt (LayoutDirectionAuto: the catalogs say)."""
    i18n.install(qapp, i18n.Choice("he", chosen=True), tmp_path / "qm")
    yield
    i18n.install(qapp, i18n.Choice("en", chosen=False), tmp_path / "qm")


def test_hebrew_lays_the_window_out_right_to_left(
    qapp: QApplication, qtbot, tmp_path: Path, hebrew: None
) -> None:
    assert qapp.layoutDirection() == RTL  # from Hebrew's own catalogs, not forced
    window: MainWindow = open_window(qtbot, AppPaths.resolve(tmp_path / "he"))
    try:
        window.resize(1280, 800)
        QApplication.processEvents()
        assert window.layoutDirection() == RTL
        assert window.tabs.tabText(0) == "תוכ&נית"
        tabs = window.tabs.mapTo(window, QPoint(0, 0)).x()
        details = window.details.mapTo(window, QPoint(0, 0)).x()
        assert details < tabs  # the details pane moves to the left
        menus = [a for a in window.menuBar().actions() if a.isVisible()]
        assert window.menuBar().actionGeometry(menus[0]).x() > (
            window.menuBar().actionGeometry(menus[-1]).x()
        )  # File (קובץ) is the rightmost menu
        # The Timetable, in Hebrew: mirrored against itself laid out left to right, and
        # nothing clipped or overlapping.
        qapp.setLayoutDirection(LTR)
        try:
            ltr = _timetable(window)
        finally:
            qapp.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        QApplication.processEvents()
        rtl = _timetable(window)
        assert qapp.layoutDirection() == RTL
        assert rtl.size == ltr.size
        assert _mirror_problems(ltr, rtl) == []
        assert text_problems(rtl) == []
    finally:
        window.shutdown()


def test_a_time_range_reads_in_order_right_to_left(qapp: QApplication) -> None:
    """11:10–11:30 in a Hebrew window: the dash sits between left-to-right marks, so
    the bidi algorithm keeps the range in one left-to-right run (a bare dash between two
    numbers takes the paragraph's direction and shows 11:30–11:10)."""
    from datetime import UTC, datetime

    from PySide6.QtGui import QTextLayout

    from planner.ui.locale_format import Formats

    start, end = datetime(2025, 2, 1, 11, 10, tzinfo=UTC), datetime(2025, 2, 1, 11, 30, tzinfo=UTC)
    utc = ZoneInfo("UTC")
    qapp.setLayoutDirection(RTL)
    try:
        shown = Formats().time_range(start, end, utc)
    finally:
        qapp.setLayoutDirection(LTR)
    assert _unmarked(shown) == "11:10–11:30"
    text = f"מתי: {shown}"
    layout = QTextLayout(text)
    option = layout.textOption()
    option.setTextDirection(RTL)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    # In visual order, left to right: "11:10" shows left of "11:30" (measured inside each
    # number: at a run's edge the cursor is ambiguous).
    first, second = text.index("11:10") + 2, text.index("11:30") + 2
    # PySide6 gives (x, position); its stubs say object.
    left, right = (cast("tuple[float, int]", line.cursorToX(at))[0] for at in (first, second))
    assert left < right
    assert Formats().time_range(start, end, utc) == "11:10–11:30"  # left to right: no marks


def test_a_title_keeps_its_punctuation_in_a_right_to_left_sentence(qapp: QApplication) -> None:
    """An English title with a question mark in a Hebrew sentence: isolated by `arg`, its
    "?" stays at its end (without, the bidi algorithm moves it to the title's start)."""
    from PySide6.QtGui import QTextLayout

    from planner.ui.i18n import arg

    title = "What's new in Nextcloud?"
    qapp.setLayoutDirection(RTL)
    try:
        text = arg('מפנה מקום ל־"%1" (%2)', title, "חובה לראות")
    finally:
        qapp.setLayoutDirection(LTR)
    assert _unmarked(text) == f'מפנה מקום ל־"{title}" (חובה לראות)'
    assert arg("%1", title) == title  # left to right: as it is
    layout = QTextLayout(text)
    option = layout.textOption()
    option.setTextDirection(RTL)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(4000)
    layout.endLayout()
    start, question = text.index("W") + 1, text.index("?")
    left, right = (cast("tuple[float, int]", line.cursorToX(at))[0] for at in (start, question))
    assert left < right  # the title reads left to right, "?" last
