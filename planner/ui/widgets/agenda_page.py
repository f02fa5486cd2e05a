"""The My Agenda tab: its commands in a tool bar, the hint, and the day-by-day tree of
what the user attends, clashes to settle and free time with suggestions (every day
spanned and open)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner.ui.actions import CONTEXT as ACTIONS_CONTEXT
from planner.ui.actions import SPECS, ActionId
from planner.ui.i18n import translated
from planner.ui.locale_format import Formats
from planner.ui.models.agenda_model import AgendaModel
from planner.ui.widgets.agenda_hint import AgendaHint
from planner.ui.widgets.fitted_columns import FittedColumns
from planner.ui.widgets.ringed_tree import RingedTreeView

if TYPE_CHECKING:
    from planner.ui.actions import Actions
    from planner.ui.state import SessionStore


def time_column_width(view: QTreeView) -> int:
    """What My Agenda's Time column needs to show its deepest times whole: a clash's
    sessions, three indentations in (day, clash, session), and a bold session or clash one
    level up - in the view's font and the locale's time format (a 12-hour one is longer)."""
    start = datetime(2025, 2, 1, 22, 38, tzinfo=UTC)
    text = Formats().time_range(start, start + timedelta(hours=1, minutes=10), ZoneInfo("UTC"))
    bold = QFont(view.font())
    bold.setBold(True)
    step = view.indentation()
    # Qt's item text margin on each side, and a pixel or two against rounding.
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return (
        max(
            3 * step + view.fontMetrics().horizontalAdvance(text),
            2 * step + QFontMetrics(bold).horizontalAdvance(text),
        )
        + 2 * margin
        + 4
    )


COMMANDS = (
    ActionId.ATTEND,
    ActionId.AUTO_RESOLVE,
    ActionId.WALKING_TIME,
    ActionId.ADD_BUSY,
    ActionId.REMOVE_BUSY,
)


class AgendaPage(QWidget):
    def __init__(self, store: SessionStore, actions: Actions, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = AgendaModel(store, self)
        self.view = RingedTreeView(self)
        self.view.setObjectName("agendaView")
        self.view.setAccessibleName(self.tr("My agenda"))
        self.view.setModel(self.model)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The agenda's line gives way in a narrow window (it elides), so the Room column
        # stays in sight without a sideways scroll; Time keeps what its times need (at 130
        # px a clash's sessions showed "10:30–10:…"); a wide window gives its room to the
        # line (a clash's plan), not to Room.
        FittedColumns(  # (the view owns it)
            self.view,
            self.view.header(),
            ((0, max(150, time_column_width(self.view))), (1, 520)),
            {1: 200},
            last_least=170,
            grow=1,
        )
        # A tool bar, not a row of buttons: on a narrow window (or in a language with long
        # words) what does not fit goes under its » menu instead of widening the window.
        commands = QToolBar(self)
        commands.setObjectName("agendaCommands")
        commands.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        buttons = []
        for action_id in COMMANDS:
            commands.addAction(actions[action_id])
            button = commands.widgetForAction(actions[action_id])
            assert isinstance(button, QToolButton)
            button.setAutoRaise(False)  # they look like the buttons they are
            if SPECS[action_id].accessible:
                button.setAccessibleName(translated(ACTIONS_CONTEXT, SPECS[action_id].accessible))
            buttons.append(button)
        more = commands.findChild(QToolButton, "qt_toolbar_ext_button")
        if more is not None:
            more.setAccessibleName(self.tr("More commands"))
            more.setAccessibleDescription(
                self.tr("Shows the commands that do not fit in the window")
            )
        self.attend_button, self.auto_button, self.settings_button, self.busy_button = buttons[:4]
        self.hint = AgendaHint(store, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(commands)
        layout.addWidget(self.hint)
        layout.addWidget(self.view, 1)
        store.reset.connect(self._open_days)  # after the model's own
        self.model.modelReset.connect(self._open_days)

    def _open_days(self) -> None:
        """Every day's row spans the columns, and every day is open."""
        for row in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)
        self.view.expandAll()
