"""What a calendar server or folder said, as codes with values (see planner.domain.messages).

`str()` is the English line the command line prints and `calendar sync --json` carries;
`planner.ui.core_text` says the same in the window's language. A target's last failure is
stored with these codes too (`planner.domain.calendars.SyncFailure`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ServerCode(StrEnum):
    UNREACHABLE = "unreachable"  # `host` cannot be reached, because of `cause`
    LOGIN_REFUSED = "login-refused"  # `host` refused the user name or password
    REQUEST_REFUSED = "request-refused"  # the server answered `request` with HTTP `status`
    SERVER_SAID = "server-said"  # the CalDAV layer's own words (`detail`), from `host`


class NetworkCause(StrEnum):
    CERTIFICATE = "its TLS certificate could not be verified"
    REFUSED = "connection refused"
    TIMED_OUT = "timed out"
    UNKNOWN_HOST = "unknown host name"
    NO_NETWORK = "no network or unknown host name"
    OTHER = ""  # `detail` names the error's type


class Request(StrEnum):
    OPEN = "find or create the calendar"
    LIST = "list the calendar's events"
    STORE = "store an event"
    DELETE = "delete an event"


@dataclass(frozen=True, slots=True)
class ServerMessage:
    code: ServerCode
    host: str = ""
    cause: NetworkCause = NetworkCause.OTHER
    request: Request = Request.LIST
    status: int = 0  # HTTP status
    detail: str = ""  # the server's reason phrase, an error's type, or the CalDAV layer's text

    def __str__(self) -> str:
        if self.code is ServerCode.UNREACHABLE:
            if self.status:  # a proxy or the server itself is down for now (502, 503, 504)
                return self._refused()
            return f"{self.host} cannot be reached ({self.cause.value or self.detail})"
        if self.code is ServerCode.LOGIN_REFUSED:
            if self.status:
                return f"{self._refused()}: it did not accept the user name or password"
            return (
                f"{self.host} refused the user name or password (check them, or the app password)"
            )
        if self.code is ServerCode.REQUEST_REFUSED:
            return self._refused()
        return f"{self.host}: {self.detail}"

    def _refused(self) -> str:
        return (
            f"the server refused to {self.request.value} (HTTP {self.status} {self.detail})".strip()
        )


class CheckCode(StrEnum):
    WRITABLE = "writable"  # a folder or file target: `location` can be written
    CREATED = "created"  # a CalDAV target: the calendar `calendar` was created at `url`
    FOUND = "found"  # a CalDAV target: the calendar `calendar` was found at `url`


@dataclass(frozen=True, slots=True)
class ConnectionChecked:
    """What a connection test found."""

    code: CheckCode
    target: str = ""  # the target's name
    location: str = ""
    calendar: str = ""
    url: str = ""

    def __str__(self) -> str:
        if self.code is CheckCode.WRITABLE:
            return f"{self.location} can be written"
        return f"{self.target}: {self.code.value} the calendar “{self.calendar}” at {self.url}"


class PasswordCode(StrEnum):
    """Why no password could be had for a CalDAV calendar; each value is its English, with
    `user` (the user name), `status` (the command's exit status) and `detail` (the
    keyring's or the system's words, the command, or the last line the command printed)."""

    NO_KEYRING = (
        "no desktop keyring is available to hold the password for {user}; "
        "edit the calendar to give a password command"
    )
    KEYRING_UNREADABLE = "the keyring could not be read ({detail})"
    NOT_IN_KEYRING = (
        "no password for {user} in the keyring; add the calendar again or give a --password-command"
    )
    NOT_KEPT = (
        "The desktop keyring did not keep the password ({detail}). Unlock it and try "
        "again, or give a command that prints the password instead."
    )
    COMMAND_TIMED_OUT = "the password command did not finish: {detail}"
    COMMAND_CANNOT_RUN = "the password command could not run ({detail})"
    COMMAND_FAILED = "the password command failed (exit {status})"
    COMMAND_FAILED_SAYING = "the password command failed (exit {status}: {detail})"
    NO_PASSWORD = "the password command printed no password"


@dataclass(frozen=True, slots=True)
class PasswordMessage:
    """Why no password could be had (see `PasswordCode`)."""

    code: PasswordCode
    user: str = ""
    status: int = 0
    detail: str = ""

    def __str__(self) -> str:
        return self.code.value.format(user=self.user, status=self.status, detail=self.detail)
