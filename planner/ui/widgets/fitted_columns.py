"""Columns that fit their view: each column has a width it prefers and, if it may give way,
a least width. While the view is wide enough every column has its preferred width (the last
one stretches); when it is not, the columns that may give way shrink together - their text
elides - down to their least widths, so that a narrow window (1024 px, the details pane
beside) shows every column instead of scrolling sideways and cutting Room and Speakers off.
A wide view gives what it has beyond the preferred widths to the last column, or to the one
named `grow` (My Agenda's line, which has more to say than its Room column).

A width the user gives a column (dragging its edge) is kept: it becomes that column's
preferred width (and its least, if narrower), so the columns fit again only when the view's
width really changes - the window resized, the details pane moved - and then keep the
user's width while there is room for it. The view's own layout, which resizes the viewport
to Qt's margins and back to the focus ring's (`clear_views`), is no such change: the columns
are fitted once it is done (`laidOut`), if the width it leaves differs."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

from planner.ui.widgets.clear_views import ClearTableView, ClearTreeView

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from PySide6.QtWidgets import QAbstractItemView, QHeaderView


class FittedColumns(QObject):
    def __init__(
        self,
        view: QAbstractItemView,
        header: QHeaderView,
        preferred: Sequence[tuple[int, int]],
        least: Mapping[int, int],
        last_least: int,
        grow: int | None = None,
    ) -> None:
        super().__init__(view)
        self._view, self._header = view, header
        self._preferred = dict(preferred)
        self._least = {
            column: min(width, self._preferred[column]) for column, width in least.items()
        }
        self._last_least = last_least  # what the stretched last column keeps at least
        self._grow = grow
        self._width = -1
        self._fitting = False
        view.viewport().installEventFilter(self)
        if isinstance(view, ClearTreeView | ClearTableView):
            view.laidOut.connect(self.fit)
        header.sectionResized.connect(self._resized)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Resize
            and watched is self._view.viewport()
            and not getattr(self._view, "laying_out", False)
        ):
            self.fit()
        return False

    def _resized(self, column: int, _old: int, new: int) -> None:
        """A width given by someone else than `fit` (the user's drag): kept from now on."""
        if self._fitting or column not in self._preferred:
            return  # (the stretched last column follows the others)
        self._preferred[column] = new
        if column in self._least:
            self._least[column] = min(self._least[column], new)
        if column == self._grow:
            self._grow = None  # the user chose its width: the last column stretches

    @property
    def preferred(self) -> dict[int, int]:
        """Each column's preferred width (the user's, where they gave one): what the
        window keeps for the next start."""
        return dict(self._preferred)

    def prefer(self, widths: Mapping[int, int]) -> None:
        """Widths given back (the last start's `preferred`), as if the user had dragged
        them: kept, and the columns fitted to the view with them."""
        for column, width in widths.items():
            if column in self._preferred:
                self._preferred[column] = width
                if column in self._least:
                    self._least[column] = min(self._least[column], width)
                if column == self._grow:
                    self._grow = None
        self._width = -1  # fit again, at the view's width as it is
        self.fit()

    def widths(self, available: int) -> dict[int, int]:
        """Each column's width in a view `available` pixels wide."""
        preferred, least = self._preferred, self._least
        wanted = sum(preferred.values()) + self._last_least
        if wanted <= available:
            widths = dict(preferred)
            if self._grow is not None:  # (the last column stretches to its least)
                widths[self._grow] += available - wanted
            return widths
        flexible = {column: preferred[column] - least[column] for column in least}
        give = sum(flexible.values())
        if not give:
            return dict(preferred)
        # Shrink the flexible columns by the same share of what each may give (rounded up:
        # one pixel too many would bring the sideways scroll bar back).
        share = min((wanted - available) / give, 1.0)
        return {
            column: width - math.ceil(flexible.get(column, 0) * share)
            for column, width in preferred.items()
        }

    def fit(self) -> None:
        available = self._view.viewport().width()
        if available == self._width:
            return
        self._width = available
        self._fitting = True
        try:
            for column, width in self.widths(available).items():
                self._header.resizeSection(column, width)
        finally:
            self._fitting = False
