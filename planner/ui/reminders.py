"""Desktop reminders: a notification N minutes before each session you attend.

Runs while the app is open. Uses the system tray's notifications where there is a tray,
else the status bar. Each session is announced once per start time (a moved session is
announced again). The clock is injectable for tests.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QSystemTrayIcon

from planner.domain.agenda import Status
from planner.ui.i18n import arg

if TYPE_CHECKING:
    from collections.abc import Callable

    from planner.ui.state import SessionStore


class Reminders(QObject):
    reminded = Signal(str, str)  # key, message

    def __init__(
        self, store: SessionStore, parent: Any = None, clock: Callable[[], datetime] | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.clock = clock or (lambda: datetime.now(UTC))
        self.enabled = True
        self.minutes = 10
        self.tray: QSystemTrayIcon | None = None
        self._done: set[tuple[str, datetime]] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(30_000)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def set_enabled(self, on: bool) -> None:
        self.enabled = on

    def set_minutes(self, minutes: int) -> None:
        """Remind this many minutes before each session attended."""
        self.minutes = minutes

    def check(self) -> list[str]:
        """Announce what starts within the reminder time; returns the messages."""
        if not self.enabled:
            return []
        now = self.clock()
        horizon = now + timedelta(minutes=self.minutes)
        messages = []
        for talk in self.store.talks:
            star = talk.star
            if star is None or star.status is not Status.ATTEND or talk.cancelled:
                continue
            if now <= talk.start <= horizon and (talk.key, talk.start) not in self._done:
                self._done.add((talk.key, talk.start))
                minutes = max(0, int((talk.start - now).total_seconds() // 60))
                if talk.room:
                    #: %1 is the session's title, %2 its room.
                    text = self.tr("%1 starts in %Ln min in %2", "", minutes)
                else:
                    text = self.tr("%1 starts in %Ln min", "", minutes)
                message = arg(text, talk.title, talk.room)
                messages.append(message)
                if self.tray is not None and self.tray.isVisible():
                    self.tray.showMessage(
                        self.tr("Next session"),
                        message,
                        QSystemTrayIcon.MessageIcon.Information,
                        15_000,
                    )
                self.reminded.emit(talk.key, message)
        return messages
