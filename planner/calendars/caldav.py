"""A calendar on a CalDAV server (RFC 4791), one resource per session, via `caldav`.

Discovery follows RFC 6764 as far as a URL allows: the URL the user gives may be the
calendar itself, the server (or any page of it that knows the current user's principal),
or a host whose `/.well-known/caldav` leads there; from the principal, its
calendar-home-set holds the calendars, where Planner picks the one with the chosen name or
creates it. Only http and https URLs are accepted, and TLS certificates are verified.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote, urljoin, urlsplit

from planner.calendars.sync import PreconditionFailed, Problem, SyncProblem, safe_file_name
from planner.domain.calendar_messages import NetworkCause, Request, ServerCode, ServerMessage
from planner.domain.display import shown_url
from planner.domain.errors import UsageError
from planner.domain.refusals import Refusal, RefusalCode
from planner.domain.system_words import SystemWords, fault_of

if TYPE_CHECKING:
    from types import TracebackType

TIMEOUT_SECONDS = 20


class CalDAVError(SyncProblem):
    """The server could not be used; the message says why, for the user (and `said` as a
    code with values, for the window to say in its language)."""

    def __init__(self, said: ServerMessage) -> None:
        super().__init__(str(said))
        self.said = said


class Unreachable(CalDAVError):
    """The server could not be reached (no network, a captive portal's certificate, a
    time-out): normal at a conference; tried again later."""

    problem = Problem.OFFLINE


class Refused(CalDAVError):
    """The server refused the user name or password."""

    problem = Problem.REFUSED


def check_url(url: str) -> str:
    shown = shown_url(url.strip())  # a password in it never reaches a message
    wrong = UsageError.of(Refusal(RefusalCode.CALDAV_NOT_WEB, shown))
    try:
        parts = urlsplit(url.strip())
        hostname = parts.hostname
    except ValueError:  # "http://[::1", a port that is not a number
        raise wrong from None
    if parts.scheme not in ("http", "https") or not hostname:
        raise wrong
    if parts.username or parts.password:
        raise UsageError.of(Refusal(RefusalCode.CALDAV_CREDENTIALS, shown))
    return url.strip()


@dataclass(frozen=True)
class FoundCalendar:
    url: str
    name: str
    created: bool


def _path(url: str) -> str:
    return unquote(urlsplit(url).path)


class CalDAVStore:
    """One calendar collection, connected on first use. Use as a context manager."""

    def __init__(self, url: str, username: str, password: str) -> None:
        self.url = check_url(url)
        self.username = username
        self.password = password
        self._client: Any = None
        self.calendar_url = ""

    def __enter__(self) -> CalDAVStore:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            with contextlib.suppress(Exception):
                self._client.close()
            self._client = None

    # -- connecting ----------------------------------------------------------------------
    def _connect(self, url: str) -> Any:
        from caldav.davclient import DAVClient  # ~0.3 s to import: only syncs pay for it

        return DAVClient(
            url=url,
            username=self.username or None,
            password=self.password or None,
            timeout=TIMEOUT_SECONDS,
            ssl_verify_cert=True,
            enable_rfc6764=False,  # a URL is given; its well-known address is tried below
        )

    def open_calendar(self, calendar_name: str, known_url: str = "") -> FoundCalendar:
        """Find the calendar (the one used before, the URL itself if it is a calendar, or
        the one called `calendar_name` in the user's calendar home), creating it if needed."""
        with _explained(self.url, Request.OPEN):
            if known_url:
                self._client = self._connect(known_url)
                if self._is_calendar(known_url):
                    self.calendar_url = known_url
                    return FoundCalendar(known_url, calendar_name, False)
                self.close()
            self._client = self._connect(self.url)
            if urlsplit(self.url).path.strip("/") and self._is_calendar(self.url):
                self.calendar_url = self.url
                return FoundCalendar(self.url, calendar_name, False)
            principal = self._principal()
            for calendar in principal.calendars():
                name = _display_name(calendar)
                if name == calendar_name:
                    self.calendar_url = str(calendar.url)
                    return FoundCalendar(self.calendar_url, name, False)
            created = principal.make_calendar(name=calendar_name)
            self.calendar_url = str(created.url)
            return FoundCalendar(self.calendar_url, calendar_name, True)

    def _principal(self) -> Any:
        from caldav.lib import error

        try:
            return self._client.principal()
        except error.AuthorizationError:
            raise
        except (error.DAVError, KeyError, ValueError):
            # Not a page that knows the principal: ask the host's well-known address.
            self.close()
            self._client = self._connect(urljoin(self.url, "/.well-known/caldav"))
            return self._client.principal()

    def _is_calendar(self, url: str) -> bool:
        response = self._client.propfind(url, ["resourcetype"], depth=0)
        if response.status not in (200, 207):
            return False
        for result in getattr(response, "results", None) or ():
            kinds = result.properties.get("{DAV:}resourcetype")
            if kinds and "calendar" in str(kinds):
                return True
        return False

    # -- the Store protocol --------------------------------------------------------------
    def listing(self) -> dict[str, str]:
        with _explained(self.url, Request.LIST):
            response = self._client.propfind(self.calendar_url, ["getetag"], depth=1)
            _expect_status(response, (207,), Request.LIST)
            collection = _path(self.calendar_url).rstrip("/")
            found = {}
            for result in getattr(response, "results", None) or ():
                path = unquote(result.href if result.href.startswith("/") else _path(result.href))
                etag = result.properties.get("{DAV:}getetag")
                if path.rstrip("/") != collection and etag:
                    found[path] = str(etag)
            return found

    def href_for(self, uid: str) -> str:
        return _path(self.calendar_url).rstrip("/") + "/" + safe_file_name(uid)

    def _address(self, href: str) -> str:
        return urljoin(self.calendar_url, quote(href))

    def put(self, href: str, data: bytes, etag: str | None) -> str:
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        if etag is None:
            headers["If-None-Match"] = "*"
        else:
            headers["If-Match"] = etag
        with _explained(self.url, Request.STORE):
            response = self._client.put(self._address(href), data.decode("utf-8"), headers)
            if response.status == 412:
                raise PreconditionFailed(href)
            _expect_status(response, (200, 201, 204), Request.STORE)
            new = response.headers.get("ETag") or ""
            if not new or new.startswith("W/"):  # the server changed what it stored
                new = self._etag_of(href)
            return new

    def _etag_of(self, href: str) -> str:
        response = self._client.propfind(self._address(href), ["getetag"], depth=0)
        for result in getattr(response, "results", None) or ():
            etag = result.properties.get("{DAV:}getetag")
            if etag:
                return str(etag)
        return ""

    def delete(self, href: str, etag: str) -> None:
        with _explained(self.url, Request.DELETE):
            response = self._client.delete(self._address(href), {"If-Match": etag})
            if response.status == 412:
                raise PreconditionFailed(href)
            if response.status != 404:
                _expect_status(response, (200, 204), Request.DELETE)


def _display_name(calendar: Any) -> str:
    with contextlib.suppress(Exception):
        return str(calendar.get_display_name() or "")
    return ""


def _expect_status(response: Any, good: tuple[int, ...], what: Request) -> None:
    status = response.status
    if status in good:
        return
    reason = getattr(response, "reason", "") or ""
    if status == 401:
        raise Refused(
            ServerMessage(ServerCode.LOGIN_REFUSED, request=what, status=status, detail=reason)
        )
    if status in (502, 503, 504):  # a proxy or the server itself, for now: try again later
        raise Unreachable(
            ServerMessage(ServerCode.UNREACHABLE, request=what, status=status, detail=reason)
        )
    raise CalDAVError(
        ServerMessage(ServerCode.REQUEST_REFUSED, request=what, status=status, detail=reason)
    )


@contextlib.contextmanager
def _explained(url: str, request: Request) -> Any:
    """Turn what the HTTP and CalDAV layers raise into one clear `CalDAVError` (the CalDAV
    library's own words as the detail of what `request` could not do)."""
    from caldav.lib import error

    host = urlsplit(url).netloc
    try:
        yield
    except (CalDAVError, PreconditionFailed):
        raise
    except error.AuthorizationError as failure:
        raise Refused(ServerMessage(ServerCode.LOGIN_REFUSED, host)) from failure
    except error.DAVError as failure:
        text = str(failure).strip().splitlines()[0][:200]
        said = ServerMessage(ServerCode.SERVER_SAID, host, request=request, detail=text)
        raise CalDAVError(said) from failure
    except OSError as failure:  # connection refused, DNS, TLS, time-outs (niquests' too)
        cause = _network_cause(failure)
        # An error's type names what else it was; its kind, where known, is said in the
        # window's language ("ConnectionResetError": the connection was reset).
        detail = (
            SystemWords(type(failure).__name__, fault_of(failure))
            if cause is NetworkCause.OTHER
            else ""
        )
        said = ServerMessage(ServerCode.UNREACHABLE, host, cause, detail=detail)
        raise Unreachable(said) from failure


def _network_cause(error: OSError) -> NetworkCause:
    text = str(error)
    for marker, cause in (
        ("CERTIFICATE_VERIFY_FAILED", NetworkCause.CERTIFICATE),
        ("certificate", NetworkCause.CERTIFICATE),
        ("Connection refused", NetworkCause.REFUSED),
        ("timed out", NetworkCause.TIMED_OUT),
        ("Name or service not known", NetworkCause.UNKNOWN_HOST),
        ("Temporary failure in name resolution", NetworkCause.NO_NETWORK),
    ):
        if marker in text:
            return cause
    return NetworkCause.OTHER
