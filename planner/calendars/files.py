"""The local targets: an `.ics` file (exported once, or the live one) and a vdir folder.

Every file is replaced atomically (`planner.atomic.write_atomic`): a reader - a calendar app
subscribed to the live file, khal, vdirsyncer - sees the old file or the new one, whole.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from typing import TYPE_CHECKING

from planner.atomic import write_atomic
from planner.calendars.sync import PreconditionFailed, safe_file_name
from planner.domain.errors import (
    BadInputError,
    ReadOnlyError,
    StorageCode,
    StorageError,
    storage_error,
)
from planner.domain.messages import Note, NoteCode
from planner.user_files import read_user_file

if TYPE_CHECKING:
    from pathlib import Path


# One event's file: Planner's own are a few kB (a 200,000-character abstract is the most a
# session holds); anything far bigger in a target folder is not an event to compare.
MAX_EVENT_FILE_BYTES = 8 * 1024 * 1024


class NotAnEventFile(Exception):
    """A file in a target folder that is not read: not a regular file (a pipe, a device, a
    folder), too big, or unreadable. The message is one line naming it."""


def read_event_file(path: Path) -> bytes | None:
    """The bytes of one event's file, read as every user file is (`read_user_file`: a
    regular file only, opened without blocking, measured before it is read, read with a
    cap), so that a pipe or a huge file in a target folder can neither hang nor stall a
    sync. None when there is no such file (gone meanwhile)."""
    try:
        return read_user_file(path, MAX_EVENT_FILE_BYTES, "an event file")
    except BadInputError as error:
        if not os.path.lexists(path):
            return None
        raise NotAnEventFile(Note(NoteCode.NOT_READ, error.source, error.problem)) from error


def write_if_changed(path: Path, data: bytes) -> bool:
    """Replace `path` with `data` unless it already holds exactly that (a subscriber then
    sees an untouched file). Returns whether it wrote."""
    with contextlib.suppress(OSError, NotAnEventFile):
        if path.stat().st_size == len(data) and read_event_file(path) == data:
            return False
    write_atomic(path, data)
    return True


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


class VdirStore:
    """A folder with one `.ics` file per event: the vdir layout that khal, vdirsyncer and
    Evolution's local calendars read (https://vdirsyncer.pimutils.org/en/stable/vdir.html).

    A file's "ETag" is a digest of its bytes, so a file that khal (or the user) changed or
    deleted is noticed and treated as a CalDAV server's edited or deleted event would be.
    """

    def __init__(self, folder: Path, display_name: str) -> None:
        self.folder = folder
        self.display_name = display_name
        self.skipped: list[str] = []  # files the last listing did not read, and why

    def prepare(self) -> None:
        """The folder, created if it is missing; `StorageError` (with its code) when it
        cannot be created or written."""
        folder = str(self.folder)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except FileExistsError as error:  # a file (or a link to one) where the folder goes
            raise StorageError(folder, code=StorageCode.NOT_A_FOLDER, doing="created") from error
        except OSError as error:
            raise storage_error(error, folder, "created") from error
        if not os.access(self.folder, os.W_OK):
            raise ReadOnlyError(folder, code=StorageCode.READ_ONLY_FOLDER, doing="written")
        # vdir metadata: the name calendar apps show for this folder.
        write_if_changed(self.folder / "displayname", self.display_name.encode("utf-8"))

    def listing(self) -> dict[str, str]:
        """Every event file and its digest. A file that is not read (a pipe, a device, a
        folder, one too big) is listed with an ETag that matches nothing, so that Planner
        never writes over it nor deletes it, and is named in `skipped` (one line each)."""
        self.prepare()
        found = {}
        self.skipped = []
        for path in sorted(self.folder.glob("*.ics")):
            try:
                data = read_event_file(path)
            except NotAnEventFile as error:
                found[path.name] = _NOT_READ
                self.skipped.append(error.args[0])  # a `Note`: said in the window's language
                continue
            if data is not None:  # else gone meanwhile: not there
                found[path.name] = digest(data)
        return found

    def href_for(self, uid: str) -> str:
        return safe_file_name(uid)

    def put(self, href: str, data: bytes, etag: str | None) -> str:
        path = self.folder / href
        self._expect(path, etag)
        write_atomic(path, data)
        return digest(data)

    def delete(self, href: str, etag: str) -> None:
        path = self.folder / href
        self._expect(path, etag)
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError as error:
            raise storage_error(error, str(path), "deleted") from error

    @staticmethod
    def _expect(path: Path, etag: str | None) -> None:
        try:
            data = read_event_file(path)
        except NotAnEventFile as error:  # never replaced nor deleted
            raise PreconditionFailed(str(path)) from error
        current = None if data is None else digest(data)
        if current != etag or etag == _NOT_READ:
            raise PreconditionFailed(str(path))


# The ETag of a file in a folder that was not read: no digest is ever this.
_NOT_READ = "not read"
