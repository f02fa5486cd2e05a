"""Downloading a program from an http(s) URL: bounded, conditional, and offline-friendly.

A refresh sends the validators of the last download (`If-None-Match`/`If-Modified-Since`)
so an unchanged feed costs a 304 and nothing else; the body is capped at the same size as
a local file; the caller keeps the last good copy for when the network is gone.

The whole transfer - connecting, every redirect, the headers, the body - has one deadline,
and can be cancelled at any moment: a watchdog thread shuts the connection's socket down
when either comes, which ends whatever read is blocked on it (a per-read timeout alone
lets a server that drips one byte of headers every few seconds hold an import for ever).
Every failure, whatever layer it comes from (socket, TLS, http.client's parser, urllib's
redirects), is one `BadInputError` line naming the address; a cancel is `Cancelled`.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import socket
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from planner import __version__
from planner.domain.display import shown_url
from planner.domain.errors import BadInputError, Cancelled
from planner.domain.refusals import Refusal, RefusalCode
from planner.domain.system_words import system_words
from planner.formats.common import MAX_FILE_BYTES

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

TIMEOUT_SECONDS = 20.0  # the longest a single connect or read may wait
DEADLINE_SECONDS = 60.0  # the whole transfer
_WATCH_INTERVAL = 0.1  # how often the watchdog looks at the clock and the cancel flag
_CHUNK = 256 * 1024
USER_AGENT = f"Planner/{__version__} (conference agenda; offline desktop app)"


# What RFC 3986 never allows in an address, and http.client refuses to send.
_NOT_IN_URLS = re.compile("[\x00-\x20\x7f]")


def is_url(text: str) -> bool:
    """Is `text` meant as a web address (even a malformed one, which `fetch` refuses)?"""
    return text.strip().lower().startswith(("http://", "https://"))


@dataclass(frozen=True)
class Validators:
    etag: str = ""
    last_modified: str = ""


@dataclass(frozen=True)
class Download:
    """The outcome of a fetch: new content, or `not_modified` (HTTP 304)."""

    url: str
    content: bytes = b""
    not_modified: bool = False
    validators: Validators = Validators()

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


class _Watch:
    """Ends a transfer at its deadline, or when `cancelled()` says so, wherever it waits."""

    def __init__(self, seconds: float, cancelled: Callable[[], bool] | None) -> None:
        self.seconds = seconds
        self._deadline = time.monotonic() + seconds
        self._cancelled = cancelled
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._done = threading.Event()
        self.reason: str | None = None  # "deadline" or "cancelled", once it struck
        self._thread = threading.Thread(target=self._run, name="download watchdog", daemon=True)
        self._thread.start()

    def remaining(self) -> float:
        return max(0.01, self._deadline - time.monotonic())

    def add(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            struck = self.reason is not None
        if struck:
            self._shut(sock)

    def check(self) -> None:
        """Raise at once if the watchdog struck (between reads)."""
        if self.reason is None:
            if self._cancelled is not None and self._cancelled():
                self._strike("cancelled")
            elif time.monotonic() >= self._deadline:
                self._strike("deadline")
        if self.reason is not None:
            raise _Struck(self.reason)

    def close(self) -> None:
        """The transfer is over: stop watching, and close what it left open on a fault."""
        self._done.set()
        with self._lock:
            sockets, self._sockets = self._sockets, []
        for sock in sockets:
            sock.close()

    def _run(self) -> None:
        while not self._done.wait(_WATCH_INTERVAL):
            if self._cancelled is not None and self._cancelled():
                self._strike("cancelled")
                return
            if time.monotonic() >= self._deadline:
                self._strike("deadline")
                return

    def _strike(self, reason: str) -> None:
        with self._lock:
            if self.reason is None:
                self.reason = reason
            sockets = list(self._sockets)
        for sock in sockets:
            self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)  # a blocked recv() returns at once


class _Struck(Exception):
    """The watchdog ended the transfer (raised between reads)."""


def _opener(watch: _Watch) -> Any:
    # Imported here: urllib.request pulls in ssl and email, ~50 ms the app need not pay
    # at start-up.
    import http.client
    import urllib.error
    import urllib.request

    def watched(connection_class: type[http.client.HTTPConnection]) -> Any:
        class Watched(connection_class):  # type: ignore[valid-type,misc]
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)

                def create_watched(*c_args: Any, **c_kwargs: Any) -> socket.socket:
                    watch.check()
                    sock = socket.create_connection(*c_args, **c_kwargs)  # as http.client
                    watch.add(sock)
                    return sock

                self._create_connection = create_watched

        return Watched

    class HTTP(urllib.request.HTTPHandler):
        def http_open(self, req: Any) -> Any:
            return self.do_open(watched(http.client.HTTPConnection), req)

    class HTTPS(urllib.request.HTTPSHandler):
        def https_open(self, req: Any) -> Any:
            return self.do_open(
                watched(http.client.HTTPSConnection),
                req,
                context=self._context,  # type: ignore[attr-defined]
            )

    class NoRedirectToOtherSchemes(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
            if urlsplit(newurl).scheme.lower() not in ("http", "https"):
                raise urllib.error.HTTPError(
                    newurl, code, "redirect to a non-web address refused", headers, fp
                )
            watch.check()
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return urllib.request.build_opener(HTTP(), HTTPS(), NoRedirectToOtherSchemes())


def fetch(
    url: str,
    validators: Validators | None = None,
    timeout: float = TIMEOUT_SECONDS,
    max_bytes: int = MAX_FILE_BYTES,
    *,
    deadline: float = DEADLINE_SECONDS,
    cancelled: Callable[[], bool] | None = None,
) -> Download:
    """GET `url` within `deadline` seconds in all. Raises `BadInputError` with a one-line
    reason on any failure, `Cancelled` as soon as `cancelled()` answers True."""
    import urllib.request

    url = url.strip()
    try:
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https"):
            raise BadInputError(shown_url(url), Refusal(RefusalCode.WEB_ONLY))
        if parts.username is not None or parts.password is not None:
            raise BadInputError(shown_url(url), Refusal(RefusalCode.WEB_CREDENTIALS))
        if _NOT_IN_URLS.search(url):
            raise BadInputError(url, Refusal(RefusalCode.WEB_SPACES))
        if not parts.hostname:
            raise ValueError("no host name")
        if parts.port == 0:  # `parts.port` itself refuses 65536 and more
            raise ValueError("port 0")
        request = urllib.request.Request(
            url,
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "application/json, application/xml, text/xml, text/calendar, */*;q=0.5",
            },
        )
    except ValueError as error:  # "Invalid IPv6 URL", a port that is not a number...
        raise BadInputError(url, Refusal(RefusalCode.BAD_WEB_ADDRESS, str(error))) from error
    if validators and validators.etag:
        request.add_header("If-None-Match", validators.etag)
    if validators and validators.last_modified:
        request.add_header("If-Modified-Since", validators.last_modified)
    watch = _Watch(deadline, cancelled)
    try:
        with _failures_explained(url, watch, timeout, validators) as outcome:
            outcome.append(_get(url, request, watch, min(timeout, watch.remaining()), max_bytes))
        return outcome[0]
    finally:
        watch.close()


def _get(url: str, request: Any, watch: _Watch, timeout: float, max_bytes: int) -> Download:
    with _opener(watch).open(request, timeout=timeout) as response:
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise BadInputError(
                url, Refusal(RefusalCode.DOWNLOAD_TOO_BIG, int(declared), max_bytes // 2**20)
            )
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:
            watch.check()
            chunk = response.read(min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        watch.check()  # a socket shut down mid-read looks like a short body
        if total > max_bytes:
            raise BadInputError(url, Refusal(RefusalCode.OVER_LIMIT, max_bytes // 2**20))
        if declared and declared.isdigit() and total < int(declared):
            # http.client's read(amt) returns what came before the connection closed, and
            # raises nothing: only the length the server announced tells a cut-off body.
            raise BadInputError(url, Refusal(RefusalCode.CUT_SHORT_OF, total, int(declared)))
        return Download(
            url,
            b"".join(chunks),
            False,
            Validators(response.headers.get("ETag", ""), response.headers.get("Last-Modified", "")),
        )


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


@contextlib.contextmanager
def _failures_explained(
    url: str, watch: _Watch, timeout: float, validators: Validators | None
) -> Iterator[list[Download]]:
    """Turn whatever a transfer raises into `BadInputError`/`Cancelled` (or a 304)."""
    import http.client
    import urllib.error

    outcome: list[Download] = []
    try:
        yield outcome
    except (BadInputError, Cancelled):
        raise
    except Exception as error:
        if watch.reason == "cancelled":
            raise Cancelled(f"downloading {url}") from error
        if watch.reason == "deadline":
            raise BadInputError(url, Refusal(RefusalCode.DEADLINE, round(watch.seconds))) from error
        if isinstance(error, urllib.error.HTTPError):
            with contextlib.suppress(Exception):
                error.close()  # it holds the response (urllib leaves a redirect loop's open)
            if error.code == 304:
                if validators is None or not (validators.etag or validators.last_modified):
                    raise BadInputError(url, Refusal(RefusalCode.NOT_MODIFIED_UNASKED)) from error
                outcome.append(Download(url, b"", True, validators))
                return
            if "infinite loop" in str(error.reason) or "redirect" in str(error.reason):
                if "non-web" in str(error.reason):
                    raise BadInputError(url, Refusal(RefusalCode.REDIRECT_NON_WEB)) from error
                raise BadInputError(url, Refusal(RefusalCode.REDIRECT_LOOP)) from error
            raise BadInputError(
                url, Refusal(RefusalCode.HTTP_STATUS, str(error.code), _one_line(error.reason))
            ) from error
        raise BadInputError(url, _reason(error, timeout, http.client, urllib.error)) from error


def _reason(error: BaseException, timeout: float, client: Any, urlerror: Any) -> Refusal:
    if isinstance(error, urlerror.URLError):
        inner = error.reason
        if isinstance(inner, TimeoutError):
            return Refusal(RefusalCode.NO_ANSWER, round(timeout))
        return Refusal(RefusalCode.UNREACHABLE, system_words(inner, one_line=True))
    if isinstance(error, TimeoutError):
        return Refusal(RefusalCode.NO_ANSWER, round(timeout))
    if isinstance(error, client.IncompleteRead):
        return Refusal(RefusalCode.CUT_SHORT)
    if isinstance(error, client.LineTooLong):
        return Refusal(RefusalCode.LONG_HEADER)
    if isinstance(error, client.RemoteDisconnected):
        return Refusal(RefusalCode.DISCONNECTED)
    if isinstance(error, client.BadStatusLine):
        return Refusal(RefusalCode.NOT_HTTP)
    if isinstance(error, client.HTTPException):
        if "headers" in str(error):
            return Refusal(RefusalCode.TOO_MANY_HEADERS)
        return Refusal(RefusalCode.BAD_HTTP, _one_line(error) or type(error).__name__)
    if isinstance(error, ValueError):
        return Refusal(RefusalCode.BAD_ADDRESS_OR_ANSWER, _one_line(error))
    if isinstance(error, OSError):
        return Refusal(RefusalCode.DOWNLOAD_FAILED, system_words(error, one_line=True))
    raise error  # a bug, not a fault of the server: keep its traceback
