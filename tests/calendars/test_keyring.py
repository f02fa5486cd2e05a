"""Passwords in a real desktop keyring: GNOME Keyring's Secret Service on a private D-Bus
session (see `keyrings.py`), looked at with libsecret's secret-tool; the password reaches
Radicale at each sync and is nowhere in Planner's files. Without any keyring, one clear
message and nothing half-added. `planner` runs as its own process, choosing its keyring
backend as it does on a user's desktop."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import TYPE_CHECKING, Any

from planner.calendars.credentials import SERVICE, account

from .servers import Client, Radicale

if TYPE_CHECKING:
    from pathlib import Path

    from .keyrings import SecretService

SESSION = "ksl19-is-kafka-a-database"


class Planner:
    """The `planner` command in its own process, with the environment given."""

    def __init__(self, data: Path, env: dict[str, str]) -> None:
        self.data = data
        self.env = {**env, "PLANNER_DATA_DIR": str(data)}

    def __call__(self, *args: str, stdin: str = "", code: int = 0) -> Any:
        done = subprocess.run(
            [sys.executable, "-m", "planner", *args],
            input=stdin,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == code, done.stdout + done.stderr
        return json.loads(done.stdout) if "--json" in args else done.stdout + done.stderr


def files_hold(folder: Path, secret: str) -> list[Path]:
    return [
        path
        for path in folder.rglob("*")
        if path.is_file() and secret.encode() in path.read_bytes()
    ]


def test_the_password_goes_to_the_desktop_keyring_and_nowhere_else(
    radicale: Radicale, secret_service: SecretService, tmp_path: Path
) -> None:
    planner = Planner(tmp_path / "data", secret_service.env)
    planner("star", SESSION)
    added = planner(
        "calendar", "add", "work", "--caldav", radicale.url, "--username", radicale.user,
        stdin=radicale.password + "\n",
    )  # fmt: skip
    assert "created the calendar" in added
    # Where GNOME's own apps would find it, under Planner's name for it.
    held = secret_service.lookup(service=SERVICE, username=account(radicale.url, radicale.user))
    assert held == radicale.password
    [listed] = planner("calendar", "list", "--json")
    assert listed["password"] == "keyring"

    # Each sync takes it from the keyring: the session reaches the server.
    [report] = planner("calendar", "sync", "--json")
    assert (report["created"], report["ok"]) == (1, True)
    calendar = Client(radicale).calendars()["Kafka Summit London 2019 — my agenda"]
    assert len(Client(radicale).events(calendar)) == 1

    # Never in Planner's own files: the database, its journal, the settings.
    assert files_hold(tmp_path / "data", radicale.password) == []

    # Removing the calendar takes its password out of the keyring.
    planner("calendar", "remove", "work")
    assert (
        secret_service.lookup(service=SERVICE, username=account(radicale.url, radicale.user))
        is None
    )


def test_without_a_keyring_one_clear_message_and_nothing_half_added(
    radicale: Radicale, secret_service: SecretService, tmp_path: Path
) -> None:
    no_bus = {k: v for k, v in secret_service.env.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    planner = Planner(tmp_path / "data", no_bus)
    planner("star", SESSION)
    said = planner(
        "calendar", "add", "work", "--caldav", radicale.url, "--username", radicale.user,
        stdin=radicale.password + "\n", code=2,
    )  # fmt: skip
    assert "No desktop keyring" in said
    assert "Give a command that prints the password instead" in said
    assert "--password-command" in said
    assert "Traceback" not in said
    assert planner("calendar", "list", "--json") == []
    assert files_hold(tmp_path / "data", radicale.password) == []

    # Added while the keyring was there, synced when it is not (a session without one):
    # the target says why, the star stays, and the change waits.
    with_keyring = Planner(tmp_path / "data", secret_service.env)
    with_keyring(
        "calendar", "add", "work", "--caldav", radicale.url, "--username", radicale.user,
        stdin=radicale.password + "\n",
    )  # fmt: skip
    [report] = planner("calendar", "sync", "--json", code=1)
    assert report["problem"] == "refused"
    assert "no desktop keyring is available" in report["errors"][0]
    assert report["pending"] == 1
    [report] = with_keyring("calendar", "sync", "--json")
    assert report["created"] == 1
