"""Which app wrote a favourites file, and reading it (one module per app's format)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from planner.sharing import eventfahrplan, fosdem_companion, fosdem_pwa, sojourner

if TYPE_CHECKING:
    from planner.sharing.favourites import Favourites


class FavouritesReader(Protocol):
    """What each app's module provides."""

    APP: str

    def sniff(self, data: bytes) -> bool: ...

    def read(self, data: bytes, source: str) -> Favourites: ...


# Most specific signatures first: FOSDEM Companion's .ics before any other iCalendar.
_READERS: tuple[FavouritesReader, ...] = (fosdem_companion, sojourner, fosdem_pwa, eventfahrplan)


def read_favourites(data: bytes, source: str) -> Favourites | None:
    """The favourites in `data`, if one of the known apps wrote it; else None."""
    for reader in _READERS:
        if reader.sniff(data):
            return reader.read(data, source)
    return None


def is_favourites(head: bytes) -> bool:
    """Does a file starting with `head` look like one of the apps' favourites files?"""
    return any(reader.sniff(head) for reader in _READERS)
