"""The computer's zone by its name, as "This Computer's Zone", the details pane's second
time and the time-zone dialog's default need it. It came from `datetime.now().astimezone()`,
which on Linux gives only a fixed offset ("EST"), so it was never known and the action
stayed disabled."""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

from planner.ui.locale_format import local_zone

if TYPE_CHECKING:
    from planner.ui.mainwindow import MainWindow


@pytest.mark.parametrize("name", ["America/New_York", "Europe/Berlin", "Asia/Kolkata"])
def test_the_computer_zone_is_known_by_its_name(
    qapp, window: MainWindow, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.setenv("TZ", name)
    assert local_zone() == ZoneInfo(name)
    assert window.local_zone() == ZoneInfo(name)


def test_a_zone_the_zone_database_does_not_name_is_unknown(
    qapp, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "EST5EDT,M3.2.0,M11.1.0")  # a POSIX rule, no name
    assert local_zone() is None


@pytest.mark.parametrize("name", ["Australia", "Etc", "US", "America"])
def test_a_folder_of_the_zone_database_is_no_zone(
    qapp, window: MainWindow, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """TZ=Australia names a folder of tzdata: ZoneInfo raises IsADirectoryError, and the
    window could not start (review 6 #1: "Planner cannot start" with [Errno 21])."""
    monkeypatch.setenv("TZ", name)
    assert local_zone() is None
    assert window.local_zone() is None
