"""Errors the core raises for the user to read.

Every message names the file (or database) and the problem in one line, because it is
shown as-is in a dialog and on stderr.
"""

from __future__ import annotations

import errno
import os
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from planner.domain.refusals import Refusal


class PlannerError(Exception):
    """Base class for errors with a message meant for the user."""


class BadInputError(PlannerError):
    """A file the user gave us cannot be used: malformed, hostile, too big, wrong format.

    `problem` is a `Refusal` (a code with values; its `str` the English), never plain text,
    so that the window can say every refusal in its language."""

    def __init__(
        self,
        source: str,
        problem: Refusal,
        *,
        line: int | None = None,
        column: int | None = None,
    ) -> None:
        self.source = source
        self.problem = problem
        self.line = line
        self.column = column
        where = ""
        if line is not None:
            where = f" (line {line}" + (f", column {column}" if column is not None else "") + ")"
        super().__init__(f"{source}: {problem}{where}")


class DatabaseCode(StrEnum):
    """Why a file is not a Planner database this build can use (see `DatabaseError`)."""

    DIRECTORY = "is a directory, not a database file"
    NOT_SQLITE = "is not an SQLite database (unrecognised file header)"
    DAMAGED = "is damaged ({detail})"  # `detail`: what SQLite said, in English
    DAMAGED_OR_NOT = "is damaged or not a database ({detail})"
    OTHER_PROGRAM = "is an SQLite database of another program, not a Planner database"
    NEWER = "was written by a newer Planner (schema {detail}); update Planner to open it"


class DatabaseError(PlannerError):
    """The file is not a Planner database this build can use: damaged (failed header or
    integrity check), another program's, or from a newer Planner. It is never modified
    when this is raised, and it is the only fault after which the window may set the file
    aside (see `StorageError` for the faults that must never cause that).

    `code` and `detail` say the problem for the window to say in its language; `problem`
    is its English (the command line's).
    """

    def __init__(self, path: str, code: DatabaseCode, detail: str = "") -> None:
        self.path = path
        self.code = code
        self.detail = detail
        self.problem = code.value.format(detail=detail)
        super().__init__(f"{path}: {self.problem}")


class NotFoundError(PlannerError):
    """Something the user named (a session key, a conference id) does not exist."""


class UsageError(PlannerError):
    """The request makes no sense as given (bad option value, missing choice).

    Made `of` a `Refusal`, it keeps the code for the window to say it in its language."""

    refusal: Refusal | None = None

    @classmethod
    def of(cls, refusal: Refusal) -> UsageError:
        error = cls(str(refusal))
        error.refusal = refusal
        return error


class Cancelled(PlannerError):
    """The user cancelled the operation before it changed anything."""

    def __init__(self, what: str = "the operation") -> None:
        super().__init__(f"{what} was cancelled")


class StorageCode(StrEnum):
    """What is wrong with the storage (see `StorageError`); each value is its English,
    `doing` completing "cannot be …" and `detail` the system's own words."""

    LOCKED = (
        "is locked by another program (another Planner, or a tool using the database); "
        "close it, then try again"
    )
    DISK_FULL = "cannot be {doing}: disk full (no space left on the disk holding it)"
    READ_ONLY = "cannot be {doing}: read-only (the file may not be written)"
    READ_ONLY_DISK = "cannot be {doing}: read-only disk (the disk holding it is mounted read-only)"
    NO_PERMISSION = "cannot be {doing}: permission denied"
    PERMISSION_DENIED = (
        "cannot be {doing}: read-only (permission denied for the file or its folder)"
    )
    IS_FOLDER = "cannot be {doing}: it is a folder, not a file"
    NOT_A_FOLDER = "cannot be {doing}: part of the path is not a folder"
    NAME_TOO_LONG = "cannot be {doing}: the file name is too long"
    NO_FOLDER = "cannot be {doing}: the folder does not exist"
    READ_ONLY_FOLDER = "cannot be {doing}: read-only folder (permission denied)"
    NOT_WRITABLE = "cannot be {doing}: read-only (permission denied)"
    CHANGED_MEANWHILE = (
        "cannot be {doing}: another program changed the same data meanwhile "
        "(nothing was saved; look again, then try again)"
    )
    OTHER = "cannot be {doing}: {detail}"
    # A named pipe, a device or a socket where a file is written: `detail` is what it is
    # (`display.file_kind`: "a named pipe (FIFO)"); `NOT_REGULAR_FILE` when it has no name.
    NOT_REGULAR = (
        "cannot be {doing}: it is {detail}, not a regular file; Planner writes only regular files"
    )
    NOT_REGULAR_FILE = (
        "cannot be {doing}: it is not a regular file; Planner writes only regular files"
    )
    # The same where the database should be (`detail`: what it is).
    NOT_A_DATABASE_FILE = "is {detail}, not a database file"
    NOT_REGULAR_DATABASE = "is not a regular file, so it cannot be a database file"


