"""The import report at 1024 px: each change wraps to the dialog's width (the lines ran
off to the right, behind a sideways scroll); a change to a starred session carries the
star the views paint, a warning the style's warning sign."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from planner.domain.updates import Change, ChangeKind, ImportReport
from planner.ui.dialogs.report import ImportReportDialog

if TYPE_CHECKING:
    from planner.ui.mainwindow import MainWindow

LONG = (
    "Bringing terminal aesthetics to the Web with Rust (and vice versa), a talk whose "
    "title goes on well past what one line of the dialog holds"
)


def test_the_changes_wrap_to_the_dialogs_width(window: MainWindow, qtbot) -> None:
    window.resize(1024, 640)
    report = ImportReport(
        1,
        "FOSDEM 2025",
        False,
        "frab",
        "fosdem-2025.xml",
        943,
        992,
        29,
        74,
        2,
        changes=(
            Change(ChangeKind.MOVED, "a", LONG, True),
            Change(ChangeKind.ADDED, "b", "Short", False),
        ),
        warnings=("A warning that is long enough to need two lines at this size: " * 2,),
    )
    dialog = ImportReportDialog(report, window)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    assert dialog.width() <= 1024
    view = dialog.changes
    assert not view.horizontalScrollBar().isVisible()
    width = view.viewport().width()
    line = view.fontMetrics().lineSpacing()
    rows = [view.visualItemRect(view.item(row)) for row in range(view.count())]
    assert all(rect.right() < width for rect in rows), (rows, width)
    assert rows[0].height() >= 2 * line  # the long change wrapped
    assert rows[1].height() < 2 * line  # a short one keeps to its line
    assert rows[2].height() >= 2 * line  # the warning too
    texts = [view.item(row).text() for row in range(view.count())]
    assert texts[0].startswith("moved: Bringing terminal")
    assert "★" not in texts[0]
    assert not any(view.item(row).icon().isNull() for row in range(view.count()))
    starred, unstarred = view.item(0).icon(), view.item(1).icon()
    assert starred.pixmap(16).toImage() != unstarred.pixmap(16).toImage()


def test_a_screen_reader_hears_what_the_star_and_the_warning_sign_say(
    window: MainWindow, qtbot
) -> None:
    """The star and the warning sign are pictures: a screen reader heard the line's words
    only, with nothing to tell a change to a starred session or a warning from the rest."""
    from PySide6.QtGui import QAccessible

    report = ImportReport(
        1, "FOSDEM 2025", False, "frab", "fosdem-2025.xml", 943, 992, 29, 74, 2,
        changes=(
            Change(ChangeKind.MOVED, "a", "Rust in the kernel", True),
            Change(ChangeKind.ADDED, "b", "Short", False),
        ),
        warnings=("line 12: a session without a room",),
    )  # fmt: skip
    dialog = ImportReportDialog(report, window)
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    view = QAccessible.queryAccessibleInterface(dialog.changes)
    assert view is not None
    heard = [
        child.text(QAccessible.Text.Name)
        for row in range(view.childCount())
        if (child := view.child(row)) is not None and child.role() == QAccessible.Role.ListItem
    ]
    assert heard == [
        "Starred: moved: Rust in the kernel",
        "added: Short",
        "Warning: line 12: a session without a room",
    ]
