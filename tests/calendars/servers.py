"""Real calendar software for the tests: a Radicale CalDAV server on 127.0.0.1, and an
independent WebDAV client (the standard library's HTTP, not Planner's code nor `caldav`)
to look at what the server holds."""

from __future__ import annotations

import base64
import contextlib
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from http.client import HTTPConnection
from typing import TYPE_CHECKING
from urllib.parse import unquote

from ical.calendar_stream import IcsCalendarStream

if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

DAV = "{DAV:}"
CALDAV = "{urn:ietf:params:xml:ns:caldav}"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Radicale:
    """A Radicale server with one user, started and stopped by the test."""

    folder: Path
    user: str = "alice"
    password: str = "wonderland"
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def log(self) -> Path:
        return self.folder / "radicale.log"

    def start(self) -> None:
        (self.folder / "users").write_text(f"{self.user}:{self.password}\n")
        config = self.folder / "config"
        config.write_text(
            f"""[server]
hosts = 127.0.0.1:{self.port}
[auth]
type = htpasswd
htpasswd_filename = {self.folder / "users"}
htpasswd_encryption = plain
[storage]
filesystem_folder = {self.folder / "collections"}
[rights]
type = owner_only
[logging]
level = info
mask_passwords = True
"""
        )
        with self.log.open("ab") as log:  # the server keeps its own copy of the handle
            self.process = subprocess.Popen(
                [sys.executable, "-m", "radicale", "--config", str(config)],
                stdout=log,
                stderr=log,
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"Radicale exited: {self.log.read_text()[-2000:]}")
            with (
                contextlib.suppress(OSError),
                socket.create_connection(("127.0.0.1", self.port), timeout=1),
            ):
                return
            time.sleep(0.1)
        raise RuntimeError("Radicale did not start within 60 s")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None

    def requests(self, method: str) -> int:
        """How many `method` requests the server has logged so far."""
        return sum(
            1
            for line in self.log.read_text(errors="replace").splitlines()
            if f"{method} request for" in line
        )


class Client:
    """Looks at (and, as the user would in their calendar app, edits) what the server holds."""

    def __init__(self, server: Radicale, user: str = "", password: str = "") -> None:
        self.server = server
        self.user = user or server.user
        secret = password or server.password
        token = base64.b64encode(f"{self.user}:{secret}".encode()).decode()
        self.headers = {"Authorization": f"Basic {token}"}

    def request(
        self, method: str, path: str, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> tuple[int, dict[str, str], bytes]:
        connection = HTTPConnection("127.0.0.1", self.server.port, timeout=30)
        try:
            connection.request(method, path, body, {**self.headers, **(headers or {})})
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read()
        finally:
            connection.close()

    def propfind(self, path: str, depth: int, props: str) -> list[tuple[str, ET.Element]]:
        body = (
            '<?xml version="1.0"?><propfind xmlns="DAV:" '
            f'xmlns:C="urn:ietf:params:xml:ns:caldav"><prop>{props}</prop></propfind>'
        )
        status, _, data = self.request(
            "PROPFIND", path, body.encode(), {"Depth": str(depth), "Content-Type": "text/xml"}
        )
        assert status == 207, (status, data[:300])
        root = ET.fromstring(data)
        return [
            (unquote(response.findtext(f"{DAV}href") or ""), response)
            for response in root.iter(f"{DAV}response")
        ]

    def calendars(self) -> dict[str, str]:
        """{display name: path} of the user's calendars."""
        found = {}
        for href, element in self.propfind(f"/{self.user}/", 1, "<displayname/><resourcetype/>"):
            kinds = element.find(f".//{DAV}resourcetype")
            if (
                kinds is not None
                and kinds.find("{urn:ietf:params:xml:ns:caldav}calendar") is not None
            ):
                found[element.findtext(f".//{DAV}displayname") or ""] = href
        return found

    def events(self, calendar: str) -> dict[str, tuple[str, Any]]:
        """{UID: (href, the parsed event)} of every event in the calendar, with ETags
        checked to be there."""
        found = {}
        for href, element in self.propfind(calendar, 1, "<getetag/>"):
            if href.rstrip("/") == calendar.rstrip("/"):
                continue
            assert element.findtext(f".//{DAV}getetag")
            status, _, data = self.request("GET", href)
            assert status == 200
            [event] = IcsCalendarStream.calendar_from_ics(data.decode()).events
            found[str(event.uid)] = (href, event)
        return found

    def get(self, href: str) -> tuple[bytes, str]:
        status, headers, data = self.request("GET", href)
        assert status == 200
        return data, headers.get("ETag", headers.get("etag", ""))
