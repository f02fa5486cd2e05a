"""What the window's status bar says.

Its permanent words count the program shown: how many sessions it has, how many are
starred and how many clashes there are (after every change, wherever it was made); the
legend of the marks sits beside them (View ▸ Legend). Passing messages say what just
happened: how many sessions the search and filters leave, what failed to follow a change
(a calendar file that could not be written), a reminder. The flows put their own
messages there too (`QStatusBar.showMessage`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from planner.ui.i18n import arg
from planner.ui.locale_format import Formats
from planner.ui.widgets.legend import Legend

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from planner.ui.state import SessionStore

PROBLEM_MS = 30_000
REMINDER_MS = 60_000
MATCHES_MS = 5_000


class StatusLine(QObject):
    def __init__(self, window: QMainWindow, store: SessionStore) -> None:
        super().__init__(window)
        self._bar = window.statusBar()
        self._store = store
        self.label = QLabel(window)
        self.legend = Legend(window)
        self._bar.addPermanentWidget(self.legend)
        self._bar.addPermanentWidget(self.label)
        store.reset.connect(self.count)
        store.talkChanged.connect(self.count)
        store.conflictsChanged.connect(self.count)

    def count(self) -> None:
        """How many sessions the program has, are starred and clash."""
        store = self._store
        if store.conference is None:
            return
        starred = sum(1 for talk in store.talks if talk.star)
        clashes = len(store.detection.sets) if store.detection else 0
        parts = [
            self.tr("%Ln session(s)", "", len(store.talks)),
            self.tr("%Ln starred", "", starred),
        ]
        if clashes:
            parts.append(self.tr("%Ln clash(es)", "", clashes))
        self.label.setText(" · ".join(parts))

    def show_legend(self, on: bool) -> None:
        self.legend.setVisible(on)

    def show_matches(self, matching: int, total: int, filtered: bool) -> None:
        """How many sessions the search and filters leave (nothing when none is set)."""
        self._bar.showMessage(
            arg(self.tr("%Ln of %1 session(s) match(es)", "", matching), Formats().number(total))
            if filtered
            else "",
            MATCHES_MS,
        )

    def show_problems(self, messages: list[str]) -> None:
        """What followed a change and failed (the change itself is saved)."""
        self._bar.showMessage("; ".join(messages), PROBLEM_MS)

    def show_reminder(self, _key: str, message: str) -> None:
        self._bar.showMessage(message, REMINDER_MS)
