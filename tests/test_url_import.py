"""Importing from http(s): conditional refresh, size cap, timeout, offline fallback.

A real HTTP server runs on 127.0.0.1 for each test.
"""

from __future__ import annotations

import hashlib
import queue
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pytest

from planner import fetch as fetch_module
from planner.domain.errors import BadInputError, Cancelled

from .formats.hostile import frab_json, frab_xml
from .http_server import QuietHandler, serving

if TYPE_CHECKING:
    from collections.abc import Iterator

    from planner.services import Planner


@dataclass
class Site:
    body: bytes = b""
    content_type: str = "application/json"
    status: int = 200
    delay: float = 0.0
    requests: list[dict[str, str]] = field(default_factory=list)
    port: int = 0
    # How each request's handling ended, in order: "answered", "hung up" (the client
    # closed the connection before the answer was all sent) or "failed" (the handler
    # raised anything else: the server prints its traceback). A test can wait on it.
    ends: queue.Queue[str] = field(default_factory=queue.Queue)
    fault: Exception | None = None  # raised by the handler: a server error of its own

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/schedule.json"

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:16] + '"'


@pytest.fixture
def site() -> Iterator[Site]:
    state = Site()

    class Handler(QuietHandler):
        def handle(self) -> None:
            end = "failed"  # until the answer is all sent
            try:
                super().handle()
                end = "answered"
            except (BrokenPipeError, ConnectionResetError):
                # The client hung up before the answer was all sent, as a download cut
                # short by its size cap or its timeout does by design: normal, and not
                # worth the traceback on stderr that the server would print (from the
                # handler's thread, so whenever it comes: often during a later test).
                # Any other error still reaches the server's own report.
                end = "hung up"
            finally:
                state.ends.put(end)

        def do_GET(self) -> None:
            state.requests.append(dict(self.headers.items()))
            if state.fault is not None:
                raise state.fault
            if state.delay:
                time.sleep(state.delay)
            if state.status != 200:
                self.send_error(state.status)
                return
            if self.headers.get("If-None-Match") == state.etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("Content-Type", state.content_type)
            self.send_header("Content-Length", str(len(state.body)))
            self.send_header("ETag", state.etag)
            self.end_headers()
            self.wfile.write(state.body)

    with serving(Handler) as port:
        state.port = port
        yield state


def test_an_unchanged_refresh_makes_its_conference_current(
    empty_planner: Planner, site: Site
) -> None:
    """Imported again (unchanged), the conference is the current one - the one the window
    opens on and the command line answers about - as after any import."""
    from tests.factories import program, talk

    site.body = frab_json()
    first = empty_planner.imports.source(site.url).value
    other = empty_planner.imports.program(program(talk("x1"), title="Other")).value
    assert empty_planner.catalog.conference().id == other.conference_id
    again = empty_planner.imports.source(site.url).value
    assert again.unchanged
    assert empty_planner.catalog.conference().id == first.conference_id
    assert empty_planner.catalog.current_conference_id() == first.conference_id


def test_import_then_unchanged_refresh_costs_nothing(empty_planner: Planner, site: Site) -> None:
    site.body = frab_json()
    first = empty_planner.imports.source(site.url).value
    assert first.created
    assert first.sessions == 1
    assert "If-None-Match" not in site.requests[0]

    again = empty_planner.imports.source(site.url).value
    assert again.unchanged
    assert not again.created
    assert again.conference_id == first.conference_id
    assert site.requests[1]["If-None-Match"] == site.etag
    assert again.sessions == 1


def test_changed_feed_updates_and_keeps_stars(empty_planner: Planner, site: Site) -> None:
    site.body = frab_json()
    report = empty_planner.imports.source(site.url).value
    key = "guid:22222222-2222-2222-2222-222222222222"
    empty_planner.agenda.star(report.conference_id, key)
    site.body = frab_json(title="Hello, again", date="2024-05-01T11:00:00+02:00")
    update = empty_planner.imports.source(site.url).value
    assert not update.unchanged
    [change] = update.changes
    assert change.starred
    assert change.kind.value == "moved"
    assert empty_planner.catalog.talk(report.conference_id, key).starred


def test_offline_refresh_uses_the_last_good_copy(empty_planner: Planner, site: Site) -> None:
    site.body = frab_json()
    empty_planner.imports.source(site.url)
    site.status = 503
    report = empty_planner.imports.source(site.url).value
    assert report.sessions == 1
    assert report.warnings[0].startswith("offline: the server answered 503")


