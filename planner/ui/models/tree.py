"""The one tree-model base: Program (day → slot → session), My Agenda (day → entry →
detail) and Speakers (speaker → session) are trees of `TreeNode`s held by a `TreeModel`.

A subclass builds its nodes (plain objects with children) and hands the roots to
`set_roots`; the base numbers every node, and that number is the internal id Qt carries
in each index (Qt keeps integers, not Python objects), so `index`, `parent` and
`rowCount` are list look-ups. Subclasses only say what a node shows (`data`).

A tree that only a tab shows is built only while that tab is in sight (`set_active`): a
new view of the program (start-up, an import, another conference) only marks a hidden
tab's tree stale, and it is built when the tab is next shown. Qt would otherwise lay out
the hidden tree views before the window's first paint (and after every import).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from planner.ui.i18n import translated

ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(eq=False, kw_only=True)
class TreeNode:
    children: list[Any] = field(default_factory=list)  # of the subclass's node type
    parent: TreeNode | None = None  # set by the model
    row: int = 0  # place among its parent's children
    number: int = -1  # the internal id of its indexes


_BRANCH = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_LEAF = _BRANCH | Qt.ItemFlag.ItemNeverHasChildren


class TreeModel(QAbstractItemModel):
    # The header, one column per title, marked QT_TRANSLATE_NOOP("Columns", ...).
    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.roots: list[Any] = []
        self._numbered: list[TreeNode] = []
        self._active = True
        self._stale = False

    # -- built while shown -------------------------------------------------------------------
    def set_active(self, active: bool) -> None:
        """Whether a view shows this tree; while not, `rebuild` only marks it stale."""
        self._active = active
        if active and self._stale:
            self.rebuild()

    def rebuild(self) -> None:
        """Build the tree anew from what the window shows (`_build`), now if it is shown,
        else when it is next shown."""
        if not self._active:
            self._stale = True
            return
        self._stale = False
        self.set_roots(self._build())

    def _build(self) -> list[Any]:
        """The roots of the tree as the window's state stands (a subclass that rebuilds)."""
        raise NotImplementedError

    # -- building --------------------------------------------------------------------------
    def set_roots(self, roots: list[Any]) -> None:
        """Replace the whole tree (a model reset)."""
        self.beginResetModel()
        self.roots = roots
        self._numbered = []
        pending: list[tuple[TreeNode, TreeNode | None, int]] = [
            (node, None, row) for row, node in enumerate(roots)
        ]
        while pending:
            node, up, row = pending.pop()
            node.parent, node.row, node.number = up, row, len(self._numbered)
            self._numbered.append(node)
            pending.extend((child, node, place) for place, child in enumerate(node.children))
        self.endResetModel()

    def node(self, index: ModelIndex) -> Any:
        """The node behind `index` (of the subclass's type), or None for the root."""
        return self._numbered[index.internalId()] if index.isValid() else None

    def index_of(self, node: TreeNode, column: int = 0) -> QModelIndex:
        return self.createIndex(node.row, column, node.number)

    def nodes(self) -> list[Any]:
        """Every node of the tree, in no particular order."""
        return list(self._numbered)

    def node_changed(self, node: TreeNode) -> None:
        """Repaint the row of `node` (its data changed, not its place)."""
        self.dataChanged.emit(self.index_of(node), self.index_of(node, len(self.COLUMNS) - 1))

    # -- QAbstractItemModel ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        if row < 0 or not 0 <= column < len(self.COLUMNS):
            return QModelIndex()
        if parent.isValid():
            if parent.column() != 0:
                return QModelIndex()
            children = self._numbered[parent.internalId()].children
        else:
            children = self.roots
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row].number)

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = self._numbered[index.internalId()].parent
        return QModelIndex() if up is None else self.createIndex(up.row, 0, up.number)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.roots)
        if parent.column() != 0:
            return 0
        return len(self._numbered[parent.internalId()].children)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return len(self.COLUMNS)

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return translated("Columns", self.COLUMNS[section])
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._numbered[index.internalId()].children:
            return _BRANCH
        # A leaf says so: the view then asks nothing more of it as it lays the tree out
        # (FOSDEM: ~1,900 calls into Python fewer at every reset; these trees only ever
        # change by a reset, which asks again).
        return _LEAF
