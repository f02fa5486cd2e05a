"""A password written into a web address never reaches a message (stderr, the window) nor
anything Planner keeps or shares: each command refuses such an address, showing it with
the password as ***."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from planner.domain.display import shown_url

from .conftest import digest, make_starred_database, run_planner

if TYPE_CHECKING:
    from pathlib import Path


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("http://u:s3cret@h/x", "http://u:***@h/x"),
        ("http://u:p@ss@h/x", "http://u:***@h/x"),  # urllib reads up to the last "@"
        ("ftp://u:s3cret@h", "ftp://u:***@h"),
        ("http://u:s3cret@[::1", "http://u:***@[::1"),  # malformed: shown all the same
        ("http://u@h/x", "http://u@h/x"),
        ("https://h/a:b@c", "https://h/a:b@c"),  # in the path: not a password
    ],
)
def test_a_password_is_never_shown(url: str, shown: str) -> None:
    assert shown_url(url) == shown


@pytest.mark.parametrize(
    "args",
    [
        ["calendar", "add", "c", "--caldav", "http://alice:s3cret@127.0.0.1:9/dav/"],
        ["agenda", "link", "--program-url", "https://alice:s3cret@example.org/schedule.xml"],
        ["import", "ftp://alice:s3cret@example.org/schedule.xml"],
        ["import", "https://alice:s3cret@example.org/schedule.xml"],
    ],
)
def test_each_command_refuses_an_address_with_a_password_without_showing_it(
    tmp_path: Path, args: list[str]
) -> None:
    data = tmp_path / "data"
    database = make_starred_database(data)
    before = digest(database)
    result = run_planner(data, *args)
    assert result.returncode in (2, 3), result.stderr
    assert "s3cret" not in result.stdout + result.stderr
    assert "alice:***@" in result.stderr
    assert digest(database) == before