class StorageNote(StrEnum):
    """What is said after a storage fault of a database being opened."""

    UPGRADE_FIRST = "; it needs an upgrade first"
    OPENED_READ_ONLY = "; Planner opened it read-only"
    NEW_AND_EMPTY = ", and it is new and empty"
    NEEDS_UPGRADE = ", and it needs an upgrade first"


class StorageError(PlannerError):
    """A file or the database cannot be read or written *now*, through no fault of its
    content: it is locked, the disk is full, the folder is read-only, the name is too
    long... The data on disk is intact, and a database is never set aside for this.

    Given a `code`, the problem is that code's English (`doing`: "read", "written"...;
    `detail`: the system's words; `notes` after it), and the window says it in its
    language; a `problem` given as text is shown as it is.
    """

    def __init__(
        self,
        target: str,
        problem: str = "",
        *,
        code: StorageCode | None = None,
        doing: str = "",
        detail: str = "",
        notes: tuple[StorageNote, ...] = (),
    ) -> None:
        if code is not None:
            problem = code.value.format(doing=doing, detail=detail) + "".join(notes)
        self.target = target
        self.problem = problem
        self.code = code
        self.doing = doing
        self.detail = detail
        self.notes = notes
        super().__init__(f"{target}: {problem}")

    def again(self, *, doing: str = "", note: StorageNote | None = None) -> StorageError:
        """The same fault, of the same kind: said of another action (`doing`, "changed")
        or with a note after it."""
        again = type(self).__new__(type(self))
        notes = (*self.notes, note) if note is not None else self.notes
        if self.code is None:
            problem = self.problem
            if doing:
                problem = re.sub(
                    r"cannot be (?:opened|written|read|created)", "cannot be " + doing, problem
                )
            StorageError.__init__(again, self.target, problem + (note or ""))
        else:
            StorageError.__init__(
                again,
                self.target,
                code=self.code,
                doing=doing or self.doing,
                detail=self.detail,
                notes=notes,
            )
        return again


class LockedError(StorageError):
    """Another program holds the database's lock (and did not let go while we waited)."""


class DiskFullError(StorageError):
    """The disk (or the user's quota) holding the target is full."""


class ReadOnlyError(StorageError):
    """The target is on a read-only disk or in a folder we may not write to."""


class ChangedMeanwhileError(StorageError):
    """A change no longer fits what the database holds: another program (a second window,
    the command line) changed or removed what it was about, after it was read. Nothing of
    the change was saved; looking again and retrying is safe."""

    def __init__(self, target: str) -> None:
        super().__init__(target, code=StorageCode.CHANGED_MEANWHILE, doing="changed")


_DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
_READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})
_LOCKED_SQLITE = ("SQLITE_BUSY", "SQLITE_LOCKED")
_DAMAGED_SQLITE = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def storage_error(error: BaseException, target: str, doing: str = "written") -> StorageError:
    """The one classification of storage faults, used by the CLI and the window alike.

    `error` is an `OSError`, an `sqlite3.Error`, or anything wrapping one in `.orig`
    (SQLAlchemy) or as its cause. The answer says *what is wrong with the storage* in
    words a user acts on ("disk full"), naming the kind first, never "damaged": a database
    that is really damaged is recognised only by `is_damage` and opening's own checks.
    `doing` completes "cannot be …" ("read", "written", "opened").
    """
    # Loaded with the first fault, not by every command (parsing arguments loads this).
    from planner.domain.system_words import system_words

    cause = _root_cause(error)
    name = getattr(cause, "sqlite_errorname", None)
    if isinstance(name, str):
        if name.startswith(_LOCKED_SQLITE):
            return LockedError(target, code=StorageCode.LOCKED, doing=doing)
        if name.startswith("SQLITE_FULL"):
            return DiskFullError(target, code=StorageCode.DISK_FULL, doing=doing)
        if name.startswith("SQLITE_READONLY"):
            return _from_folder(target, doing) or ReadOnlyError(
                target, code=StorageCode.READ_ONLY, doing=doing
            )
        # I/O errors and "cannot open" say little by themselves (a full disk shows up as
        # SQLITE_IOERR_SHMSIZE, a read-only folder as SQLITE_CANTOPEN): ask the folder.
        return _from_folder(target, doing) or StorageError(
            target, code=StorageCode.OTHER, doing=doing, detail=system_words(cause)
        )
    if isinstance(cause, OSError):
        number = cause.errno
        if number in _DISK_FULL_ERRNOS:
            return DiskFullError(target, code=StorageCode.DISK_FULL, doing=doing)
        if number == errno.EROFS:
            return ReadOnlyError(target, code=StorageCode.READ_ONLY_DISK, doing=doing)
        if number in _READ_ONLY_ERRNOS and doing == "read":
            return StorageError(target, code=StorageCode.NO_PERMISSION, doing=doing)
        if number in _READ_ONLY_ERRNOS:
            return ReadOnlyError(target, code=StorageCode.PERMISSION_DENIED, doing=doing)
        plain = {
            errno.EISDIR: StorageCode.IS_FOLDER,
            errno.ENOTDIR: StorageCode.NOT_A_FOLDER,
            errno.ENAMETOOLONG: StorageCode.NAME_TOO_LONG,
            errno.ENOENT: StorageCode.NO_FOLDER,
        }
        if number in plain:
            return StorageError(target, code=plain[number], doing=doing)
        return _from_folder(target, doing) or StorageError(
            target, code=StorageCode.OTHER, doing=doing, detail=system_words(cause)
        )
    return StorageError(target, code=StorageCode.OTHER, doing=doing, detail=system_words(cause))


