"""Errors the core raises for the user to read.

Every message names the file (or database) and the problem in one line, because it is
shown as-is in a dialog and on stderr.
"""

from __future__ import annotations


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
    """The database cannot be opened or used; it is never modified when this is raised."""

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
