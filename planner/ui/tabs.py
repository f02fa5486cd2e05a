"""The window's views, in the order of their tabs (the stored "window/view" setting is
this number)."""

from __future__ import annotations

from enum import IntEnum


class Tab(IntEnum):
    PROGRAM = 0
    LIST = 1
    TIMETABLE = 2
    AGENDA = 3
    SPEAKERS = 4

    @property
    def filtered(self) -> bool:
        """Do the search and filters apply to this view?"""
        return self in (Tab.LIST, Tab.TIMETABLE)