_STORAGE_SQLITE = (
    *_LOCKED_SQLITE,
    *_DAMAGED_SQLITE,
    "SQLITE_FULL",
    "SQLITE_READONLY",
    "SQLITE_IOERR",
    "SQLITE_CANTOPEN",
    "SQLITE_PERM",
    "SQLITE_PROTOCOL",
)


def is_storage_fault(error: BaseException) -> bool:
    """Is `error` (or what it wraps) about the storage - the disk, the file, its lock -
    rather than a mistake in a query (a constraint, a syntax error), which stays a bug?"""
    cause = _root_cause(error)
    name = getattr(cause, "sqlite_errorname", None)
    if isinstance(name, str):
        return name.startswith(_STORAGE_SQLITE)
    return isinstance(cause, OSError)


def is_damage(error: BaseException) -> bool:
    """Does SQLite say the file itself is damaged or not a database (and not merely that
    it cannot be reached now)? Only then may a database file be set aside."""
    name = getattr(_root_cause(error), "sqlite_errorname", None)
    return isinstance(name, str) and name.startswith(_DAMAGED_SQLITE)


def _root_cause(error: BaseException) -> BaseException:
    """The SQLite or OS error at the bottom of `error` (SQLAlchemy wraps them in `.orig`,
    our own code chains them as the cause)."""
    for _ in range(10):  # chains are short; a cycle must not hang us
        if getattr(error, "sqlite_errorname", None) is not None or isinstance(error, OSError):
            return error
        wrapped = getattr(error, "orig", None)
        if isinstance(wrapped, BaseException):
            error = wrapped
        elif error.__cause__ is not None:
            error = error.__cause__
        else:
            return error
    return error


def why_read_only(target: str) -> ReadOnlyError | None:
    """Why the existing file `target` cannot be written (read-only disk, folder or file),
    or None if it can."""
    found = _from_folder(target, "changed")
    if isinstance(found, ReadOnlyError):
        return found
    if not os.access(target, os.W_OK):
        return ReadOnlyError(target, code=StorageCode.NOT_WRITABLE, doing="changed")
    return None


def _from_folder(target: str, doing: str) -> StorageError | None:
    """Ask the file system why `target` cannot be used: full, or read-only."""
    folder = os.path.dirname(os.path.abspath(target))
    while folder and not os.path.isdir(folder):
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    try:
        stats = os.statvfs(folder)
    except (OSError, AttributeError):  # statvfs is POSIX-only
        return None
    if stats.f_flag & os.ST_RDONLY:
        return ReadOnlyError(target, code=StorageCode.READ_ONLY_DISK, doing=doing)
    if stats.f_bavail * stats.f_frsize < _NEARLY_FULL_BYTES or (
        stats.f_files and stats.f_favail == 0
    ):
        return DiskFullError(target, code=StorageCode.DISK_FULL, doing=doing)
    if not os.access(folder, os.W_OK):
        return ReadOnlyError(target, code=StorageCode.READ_ONLY_FOLDER, doing=doing)
    return None


# SQLite needs a few pages free to write anything (a journal, the WAL index): below this a
# disk is full for our purposes even if df shows some bytes left.
_NEARLY_FULL_BYTES = 256 * 1024


@dataclass(frozen=True)
class Recovery:
    """What opening the database had to do, for the user: a file that was not a Planner
    database set aside (`kept`: where) and a new one started, or a database opened
    read-only (`kept` None; `fault` says why). Its text is the command line's English; the
    window says it in its language from these values."""

    path: str
    fault: DatabaseError | StorageError
    kept: str | None = None

    def __str__(self) -> str:
        if self.kept is not None and isinstance(self.fault, DatabaseError):
            return (
                f"The database {self.path} could not be used: {self.fault.problem}. It was "
                f"kept unchanged as {self.kept}. Planner started with a new database."
            )
        return (
            f"{self.fault}. Everything is shown as it was saved; changes cannot be "
            "saved until that is fixed (then restart Planner)."
        )
