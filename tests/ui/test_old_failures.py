"""A calendar's last failure stored in English before schema 5 (`migrations._to_5`: it
becomes the detail of an "earlier" failure), in a German window: the database, built at
version 4 from its frozen DDL, opens and is upgraded, and the status bar says the stored
words inside a German sentence until the first sync of this run says, all in German, why
it fails now."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

import pytest

from planner.paths import AppPaths
from planner.storage import migrations
from planner.ui import i18n

from ..calendars.servers import free_port
from ..storage.test_migrations import build_old_database
from .conftest import close_window

if TYPE_CHECKING:
    from pathlib import Path

EARLIER = "(so von einer früheren Version von Planner festgehalten)"


def version_4_database(data: Path, events: Path, port: int) -> Path:
    """A version-4 database (frozen DDL) with two calendars whose last syncs failed, each
    failure kept as the English line version 4 stored."""
    database = AppPaths.resolve(data).database
    database.parent.mkdir(parents=True)
    build_old_database(database, 4)
    connection = sqlite3.connect(database)
    connection.executemany(
        "INSERT INTO calendar_targets VALUES (?, 1, ?, ?, ?, 0, NULL, 'Demo', '', ?, ?, "
        "'2024-01-01 10:00:00.000000', NULL, '2024-03-01 10:00:00.000000', ?)",
        [
            (
                1,
                "caldav",
                "Work",
                f"http://127.0.0.1:{port}/dav/",
                "ana",
                "echo secret",
                f"127.0.0.1:{port} cannot be reached (connection refused)",
            ),
            (
                2,
                "vdir",
                "Folder",
                str(events),
                "",
                "",
                "cannot be created: Too many levels of symbolic links",
            ),
        ],
    )
    connection.commit()
    connection.close()
    return database


@pytest.mark.usefixtures("restore_language")
def test_a_version_4_databases_english_failures_in_the_german_window(
    qapp, qtbot, tmp_path: Path
) -> None:
    from planner.ui.app import finish_opening, open_main_window

    port = free_port()  # nothing listens there
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    events = tmp_path / "a" / "events"
    data = tmp_path / "data"
    database = version_4_database(data, events, port)
    i18n.install(qapp, i18n.Choice("de", chosen=True), tmp_path / "qm")

    window, quick = open_main_window(AppPaths.resolve(data))
    qtbot.addWidget(window)
    # Each text the status bar's calendar button showed, and its tooltip's lines, in order.
    said: list[str] = []
    lines: list[list[str]] = []

    def heard() -> None:
        said.append(window.calendars.status.shown.text)
        lines.append(window.calendars.status.shown.details.splitlines())

    window.calendars.sync.changed.connect(heard)
    window.show()
    qtbot.waitExposed(window)
    try:
        finish_opening(window, quick)  # the upgrade, then the calendars' first sync
        assert window.core.recovery is None
        qtbot.waitUntil(
            lambda: not window.calendars.sync.busy and len(said) > 1 and "Kalender" in said[-1],
            timeout=30_000,
        )
    finally:
        close_window(window)

    connection = sqlite3.connect(database)
    try:
        [(version,)] = connection.execute("PRAGMA user_version")
    finally:
        connection.close()
    assert version == migrations.LATEST_VERSION
    [backup] = database.parent.glob(f"{database.name}.schema4-*.bak")  # kept before it
    assert backup.stat().st_size > 0
    # Read from the database: the English line, in a German frame (the worst news first,
    # by name: "Folder" before "Work").
    assert said[0] == (
        "Kalender „Folder“ nicht abgeglichen: cannot be created: Too many levels of symbolic "
        f"links {EARLIER} (und 1 weiterer)"
    )
    assert lines[0] == [
        "Folder: nicht abgeglichen: cannot be created: Too many levels of symbolic links "
        f"{EARLIER}",
        f"Work: nicht abgeglichen: 127.0.0.1:{port} cannot be reached (connection refused) "
        f"{EARLIER}",
    ]
    # After this run's sync: why each fails now, all in German (a server that refuses the
    # connection is offline: tried again later).
    assert said[-1] == (
        f"Kalender „Folder“ nicht abgeglichen: {events} kann nicht angelegt werden: zu viele "
        "symbolische Links (eine Schleife von Links)"
    ), said
    assert lines[-1][1].startswith(
        f"Work: offline, 1 Änderung wartet. 127.0.0.1:{port} ist nicht erreichbar "
        "(Verbindung abgelehnt)."
    ), lines[-1]
