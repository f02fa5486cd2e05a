"""Errors the core raises for the user to read.

Every message names the file (or database) and the problem in one line, because it is
shown as-is in a dialog and on stderr.
"""

from __future__ import annotations

import errno
import os


class PlannerError(Exception):
    """Base class for errors with a message meant for the user."""


class BadInputError(PlannerError):
    """A file the user gave us cannot be used: malformed, hostile, too big, wrong format."""

    def __init__(
        self, source: str, problem: str, *, line: int | None = None, column: int | None = None
    ) -> None:
        self.source = source
        self.problem = problem
        self.line = line
        self.column = column
        where = ""
        if line is not None:
            where = f" (line {line}" + (f", column {column}" if column is not None else "") + ")"
        super().__init__(f"{source}: {problem}{where}")


class DatabaseError(PlannerError):
    """The file is not a Planner database this build can use: damaged (failed header or
    integrity check), another program's, or from a newer Planner. It is never modified
    when this is raised, and it is the only fault after which the window may set the file
    aside (see `StorageError` for the faults that must never cause that).
    """

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class NotFoundError(PlannerError):
    """Something the user named (a session key, a conference id) does not exist."""


class UsageError(PlannerError):
    """The request makes no sense as given (bad option value, missing choice)."""


class Cancelled(PlannerError):
    """The user cancelled the operation before it changed anything."""

    def __init__(self, what: str = "the operation") -> None:
        super().__init__(f"{what} was cancelled")


class StorageError(PlannerError):
    """A file or the database cannot be read or written *now*, through no fault of its
    content: it is locked, the disk is full, the folder is read-only, the name is too
    long... The data on disk is intact, and a database is never set aside for this.
    """

    def __init__(self, target: str, problem: str) -> None:
        self.target = target
        self.problem = problem
        super().__init__(f"{target}: {problem}")


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
        super().__init__(
            target,
            "cannot be changed: another program changed the same data meanwhile "
            "(nothing was saved; look again, then try again)",
        )


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
    cause = _root_cause(error)
    name = getattr(cause, "sqlite_errorname", None)
    if isinstance(name, str):
        if name.startswith(_LOCKED_SQLITE):
            return LockedError(
                target,
                "is locked by another program (another Planner, or a tool using "
                "the database); close it, then try again",
            )
        if name.startswith("SQLITE_FULL"):
            return DiskFullError(
                target, f"cannot be {doing}: disk full (no space left on the disk holding it)"
            )
        if name.startswith("SQLITE_READONLY"):
            return _from_folder(target, doing) or ReadOnlyError(
                target, f"cannot be {doing}: read-only (the file may not be written)"
            )
        # I/O errors and "cannot open" say little by themselves (a full disk shows up as
        # SQLITE_IOERR_SHMSIZE, a read-only folder as SQLITE_CANTOPEN): ask the folder.
        return _from_folder(target, doing) or StorageError(target, f"cannot be {doing}: {cause}")
    if isinstance(cause, OSError):
        code = cause.errno
        if code in _DISK_FULL_ERRNOS:
            return DiskFullError(
                target, f"cannot be {doing}: disk full (no space left on the disk holding it)"
            )
        if code == errno.EROFS:
            return ReadOnlyError(
                target,
                f"cannot be {doing}: read-only disk (the disk holding it is mounted read-only)",
            )
        if code in _READ_ONLY_ERRNOS and doing == "read":
            return StorageError(target, "cannot be read: permission denied")
        if code in _READ_ONLY_ERRNOS:
            return ReadOnlyError(
                target,
                f"cannot be {doing}: read-only (permission denied for the file or its folder)",
            )
        if code == errno.EISDIR:
            return StorageError(target, f"cannot be {doing}: it is a folder, not a file")
        if code == errno.ENOTDIR:
            return StorageError(target, f"cannot be {doing}: part of the path is not a folder")
        if code == errno.ENAMETOOLONG:
            return StorageError(target, f"cannot be {doing}: the file name is too long")
        if code == errno.ENOENT:
            return StorageError(target, f"cannot be {doing}: the folder does not exist")
        return _from_folder(target, doing) or StorageError(
            target, f"cannot be {doing}: {cause.strerror or cause}"
        )
    return StorageError(target, f"cannot be {doing}: {cause}")


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
        return ReadOnlyError(target, "cannot be changed: read-only (permission denied)")
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
        return ReadOnlyError(
            target, f"cannot be {doing}: read-only disk (the disk holding it is mounted read-only)"
        )
    if stats.f_bavail * stats.f_frsize < _NEARLY_FULL_BYTES or (
        stats.f_files and stats.f_favail == 0
    ):
        return DiskFullError(
            target, f"cannot be {doing}: disk full (no space left on the disk holding it)"
        )
    if not os.access(folder, os.W_OK):
        return ReadOnlyError(target, f"cannot be {doing}: read-only folder (permission denied)")
    return None


# SQLite needs a few pages free to write anything (a journal, the WAL index): below this a
# disk is full for our purposes even if df shows some bytes left.
_NEARLY_FULL_BYTES = 256 * 1024
