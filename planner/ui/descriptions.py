"""What the main window's controls do, for assistive technology (accessible descriptions).

A screen reader says a control's name ("Sessions", "Conference") and then, on request or
after a pause, its description. The name says what a control is; the description what it
does and how to use it, where the name alone does not tell: the views (which keys work in
them), the choosers whose name is their current value, the tabs. Given in one place so
that the window's construction stays readable; the dialogs describe their own controls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from planner.ui.i18n import Translatable, arg
from planner.ui.tabs import Tab

if TYPE_CHECKING:
    from planner.ui.mainwindow import MainWindow


class Descriptions(Translatable):
    """Context "Descriptions"."""

    def views_keys(self) -> str:
        #: How to act on a session in a view, said after the view's own description.
        return self.tr("S or Space stars the selected session; 1, 2 and 3 set its priority.")

    def describe(self, window: MainWindow) -> None:
        keys = self.views_keys()
        described = (
            (
                window.conference_switcher,
                self.tr("Which conference's program the window shows"),
            ),
            (
                window.view,
                self.tr("The program by day and track; the selected session shows at the side.")
                + " "
                + keys,
            ),
            (
                window.table,
                self.tr("Every session that matches the search and the filters, one a row.")
                + " "
                + keys,
            ),
            (
                window.timetable,
                self.tr("The day's sessions by room and time; arrow keys move between them.")
                + " "
                + keys,
            ),
            (window.timetable_box.day_chooser, self.tr("The day the Timetable shows")),
            (
                window.agenda_view,
                self.tr("Your starred sessions day by day, with their clashes and free time.")
                + " "
                + keys,
            ),
            (window.speakers_view, self.tr("Every speaker, with the sessions they give")),
            (window.filter_bar.starred, self.tr("Show only the sessions you starred")),
            (
                window.filter_bar.clashing,
                self.tr(
                    "Show only your starred sessions that clash: they overlap, or leave too "
                    "little time to walk"
                ),
            ),
        )
        for widget, description in described:
            widget.setAccessibleDescription(description)
        # A tab's description is its tip (Qt's tab bar has none of its own); %1 is the
        # tab's shortcut, as the keyboard's language writes it (Ctrl+1, Strg+1).
        tips = {
            Tab.PROGRAM: self.tr("The conference by day and track (%1)"),
            Tab.LIST: self.tr("Every session in a table you can search and filter (%1)"),
            Tab.TIMETABLE: self.tr("One day's sessions by room and time (%1)"),
            Tab.AGENDA: self.tr("Your starred sessions, their clashes and your free time (%1)"),
            Tab.SPEAKERS: self.tr("Every speaker and the sessions they give (%1)"),
        }
        for tab, tip in tips.items():
            key = QKeySequence(f"Ctrl+{tab + 1}").toString(QKeySequence.SequenceFormat.NativeText)
            window.tabs.setTabToolTip(tab, arg(tip, key))


DESCRIPTIONS = Descriptions()
