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

if TYPE_CHECKING:
    from pathlib import Path


def write_if_changed(path: Path, data: bytes) -> bool:
    """Replace `path` with `data` unless it already holds exactly that (a subscriber then
    sees an untouched file). Returns whether it wrote."""
    with contextlib.suppress(OSError):
        if path.stat().st_size == len(data) and path.read_bytes() == data:
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

    def prepare(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        if not os.access(self.folder, os.W_OK):
            raise PermissionError(f"{self.folder}: the folder cannot be written")
        # vdir metadata: the name calendar apps show for this folder.
        write_if_changed(self.folder / "displayname", self.display_name.encode("utf-8"))

    def listing(self) -> dict[str, str]:
        self.prepare()
        found = {}
        for path in self.folder.glob("*.ics"):
            with contextlib.suppress(OSError):  # gone meanwhile: not there
                found[path.name] = digest(path.read_bytes())
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
        with contextlib.suppress(FileNotFoundError):
            path.unlink()

    @staticmethod
    def _expect(path: Path, etag: str | None) -> None:
        try:
            current: str | None = digest(path.read_bytes())
        except FileNotFoundError:
            current = None
        if current != etag:
            raise PreconditionFailed(str(path))
