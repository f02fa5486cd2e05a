"""What the system said about a fault, as words with a kind (see `planner.domain.refusals`).

Where a message carries an `OSError`'s words ("No space left on device", "Connection
refused"), those words are English whatever the window's language. `SystemWords` is a
`str` holding exactly the words as they were always said (the command line prints them
and its JSON carries them unchanged), which also keeps what kind of fault it was: the
errno's name, or the kind a network library raised (a time-out, a name that does not
resolve, a TLS certificate that cannot be verified). The window says a kind it knows in
its language (`planner.ui.core_text.SystemTexts`); any other stays the system's words.

`system_words` is the one place an error becomes such words: every message that quotes
the system goes through it.
"""

from __future__ import annotations

import errno
import os
import sys
from enum import StrEnum


class SystemFault(StrEnum):
    """A kind of fault the window says in its language; the value of an errno's kind is
    the errno's name (the same on every system, unlike its number)."""

    NO_SPACE = "ENOSPC"
    QUOTA = "EDQUOT"
    ACCESS = "EACCES"
    NOT_PERMITTED = "EPERM"
    NO_SUCH_FILE = "ENOENT"
    IS_FOLDER = "EISDIR"
    NOT_A_FOLDER = "ENOTDIR"
    NAME_TOO_LONG = "ENAMETOOLONG"
    READ_ONLY_DISK = "EROFS"
    INPUT_OUTPUT = "EIO"
    TOO_MANY_OPEN = "EMFILE"
    TOO_MANY_OPEN_SYSTEM = "ENFILE"
    LINK_LOOP = "ELOOP"
    TIMED_OUT = "ETIMEDOUT"
    REFUSED = "ECONNREFUSED"
    RESET = "ECONNRESET"
    ABORTED = "ECONNABORTED"
    HOST_UNREACHABLE = "EHOSTUNREACH"
    NETWORK_UNREACHABLE = "ENETUNREACH"
    # Kinds a library raises without an errno of its own.
    NAME_NOT_RESOLVED = "name-not-resolved"  # socket.gaierror: no such host, or no DNS
    TLS_CERTIFICATE = "tls-certificate"  # ssl.SSLCertVerificationError


_BY_NAME = {fault.value: fault for fault in SystemFault}


class SystemWords(str):
    """The system's words (a `str`, as they always were), with the kind of fault they
    say (`fault`, None for one the window has no words of its own for)."""

    fault: SystemFault | None

    def __new__(cls, words: str, fault: SystemFault | None = None) -> SystemWords:
        said = super().__new__(cls, words)
        said.fault = fault
        return said

    def __getnewargs__(self) -> tuple[str, SystemFault | None]:  # type: ignore[override]
        return (str(self), self.fault)


def system_words(
    said: BaseException | str, *, one_line: bool = False, whole: bool = False
) -> SystemWords:
    """What `said` (an error, or a library's text) says: an `OSError`'s `strerror` (else,
    or if `whole`, its `str`: "[Errno 2] No such file or directory: 'pass'"), on one line
    if `one_line`, with its kind."""
    words = str(said if whole else getattr(said, "strerror", None) or said)
    if one_line:
        words = " ".join(words.split())
    return SystemWords(words, fault_of(said) if isinstance(said, BaseException) else None)


def fault_of(error: BaseException) -> SystemFault | None:
    """The kind of `error`, or of the error it wraps (a library's connection error holds
    the socket's as its cause, urllib's `URLError` as its `reason`); None if unknown."""
    seen: set[int] = set()
    current: object = error
    while isinstance(current, BaseException) and id(current) not in seen:
        seen.add(id(current))
        fault = _own_fault(current)
        if fault is not None:
            return fault
        reason = getattr(current, "reason", None)
        current = (
            reason
            if isinstance(reason, BaseException)
            else current.__cause__ or current.__context__
        )
    return None


def _own_fault(error: BaseException) -> SystemFault | None:
    # ssl and socket are only asked if loaded: an error of theirs cannot exist otherwise
    # (and reading a file must not import them).
    ssl = sys.modules.get("ssl")
    if ssl is not None and isinstance(error, ssl.SSLError):
        # Its errno is one of OpenSSL's codes, not the system's (1 would read as EPERM).
        return SystemFault.TLS_CERTIFICATE if isinstance(error, ssl.CertificateError) else None
    socket = sys.modules.get("socket")
    if socket is not None and isinstance(error, socket.gaierror):
        return SystemFault.NAME_NOT_RESOLVED
    if str(getattr(error, "sqlite_errorname", "")).startswith("SQLITE_IOERR"):
        return SystemFault.INPUT_OUTPUT  # SQLite's "disk I/O error"
    if not isinstance(error, OSError):
        return None
    if error.errno is None:  # raised by a library, by its class alone
        return next((fault for kind, fault in _BY_CLASS if isinstance(error, kind)), None)
    return _BY_NAME.get(errno.errorcode.get(error.errno, ""))


# The classes Python gives these errnos, which a library raises without one (http.client's
# "Remote end closed connection without response" is a ConnectionResetError).
_BY_CLASS: tuple[tuple[type[OSError], SystemFault], ...] = (
    (TimeoutError, SystemFault.TIMED_OUT),
    (ConnectionRefusedError, SystemFault.REFUSED),
    (ConnectionResetError, SystemFault.RESET),
    (ConnectionAbortedError, SystemFault.ABORTED),
)


def recognised(words: str) -> SystemWords:
    """Words stored before their kind was (a calendar's last failure): their kind when
    they are what this system says for one (`os.strerror`), else the words alone."""
    for fault in SystemFault:
        number = getattr(errno, fault.value, None)
        if number is not None and os.strerror(number) == words:
            return SystemWords(words, fault)
    return SystemWords(words)
