"""What a newcomer sees above an empty My Agenda: how to fill it (issue 17 item 9)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from planner.ui.state import SessionStore


class AgendaHint(QFrame):
    """Shown while no session is starred; it goes as soon as one is."""

    def __init__(self, store: SessionStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaHint")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.store = store
        title = QLabel(self.tr("Nothing in your agenda yet."), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Star the sessions you want to see: select one in the Program, List or "
                "Timetable and press S (or click its star; 1, 2 and 3 say how much you "
                "want it). They appear here day by day, with any clashes to settle and "
                "free time to fill."
            ),
            self,
        )
        for label in (title, text):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(title)
        layout.addWidget(text)
        store.reset.connect(self.refresh)
        store.conflictsChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.setVisible(
            self.store.conference is not None and not any(t.star for t in self.store.talks)
        )
