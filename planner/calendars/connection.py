"""Testing a calendar target before it is kept: can Planner reach and write it?

For a CalDAV target: connect, find (or create) its calendar, and remember where it is.
For a folder of events: prepare it as a sync would. For the live file: check what writing
it needs (its folder, a file of its own beside it) without touching the file. One line
says what was found; a failure is one `PlannerError` naming the target and the reason.
"""

from __future__ import annotations

import errno
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from planner.calendars import credentials
from planner.calendars.caldav import CalDAVStore
from planner.calendars.files import VdirStore
from planner.calendars.sync import SyncProblem
from planner.domain.calendar_messages import CheckCode, ConnectionChecked
from planner.domain.calendars import TargetInfo, TargetKind
from planner.domain.errors import PlannerError, storage_error
from planner.storage import targets

if TYPE_CHECKING:
    from planner.domain.calendar_messages import PasswordMessage, ServerMessage
    from planner.storage.db import Database


class ConnectionFailed(PlannerError):
    """A connection test failed; `problem` says what kind of failure it was."""

    def __init__(self, target: str, cause: SyncProblem) -> None:
        super().__init__(f"{target}: {cause}")
        self.problem = cause.problem
        self.target = target
        self.said: ServerMessage | None = getattr(cause, "said", None)
        self.password: PasswordMessage | None = getattr(cause, "password", None)


def check_connection(
    database: Database, target: TargetInfo, password: str | None = None
) -> ConnectionChecked:
    """See `CalendarService.test_connection`."""
    if target.kind is not TargetKind.CALDAV:
        _check_writable(target)
        return ConnectionChecked(CheckCode.WRITABLE, target.name, target.location)
    if password is None and not target.password_command and target.id:
        with database.reading() as session:
            before = targets.get_target(session, target.id)
        if account(before) and account(before) != account(target):
            password = keyring_password(before)  # the account's new name: same password
    try:
        secret = (
            password
            if password is not None and not target.password_command
            else credentials.password(target.location, target.username, target.password_command)
        )
        with CalDAVStore(target.location, target.username, secret) as store:
            found = store.open_calendar(target.calendar_name, target.calendar_url)
    except SyncProblem as error:
        raise ConnectionFailed(target.name, error) from error
    if target.id:
        with database.transaction() as session:
            targets.set_calendar_url(session, target.id, found.url)
    code = CheckCode.CREATED if found.created else CheckCode.FOUND
    return ConnectionChecked(code, target.name, target.location, found.name, found.url)


def _check_writable(target: TargetInfo) -> None:
    """A folder of events prepared as a sync would; a file's folder and a file of its own
    beside it (the atomic writer's temporary file), the file itself left alone."""
    path = Path(target.location)
    try:
        if target.kind is TargetKind.VDIR:
            VdirStore(path, target.calendar_name).prepare()
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except FileExistsError as error:  # a file where a folder should be
                raise NotADirectoryError(errno.ENOTDIR, "not a folder") from error
            if path.is_dir():
                raise IsADirectoryError(errno.EISDIR, "a folder", str(path))
            with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".planner-"):
                pass
    except OSError as error:
        # The storage's own error, with its code: the window says it in its language.
        raise storage_error(error, target.location) from error


def account(target: TargetInfo) -> tuple[str, str] | None:
    """Where the keyring holds this target's password, if it does."""
    if target.kind is TargetKind.CALDAV and target.username and not target.password_command:
        return (target.location, target.username)
    return None


def keyring_password(target: TargetInfo) -> str | None:
    try:
        return credentials.password(target.location, target.username, "")
    except credentials.CredentialsError:
        return None