@pytest.mark.usefixtures("german")
def test_a_failed_download_is_said_in_the_windows_language(
    empty_planner: Planner, site: Site
) -> None:
    """Every download refusal has a code (the server's words stay as they are); the
    offline note says why the download failed in the window's language too."""
    from planner.ui.core_text import NOTES

    from .ui.test_refusal_texts import said_in_german

    site.status = 404
    with pytest.raises(BadInputError) as caught:
        empty_planner.imports.source(site.url)
    assert said_in_german(caught.value).endswith(": der Server antwortete 404 Not Found")
    site.body = b"x" * 5000
    site.status = 200
    with pytest.raises(BadInputError) as caught:
        fetch_module.fetch(site.url, max_bytes=1024)
    said_in_german(caught.value)
    for address in ("file:///etc/passwd", "https://ana:secret@example.org/x.json"):
        with pytest.raises(BadInputError) as caught:
            fetch_module.fetch(address)
        said_in_german(caught.value)
    site.body = frab_json()
    empty_planner.imports.source(site.url)
    site.status = 503
    report = empty_planner.imports.source(site.url).value
    note = NOTES.say(report.warnings[0])
    assert note.startswith("offline: der Server antwortete 503"), note


def test_first_import_failure_is_a_clear_error(empty_planner: Planner, site: Site) -> None:
    site.status = 404
    with pytest.raises(BadInputError, match=r"schedule\.json: the server answered 404"):
        empty_planner.imports.source(site.url)
    assert empty_planner.catalog.conferences() == []


def test_bad_content_from_the_web_changes_nothing(empty_planner: Planner, site: Site) -> None:
    site.body = frab_xml()[:200]
    with pytest.raises(BadInputError, match="not well-formed XML"):
        empty_planner.imports.source(site.url)
    assert empty_planner.catalog.conferences() == []
    assert not empty_planner.imports.feed_dir.exists() or not any(
        empty_planner.imports.feed_dir.iterdir()
    )


def test_size_cap(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    site.body = b"x" * 5000
    with pytest.raises(BadInputError, match="over the"):
        fetch_module.fetch(site.url, max_bytes=1024)


def test_a_client_that_hangs_up_is_no_server_error(
    site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    """A download refused by its size cap closes the connection while the server is still
    sending (the body is far more than the sockets' buffers hold): the server takes the
    hang-up quietly."""
    site.body = b"x" * (64 * 1024 * 1024)
    with pytest.raises(BadInputError, match="over the"):
        fetch_module.fetch(site.url, max_bytes=1024)
    assert site.ends.get(timeout=30) == "hung up"
    assert capsys.readouterr().err == ""


def test_a_server_error_still_shows(site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    """Only a hang-up is taken quietly: an error of the server's own is reported as
    http.server reports it, a traceback on stderr (printed before the server closes the
    connection, so before the client's refusal), and the client gets no answer."""
    site.fault = LookupError("the handler's own fault")
    with pytest.raises(BadInputError, match="schedule\\.json"):
        fetch_module.fetch(site.url)
    assert site.ends.get(timeout=30) == "failed"
    err = capsys.readouterr().err
    assert "Traceback" in err
    assert "LookupError: the handler's own fault" in err


def test_timeout(site: Site) -> None:
    site.delay = 2.0
    with pytest.raises(BadInputError, match="did not answer|cannot be reached|timed out"):
        fetch_module.fetch(site.url, timeout=0.3)


def test_only_web_addresses(empty_planner: Planner) -> None:
    with pytest.raises(BadInputError, match="only http"):
        fetch_module.fetch("file:///etc/passwd")
    with pytest.raises(BadInputError, match=r"^ftp://example.org/x.xml: only http:// and https"):
        empty_planner.imports.source("ftp://example.org/x.xml")


def test_a_cancelled_import_stores_nothing(empty_planner: Planner, site: Site, tmp_path) -> None:
    requests: list[str] = []

    def cancel_after_download() -> bool:
        requests.append("asked")
        return True

    with pytest.raises(Cancelled, match="was cancelled"):
        empty_planner.imports.source(site.url, cancelled=cancel_after_download)
    assert requests  # it was asked, after the download
    assert empty_planner.catalog.conferences() == []
    assert not empty_planner.imports.feed_dir.exists() or not any(
        empty_planner.imports.feed_dir.iterdir()
    )
    local = tmp_path / "mini.xml"
    local.write_bytes(frab_xml())
    with pytest.raises(Cancelled):
        empty_planner.imports.source(str(local), cancelled=lambda: True)
    assert empty_planner.catalog.conferences() == []
    assert empty_planner.imports.source(str(local), cancelled=lambda: False).value.created
