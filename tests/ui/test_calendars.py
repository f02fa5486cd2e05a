"""Calendars in the window, against a real Radicale server on 127.0.0.1 (looked at with an
independent WebDAV client) and GNOME Keyring's Secret Service: the dialog adds a calendar,
tests it and syncs it; a star toggled in the window reaches the server with no sync asked
for; offline and back; a refused password; no keyring; the status bar's words."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMenu

from planner.calendars.credentials import NO_KEYRING, SERVICE, account
from planner.calendars.sync import Problem, SyncReport
from planner.domain.calendars import TargetInfo, TargetKind
from planner.export.ics import event_uid
from planner.ui import calendar_sync
from planner.ui.actions import ActionId
from planner.ui.calendar_sync import Level, TargetStatus, summary

from ..calendars.servers import Client

if TYPE_CHECKING:
    from pathlib import Path

    from planner.ui.dialogs.calendars import CalendarsDialog, TargetDialog
    from planner.ui.mainwindow import MainWindow

    from ..calendars.keyrings import SecretService
    from ..calendars.servers import Radicale

KEY = "ksl19-kafka-streams-at-scale"
OTHER = "ksl19-is-kafka-a-database"
CALENDAR = "Kafka Summit London 2019 — my agenda"
WAIT = 60_000  # ms: a sync on a loaded two-core machine


@pytest.fixture
def quick(window: MainWindow) -> MainWindow:
    """The window, syncing after 0.2 s instead of 2 s, retrying after 1 s."""
    sync = window.calendars.sync
    sync.debounce_ms = 200
    sync._tick.start(200)
    return window


def star_in_the_window(window: MainWindow, qtbot, key: str) -> None:
    """As the user does: select the session in the Program, press S."""
    window.select_key(key)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_S)


def open_dialog(window: MainWindow, qtbot) -> CalendarsDialog:
    window.action_map[ActionId.CALENDARS].trigger()
    dialog = window.calendars.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def uids(radicale: Radicale) -> set[str]:
    client = Client(radicale)
    calendar = client.calendars().get(CALENDAR)
    return set() if calendar is None else set(client.events(calendar))


def uid(window: MainWindow, key: str) -> str:
    core = window.core.get()
    conference = core.catalog.conference()
    from planner.storage import repo

    with core.database.reading() as session:
        identity = repo.conference_identity_of(session, conference.id)
    return event_uid(identity, key)


def settled(window: MainWindow) -> bool:
    sync = window.calendars.sync
    return bool(sync.statuses) and not sync.busy and window.runner.idle


def test_the_dialog_adds_a_radicale_calendar_tests_it_and_syncs_it(
    quick: MainWindow, qtbot, radicale: Radicale, desktop_keyring: SecretService
) -> None:
    window = quick
    star_in_the_window(window, qtbot, KEY)
    dialog = open_dialog(window, qtbot)
    assert dialog.empty.isVisible()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    assert not editor.keyring_note.isVisible()
    qtbot.keyClicks(editor.name, "Work")
    qtbot.keyClicks(editor.url, radicale.url)
    qtbot.keyClicks(editor.username, radicale.user)
    qtbot.keyClicks(editor.password, "not the password")

    # Test Connection with a wrong password: said in the dialog, naming the calendar.
    qtbot.mouseClick(editor.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.busy.isVisible(), timeout=WAIT)
    assert editor.status.text().startswith("Work: 127.0.0.1:")
    assert "refused the user name or password" in editor.status.text()
    assert not editor.anyway_button.isVisible()  # not offline: nothing to add anyway

    editor.password.clear()
    qtbot.keyClicks(editor.password, radicale.password)
    qtbot.mouseClick(editor.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "The connection works" in editor.status.text(), timeout=WAIT)
    assert f"created the calendar “{CALENDAR}”" in editor.status.text()

    # Add: kept (the password in the keyring), then synced at once.
    ok = editor.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "&Add"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: uids(radicale) == {uid(window, KEY)}, timeout=WAIT)
    qtbot.waitUntil(lambda: settled(window), timeout=WAIT)
    held = desktop_keyring.lookup(service=SERVICE, username=account(radicale.url, radicale.user))
    assert held == radicale.password
    assert dialog.list.topLevelItemCount() == 1
    row = dialog.list.topLevelItem(0)
    assert row is not None
    assert (row.text(0), row.text(1), row.text(3)) == ("Work", "CalDAV", "synced just now")
    assert "1 added, 0 updated, 0 removed" in dialog.details.text()
    status = window.calendars.status
    assert status.isVisible()
    assert status.shown.text == "Calendars synced just now"
    assert status.shown.level is Level.OK

    # Sync Now, with the progress heard: nothing to send, nothing sent.
    puts = radicale.requests("PUT")
    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settled(window), timeout=WAIT)
    assert radicale.requests("PUT") == puts
    assert "0 added, 0 updated, 0 removed, 1 unchanged" in dialog.details.text()

    # Edit: a reminder added reaches the event that is there (updated, not duplicated).
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    assert editor is not None
    assert editor.password.placeholderText().startswith("kept in the keyring")
    editor.alarm.setChecked(True)
    editor.minutes.setValue(15)
    ok = editor.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "&Save"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT)
    client = Client(radicale)
    calendar = client.calendars()[CALENDAR]

    def reminded() -> bool:
        [(_, event)] = client.events(calendar).values()
        return bool(event.alarm) and event.alarm[0].trigger == timedelta(minutes=-15)

    qtbot.waitUntil(reminded, timeout=WAIT)

    # Remove: no longer synced, the password gone from the keyring, the events left there.
    dialog.ask_remove = lambda name: True  # type: ignore[method-assign]
    qtbot.waitUntil(lambda: settled(window), timeout=WAIT)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.calendars.sync.statuses, timeout=WAIT)
    assert "no longer kept in sync" in dialog.message.text()
    assert not status.isVisible()
    assert (
        desktop_keyring.lookup(service=SERVICE, username=account(radicale.url, radicale.user))
        is None
    )
    assert uids(radicale) == {uid(window, KEY)}


def add_with_command(window: MainWindow, radicale: Radicale, tmp_path: Path) -> Path:
    """A target added by the core (as `planner calendar add` would), read by the window."""
    secret = tmp_path / "secret"
    secret.write_text(radicale.password + "\n")
    core = window.core.get()
    conference_id = core.catalog.conference().id
    core.calendars.add(
        conference_id,
        "work",
        caldav=radicale.url,
        username=radicale.user,
        password_command=f"cat {secret}",
    )
    window.calendars.sync.refresh()
    return secret


def test_a_star_in_the_window_reaches_radicale_with_no_sync_asked_for(
    quick: MainWindow, qtbot, radicale: Radicale, tmp_path: Path
) -> None:
    window = quick
    add_with_command(window, radicale, tmp_path)
    star_in_the_window(window, qtbot, KEY)
    qtbot.waitUntil(lambda: uids(radicale) == {uid(window, KEY)}, timeout=WAIT)
    star_in_the_window(window, qtbot, OTHER)
    qtbot.waitUntil(lambda: uids(radicale) == {uid(window, KEY), uid(window, OTHER)}, timeout=WAIT)
    star_in_the_window(window, qtbot, KEY)  # S again: unstarred, so removed there
    qtbot.waitUntil(lambda: uids(radicale) == {uid(window, OTHER)}, timeout=WAIT)
    qtbot.waitUntil(lambda: settled(window), timeout=WAIT)
    assert window.calendars.status.shown.text == "Calendars synced just now"


def test_offline_the_changes_wait_and_go_when_the_server_is_back(
    quick: MainWindow, qtbot, radicale: Radicale, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = quick
    monkeypatch.setattr(calendar_sync, "RETRY_PAUSES", (timedelta(seconds=1),))
    add_with_command(window, radicale, tmp_path)
    qtbot.waitUntil(lambda: settled(window), timeout=WAIT)
    radicale.stop()
    star_in_the_window(window, qtbot, KEY)
    star_in_the_window(window, qtbot, OTHER)
    status = window.calendars.status

    qtbot.waitUntil(lambda: status.shown.text == "Offline, 2 changes waiting", timeout=WAIT)
    assert status.shown.level is Level.WAITING
    assert "cannot be reached" in status.shown.details
    assert "Trying again in" in status.shown.details
    core = window.core.get()
    conference_id = core.catalog.conference().id
    assert core.catalog.talk(conference_id, KEY).starred  # the stars stay, whatever happens
    shown = window.store.talk(KEY)
    assert shown is not None
    assert shown.star is not None

    # The window stays responsive meanwhile: a star toggles and shows at once.
    star_in_the_window(window, qtbot, OTHER)
    qtbot.waitUntil(lambda: getattr(window.store.talk(OTHER), "star", 0) is None, timeout=WAIT)

    radicale.start()  # back, on the same port: tried again by itself
    qtbot.waitUntil(lambda: uids(radicale) == {uid(window, KEY)}, timeout=WAIT)
    qtbot.waitUntil(lambda: status.shown.text == "Calendars synced just now", timeout=WAIT)


def test_a_refused_password_is_said_with_its_reason_and_not_tried_again_by_itself(
    quick: MainWindow, qtbot, radicale: Radicale, tmp_path: Path
) -> None:
    window = quick
    secret = add_with_command(window, radicale, tmp_path)
    qtbot.waitUntil(lambda: settled(window), timeout=WAIT)
    secret.write_text("not the password\n")
    star_in_the_window(window, qtbot, KEY)
    status = window.calendars.status
    qtbot.waitUntil(lambda: status.shown.level is Level.ERROR, timeout=WAIT)
    assert status.shown.text.startswith("Calendar “work” not synced: 127.0.0.1:")
    assert "refused the user name or password" in status.shown.text
    [target] = window.calendars.sync.statuses.values()
    assert (target.problem, target.next_try, target.pending) == (Problem.REFUSED, None, 1)
    attempts = radicale.requests("PROPFIND")
    qtbot.wait(1500)  # several ticks: no attempt by itself
    assert radicale.requests("PROPFIND") == attempts
    # Fixed, and asked for (F5 in the dialog): it goes.
    secret.write_text(radicale.password + "\n")
    dialog = open_dialog(window, qtbot)
    assert "does not try again by itself" in dialog.details.text()
    qtbot.keyClick(dialog, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: uids(radicale) == {uid(window, KEY)}, timeout=WAIT)
    qtbot.waitUntil(lambda: status.shown.level is Level.OK, timeout=WAIT)


def test_a_sync_by_the_command_line_is_shown_in_the_window(
    quick: MainWindow, qtbot, radicale: Radicale, tmp_path: Path
) -> None:
    """The window said the password was refused; fixed, `planner calendar sync` in a
    terminal sends the change: the window shows its outcome, not its own old failure."""
    import subprocess
    import sys

    window = quick
    secret = add_with_command(window, radicale, tmp_path)
    qtbot.waitUntil(lambda: settled(window), timeout=WAIT)
    secret.write_text("not the password\n")
    star_in_the_window(window, qtbot, KEY)
    status = window.calendars.status
    qtbot.waitUntil(lambda: status.shown.level is Level.ERROR, timeout=WAIT)
    secret.write_text(radicale.password + "\n")
    done = subprocess.run(
        [sys.executable, "-m", "planner", "--data-dir", str(tmp_path / "data"),
         "calendar", "sync", "--json"],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert uids(radicale) == {uid(window, KEY)}
    qtbot.waitUntil(lambda: status.shown.text == "Calendars synced just now", timeout=WAIT)


def test_without_a_keyring_the_dialog_explains_and_takes_a_password_command(
    quick: MainWindow, qtbot, radicale: Radicale, tmp_path: Path
) -> None:
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        window = quick
        dialog = open_dialog(window, qtbot)
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        editor: TargetDialog | None = dialog.editor
        assert editor is not None
        qtbot.waitUntil(editor.keyring_note.isVisible, timeout=WAIT)
        assert editor.keyring_note.text() == NO_KEYRING
        assert editor.use_command.isChecked()
        assert not editor.use_command.isEnabled()
        assert not editor.password.isEnabled()
        secret = tmp_path / "secret"
        secret.write_text(radicale.password + "\n")
        qtbot.keyClicks(editor.name, "Work")
        qtbot.keyClicks(editor.url, radicale.url)
        qtbot.keyClicks(editor.username, radicale.user)
        qtbot.keyClicks(editor.command, f"cat {secret}")
        qtbot.mouseClick(
            editor.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT)
        qtbot.waitUntil(lambda: settled(window), timeout=WAIT)
        [target] = window.calendars.sync.statuses.values()
        assert target.target.password_command == f"cat {secret}"
        assert window.calendars.status.shown.text == "Calendars synced just now"
    finally:
        keyring.set_keyring(previous)


def test_an_unreachable_server_can_be_added_anyway_and_syncs_once_it_is_there(
    quick: MainWindow, qtbot, radicale: Radicale, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = quick
    monkeypatch.setattr(calendar_sync, "RETRY_PAUSES", (timedelta(seconds=1),))
    radicale.stop()
    star_in_the_window(window, qtbot, KEY)
    dialog = open_dialog(window, qtbot)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    assert editor is not None
    qtbot.keyClicks(editor.name, "Work")
    qtbot.keyClicks(editor.url, radicale.url)
    editor.use_command.setChecked(True)
    qtbot.keyClicks(editor.username, radicale.user)
    qtbot.keyClicks(editor.command, f"echo {radicale.password}")
    qtbot.mouseClick(
        editor.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(editor.anyway_button.isVisible, timeout=WAIT)
    assert "cannot be reached (connection refused)" in editor.status.text()
    qtbot.mouseClick(editor.anyway_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT)
    qtbot.waitUntil(
        lambda: window.calendars.status.shown.text == "Offline, 1 change waiting", timeout=WAIT
    )
    radicale.start()
    qtbot.waitUntil(lambda: uids(radicale) == {uid(window, KEY)}, timeout=WAIT)


def test_the_actions_are_in_the_file_menu_with_their_shortcuts(window: MainWindow) -> None:
    calendars = window.action_map[ActionId.CALENDARS]
    sync_now = window.action_map[ActionId.SYNC_CALENDARS]
    assert [key.toString() for key in calendars.shortcuts()] == ["Ctrl+Shift+C"]
    assert [key.toString() for key in sync_now.shortcuts()] == ["F5"]
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert calendars in file_menu.actions()
    assert sync_now in file_menu.actions()
    assert not sync_now.isEnabled()  # no calendar yet


# -- the words (pure) -----------------------------------------------------------------------
NOW = datetime(2026, 5, 13, 12, 0, tzinfo=UTC)


def status(
    name: str = "work",
    *,
    pending: int = 0,
    synced: datetime | None = NOW - timedelta(minutes=2),
    error: str = "",
    problem: Problem = Problem.NONE,
    syncing: bool = False,
    progress: tuple[int, int] | None = None,
    retry: datetime | None = None,
) -> TargetStatus:
    target = TargetInfo(1, name, TargetKind.CALDAV, 1, "https://dav.example.org/", last_sync=synced)
    report = SyncReport(name, "caldav", error=error, problem=problem) if error else None
    return TargetStatus(target, pending, syncing, progress, report, problem, next_try=retry)


@pytest.mark.parametrize(
    ("statuses", "text", "level"),
    [
        ([], "", Level.NONE),
        ([status()], "Calendars synced 2 min ago", Level.OK),
        ([status(synced=NOW - timedelta(seconds=20))], "Calendars synced just now", Level.OK),
        ([status(), status("home", synced=NOW - timedelta(hours=3))],
         "Calendars synced 3 h ago", Level.OK),
        ([status(synced=None)], "Calendars not synced yet", Level.WAITING),
        ([status(pending=1)], "Calendars: 1 change waiting", Level.WAITING),
        (
            [status(pending=3, error="dav.example.org cannot be reached (timed out)",
                    problem=Problem.OFFLINE, retry=NOW + timedelta(seconds=30))],
            "Offline, 3 changes waiting",
            Level.WAITING,
        ),
        (
            [status(error="dav.example.org refused the user name or password",
                    problem=Problem.REFUSED), status("home")],
            "Calendar “work” not synced: dav.example.org refused the user name or password",
            Level.ERROR,
        ),
        (
            [status(error="dav.example.org refused the user name or password",
                    problem=Problem.REFUSED),
             status("home", error="the server refused to store an event (HTTP 507 )",
                    problem=Problem.FAILED),
             status("office", error="the server refused to store an event (HTTP 507 )",
                    problem=Problem.FAILED)],
            "Calendar “home” not synced: the server refused to store an event (HTTP 507 )"
            " (and 2 more)",
            Level.ERROR,
        ),
        ([status(syncing=True)], "Syncing “work”…", Level.BUSY),
        ([status(syncing=True, progress=(40, 200))],
         "Syncing “work”: 40 of 200 events sent", Level.BUSY),
        ([status(syncing=True), status("home", syncing=True)],
         "Syncing 2 calendars…", Level.BUSY),
    ],
)  # fmt: skip
def test_the_status_bar_says_the_worst_news_first(
    statuses: list[TargetStatus], text: str, level: Level
) -> None:
    said = summary(statuses, NOW)
    assert (said.text, said.level) == (text, level)


def test_the_tooltip_names_each_calendar_and_when_it_is_tried_again() -> None:
    said = summary(
        [
            status(pending=3, error="dav.example.org cannot be reached (timed out)",
                   problem=Problem.OFFLINE, retry=NOW + timedelta(seconds=30)),
            status("home"),
        ],
        NOW,
    )  # fmt: skip
    assert said.details.splitlines() == [
        "home: synced 2 min ago",
        "work: offline, 3 changes waiting. dav.example.org cannot be reached (timed out). "
        "Trying again in 30 s.",
    ]


def test_a_long_first_sync_shows_its_progress_can_be_stopped_and_loses_nothing_at_quit(
    quick: MainWindow, qtbot, radicale: Radicale, tmp_path: Path
) -> None:
    from planner.paths import AppPaths

    from .conftest import open_window

    window = quick
    core = window.core.get()
    conference_id = core.catalog.conference().id
    keys = [talk.key for talk in core.catalog.talks(conference_id)]
    for key in keys:
        core.agenda.star(conference_id, key)
    secret = tmp_path / "secret"
    secret.write_text(radicale.password + "\n")
    target = core.calendars.add(
        conference_id, "work", caldav=radicale.url, username=radicale.user,
        password_command=f"cat {secret}",
    ).value  # fmt: skip
    sync = window.calendars.sync
    seen: list[tuple[int, int]] = []
    sync.changed.connect(
        lambda: (
            seen.append(sync.statuses[target.id].progress or (0, 0))
            if target.id in sync.statuses
            else None
        )
    )
    dialog = open_dialog(window, qtbot)
    sync.sync_once_read(target.id)
    sync.refresh()

    # The progress, in the dialog and the status bar; then Stop.
    qtbot.waitUntil(lambda: any(sent >= 3 for sent, _ in seen), timeout=WAIT)
    dialog.select("work")
    assert dialog.progress.isVisible()
    assert dialog.progress.maximum() == len(keys)
    assert window.calendars.status.shown.text.startswith("Syncing “work”: ")
    assert window.calendars.status.shown.text.endswith(f" of {len(keys)} events sent")
    assert dialog.stop_button.isVisible()
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not sync.busy, timeout=WAIT)
    held = len(uids(radicale))
    assert 3 <= held < len(keys)
    assert sync.statuses[target.id].pending == len(keys) - held
    assert window.calendars.status.shown.text == f"Calendars: {len(keys) - held} changes waiting"

    # Going on, then quitting in the middle: what was sent stays sent, the rest waits in
    # the database, and the next start sends it.
    seen.clear()
    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(sent >= 2 for sent, _ in seen), timeout=WAIT)
    window.close()
    window.shutdown()
    sent = len(uids(radicale))
    assert held < sent < len(keys)
    again = open_window(qtbot, AppPaths.resolve(tmp_path / "data"))
    try:
        qtbot.waitUntil(lambda: len(uids(radicale)) == len(keys), timeout=WAIT)
        qtbot.waitUntil(
            lambda: again.calendars.status.shown.text == "Calendars synced just now", timeout=WAIT
        )
    finally:
        again.shutdown()


def test_the_form_says_what_it_lacks_and_names_a_calendar_by_its_address(
    quick: MainWindow, qtbot, tmp_path: Path
) -> None:
    dialog = open_dialog(quick, qtbot)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    assert editor is not None
    # An empty Calendar field means the conference's own calendar, as it says.
    qtbot.waitUntil(lambda: editor.calendar.placeholderText() == CALENDAR, timeout=WAIT)
    ok = editor.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert editor.status.text() == "Give the address of your CalDAV server or calendar."
    assert editor.isVisible()
    editor.folder_kind.setChecked(True)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert editor.status.text() == "Choose the folder to keep the events in."
    qtbot.keyClicks(editor.folder, str(tmp_path / "khal" / "conference"))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: settled(quick), timeout=WAIT)
    [status] = quick.calendars.sync.statuses.values()
    assert (status.target.name, status.target.kind) == ("conference", TargetKind.VDIR)
    assert (tmp_path / "khal" / "conference" / "displayname").exists()
