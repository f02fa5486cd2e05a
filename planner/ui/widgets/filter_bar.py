"""Search-as-you-type and filters (day, track, room, type, language, starred, clashing).

The bar is one row when there is room and two (search, then the filters) when the window
is narrow, so it never makes the window wider than the screen (1024 px and up)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.ui.locale_format import Formats
from planner.ui.models.session_table import Filters

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

    from planner.ui.state import SessionStore


class FilterBar(QWidget):
    changed = Signal(object)  # Filters
    escaped = Signal()  # Escape in the empty search field: the keyboard back to the view

    def __init__(
        self,
        store: SessionStore,
        parent: QWidget | None = None,
        clear_action: QAction | None = None,
    ) -> None:
        """`clear_action` is the window's (its action registry); a bar of its own makes one."""
        super().__init__(parent)
        self.store = store
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search titles, abstracts, speakers… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search sessions"))
        self.search.setMinimumWidth(160)
        self.search.installEventFilter(self)  # Escape (see eventFilter)
        self.whole_words = QCheckBox(self.tr("Whole words"), self)
        self.whole_words.setToolTip(
            self.tr("Match whole words only: “rust” finds “Rust” but not “Trust” or “rusty”")
        )
        self.whole_words.setAccessibleName(self.tr("Match whole words only"))
        self.day = self._combo(self.tr("Filter by day"), self.tr("Any day"))
        self.track = self._combo(self.tr("Filter by track"), self.tr("Any track"))
        self.room = self._combo(self.tr("Filter by room"), self.tr("Any room"))
        self.type = self._combo(self.tr("Filter by type"), self.tr("Any type"))
        self.language = self._combo(self.tr("Filter by language"), self.tr("Any language"))
        self.starred = QCheckBox(self.tr("Starred", "a filter: only starred sessions"), self)
        self.starred.setAccessibleName(self.tr("Only starred sessions"))
        self.clashing = QCheckBox(self.tr("Clashing", "a filter: only clashing sessions"), self)
        self.clashing.setAccessibleName(self.tr("Only clashing sessions"))
        if clear_action is None:
            clear_action = QAction(self.tr("Clear", "a button: clear search and filters"), self)
            clear_action.triggered.connect(self.reset_filters)
        self.clear = QToolButton(self)
        self.clear.setDefaultAction(clear_action)
        self.clear.setAccessibleName(self.tr("Clear search and filters"))
        self._combos = (self.day, self.track, self.room, self.type, self.language)
        self._first = QHBoxLayout()
        self._second = QHBoxLayout()
        for row in (self._first, self._second):
            row.setContentsMargins(0, 0, 0, 0)
        self._first.addWidget(self.search, 4)
        for widget in (self.whole_words, self.starred, self.clashing, self.clear):
            self._first.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self._first)
        layout.addLayout(self._second)
        # The bar decides between one row and two itself (see resizeEvent), so its layout
        # must not impose the one-row width as a minimum.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._one_row = True
        self._arrange(one_row=False)
        # Typing restarts a short timer, so a burst of keys filters once.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self._emit)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.day, self.track, self.room, self.type, self.language):
            combo.currentIndexChanged.connect(self._emit)
        self.starred.toggled.connect(self._emit)
        self.clashing.toggled.connect(self._emit)
        self.whole_words.toggled.connect(self._emit)
        store.reset.connect(self.populate)

    def add_clear_button(self) -> None:
        """Give the search field its clear button, which Qt shows once there is text. The
        window adds it after its first paint, which the button is never part of: its icon
        is the first asked of the desktop's icon theme, which then reads the theme's index."""
        self.search.setClearButtonEnabled(True)
        # The clear button: a screen reader says what it does (Qt leaves it unnamed).
        clear_search = self.search.findChild(QAction, "_q_qlineeditclearaction")
        if clear_search is not None:
            clear_search.setText(self.tr("Clear search"))
        for button in self.search.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Clear search"))
            button.setAccessibleDescription(self.tr("Empty the search field; the filters stay"))

    def _combo(self, purpose: str, any_label: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(purpose)
        combo.setToolTip(purpose)
        combo.setProperty("any_label", any_label)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(5)
        combo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        return combo

    # -- one row or two ------------------------------------------------------------------------
    def _arrange(self, *, one_row: bool) -> None:
        if one_row == self._one_row:
            return
        self._one_row = one_row
        target = self._first if one_row else self._second
        for combo in self._combos:
            (self._second if one_row else self._first).removeWidget(combo)
        for position, combo in enumerate(self._combos):
            if one_row:
                target.insertWidget(1 + position, combo, 1)
            else:
                target.addWidget(combo, 1)
        self.updateGeometry()

    def _row_width(self, widgets: tuple[QWidget, ...]) -> int:
        spacing = max(0, self._first.spacing())
        hints = [w.minimumSizeHint().width() if w is not self.search else 260 for w in widgets]
        return sum(hints) + spacing * (len(widgets) - 1)

    def _one_row_width(self) -> int:
        return (
            self._row_width(
                (
                    self.search,
                    *self._combos,
                    self.whole_words,
                    self.starred,
                    self.clashing,
                    self.clear,
                )
            )
            + 5 * 40
        )  # room for the filters' values

    def minimumSizeHint(self) -> QSize:
        first = self._row_width((self.search, self.whole_words, self.starred, self.clashing))
        first += self._row_width((self.clear,))
        second = len(self._combos) * 60
        return QSize(max(first, second), self._height(one_row=False))

    def sizeHint(self) -> QSize:
        return QSize(self._one_row_width(), self._height(one_row=self._one_row))

    def _height(self, *, one_row: bool) -> int:
        row = max(self.search.sizeHint().height(), self.day.sizeHint().height())
        return row if one_row else row * 2 + 4

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(one_row=event.size().width() >= self._one_row_width())
        super().resizeEvent(event)

    def populate(self) -> None:
        zone = self.store.zone
        talks = self.store.talks

        def names(found: set[str]) -> list[object]:
            ordered: list[str] = sorted(found, key=str.casefold)
            return list(ordered)

        values: dict[QComboBox, list[object]] = {
            self.day: list(sorted({t.start.astimezone(zone).date() for t in talks})),
            self.track: names({t.track for t in talks if t.track}),
            self.room: names({t.room for t in talks if t.room}),
            self.type: names({t.type for t in talks if t.type}),
            self.language: names({t.language for t in talks if t.language}),
        }
        for combo, items in values.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(str(combo.property("any_label")), None)
            for item in items:
                if isinstance(item, date):  # Qt turns a date into a QDate: keep ISO text
                    combo.addItem(Formats().day_short(item), format(item, "%Y-%m-%d"))
                else:
                    combo.addItem(str(item), item)
            combo.setCurrentIndex(0)
            combo.setEnabled(len(items) > 1)
            combo.blockSignals(False)
        self._emit()

    def filters(self) -> Filters:
        return Filters(
            text=self.search.text(),
            day=date.fromisoformat(self.day.currentData()) if self.day.currentData() else None,
            track=self.track.currentData() or "",
            room=self.room.currentData() or "",
            type=self.type.currentData() or "",
            language=self.language.currentData() or "",
            starred_only=self.starred.isChecked(),
            clashing_only=self.clashing.isChecked(),
            whole_words=self.whole_words.isChecked(),
        )

    def reset_filters(self) -> None:
        combos = (self.day, self.track, self.room, self.type, self.language)
        widgets = (self.search, *combos, self.starred, self.clashing)
        for widget in widgets:
            widget.blockSignals(True)  # one filter change at the end, not eight
        self.search.clear()
        for combo in combos:
            combo.setCurrentIndex(0)
        self.starred.setChecked(False)
        self.clashing.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Escape in the search field clears the search (the filters stay); in an empty
        field it hands the keyboard back to the view, as desktop apps' search fields do."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            if self.search.text():
                self.search.clear()
                self.flush()
            else:
                self.escaped.emit()
            return True
        return super().eventFilter(watched, event)

    def flush(self) -> None:
        """Apply a pending search now (tests, and pressing Enter)."""
        self._debounce.stop()
        self._emit()

    def _emit(self) -> None:
        self.changed.emit(self.filters())
