"""Viewports made in Python, so that the first paint does not wait for Qt for Python to
find out what the viewport Qt made is.

A scrolling view's viewport is a widget Qt creates itself; the first time Python is handed
one (`view.viewport()`), Qt for Python has no wrapper for it and works out its class by
trying every widget class it knows - which makes it load them, dozens of classes and their
enums never used by Planner (the wizard's, the colour and font dialogs', the MDI area's...):
~60 M instructions, ~9 ms of every start (`benchmarks.import_profile --instructions`). A
viewport made here is a Python object from the start: nothing is looked up.

It is set up as Qt sets up its own (the name, the base colour's background, filled; an
item view's accepts touch events); the view then installs it as it installs its own
(`QAbstractScrollArea.setViewport`: parent, focus proxy, event filter, `setupViewport`).
`tests/ui/test_viewports.py` holds every such view's viewport equal to Qt's own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QWidget

# The name Qt gives the viewports it makes (style sheets and tests may look for it).
VIEWPORT_NAME = "qt_scrollarea_viewport"


def own_viewport(area: QAbstractScrollArea) -> QWidget:
    """Give `area` (just made) a viewport made in Python, set up as Qt's own; returns it."""
    viewport = QWidget()
    viewport.setObjectName(VIEWPORT_NAME)
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    if isinstance(area, QAbstractItemView):
        viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
    area.setViewport(viewport)
    return viewport
