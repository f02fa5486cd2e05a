"""A session's link: the one value class a view shares with the program structure.

Its own module, so that the window's first paint (a view of the sessions, links and all)
does not import the program structure importers build (`planner.domain.program`, five
more classes), which it never uses.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Link:
    url: str
    title: str = ""
