"""Web servers that lie, and addresses that cannot be fetched: one line naming the address
(never its password), the database untouched, no offline copy of a program not stored.

The server is Python's http.server on 127.0.0.1, told to answer wrongly.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import pytest

from planner.domain.display import size_text
from planner.domain.errors import BadInputError, StorageError
from planner.fetch import fetch

from ..formats.hostile import frab_json
from ..http_server import QuietHandler, serving
from .conftest import digest, make_starred_database, one_error_line, run_planner

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from planner.services import Planner

pytestmark = pytest.mark.timeout(120)


@dataclass
class Liar:
    body: bytes = b""
    announced: int = 0  # the Content-Length sent (0: the body's true length)
    status: int = 200
    port: int = 0
    requests: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/schedule.json"


@pytest.fixture
def liar() -> Iterator[Liar]:
    state = Liar()

    class Handler(QuietHandler):
        def do_GET(self) -> None:
            state.requests += 1
            self.send_response(state.status)
            if state.status == 200:
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(state.announced or len(state.body)))
                self.send_header("ETag", f'"{len(state.body)}"')
            self.end_headers()
            if state.status == 200:
                self.wfile.write(state.body)
            self.close_connection = True  # then the socket closes: the body was all

    with serving(Handler) as port:
        state.port = port
        yield state


def test_a_body_shorter_than_its_content_length_is_refused(liar: Liar, tmp_path: Path) -> None:
    """http.client's read(amt) returns a cut-off body without complaint: it used to be
    imported as the whole program ("Updated …", exit 0)."""
    liar.body = frab_json()
    liar.announced = len(liar.body) + 1000
    with pytest.raises(BadInputError) as caught:
        fetch(liar.url)
    assert str(caught.value) == (
        f"{liar.url}: the connection closed before the whole file had arrived "
        f"({size_text(len(liar.body))} of {size_text(liar.announced)})"
    )
    data = tmp_path / "data"
    database = make_starred_database(data)
    before = digest(database)
    result = run_planner(data, "import", liar.url)
    assert result.returncode == 3, result.stdout
    assert "the connection closed before the whole file had arrived" in one_error_line(result)
    assert digest(database) == before
    assert not (data / "feeds").exists() or list((data / "feeds").iterdir()) == []


def test_a_304_to_a_plain_request_is_a_clear_error(liar: Liar) -> None:
    """A 304 answers a conditional request; to a plain one it leaves nothing to read (it
    used to end as "file is empty")."""
    liar.status = 304
    with pytest.raises(BadInputError) as caught:
        fetch(liar.url)
    assert str(caught.value) == (
        f"{liar.url}: the server answered 304 Not Modified, but Planner asked for the "
        "whole file (it has no copy to keep)"
    )


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        (
            "http://127.0.0.1/a\x01b",
            "is not a valid web address (it contains spaces or control characters)",
        ),
        (
            "http://127.0.0.1/a b",
            "is not a valid web address (it contains spaces or control characters)",
        ),
        ("http://127.0.0.1:99999/x", "is not a valid web address (Port out of range 0-65535)"),
        ("http://127.0.0.1:0/x", "is not a valid web address (port 0)"),
    ],
)
def test_an_address_that_cannot_be_fetched_says_why(url: str, problem: str) -> None:
    """Control characters used to say "the server's answer is not valid HTTP", port 99999
    "Connection refused"."""
    with pytest.raises(BadInputError) as caught:
        fetch(url)
    assert caught.value.problem == problem


def test_a_password_in_an_address_is_refused_and_never_shown(tmp_path: Path) -> None:
    """`http://user:secret@host/` used to fail with "Name or service not known" and the
    password on stderr."""
    url = "http://alice:s3cret-word@127.0.0.1:9/schedule.json"
    with pytest.raises(BadInputError) as caught:
        fetch(url)
    assert "s3cret" not in str(caught.value)
    assert str(caught.value).startswith("http://alice:***@127.0.0.1:9/schedule.json: ")
    assert "user name or password cannot be imported" in str(caught.value)
    data = tmp_path / "data"
    database = make_starred_database(data)
    before = digest(database)
    result = run_planner(data, "import", url)
    assert result.returncode == 3
    assert "s3cret" not in result.stderr + result.stdout
    assert one_error_line(result).startswith("planner: error: http://alice:***@127.0.0.1:9/")
    assert digest(database) == before


def test_the_offline_copy_is_written_only_after_the_commit(
    empty_planner: Planner, liar: Liar, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The copy used to be written inside the transaction: a commit that failed left the
    copy of a program never stored, which a later offline refresh would have used."""
    from planner.services import importing

    liar.body = frab_json()

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise StorageError(str(empty_planner.database.path), "cannot be changed: disk full")

    monkeypatch.setattr(importing, "store_feed", refuse)
    with pytest.raises(StorageError):
        empty_planner.imports.source(liar.url)
    feeds = empty_planner.imports.feed_dir
    assert not feeds.exists() or list(feeds.iterdir()) == []
    assert empty_planner.catalog.conferences() == []
    monkeypatch.undo()
    imported = empty_planner.imports.source(liar.url)
    assert imported.problems == ()
    [copy] = feeds.iterdir()
    assert copy.read_bytes() == liar.body
    liar.body = frab_json(title="Hello, again")
    empty_planner.imports.source(liar.url)
    [newer] = feeds.iterdir()  # the copy before it is gone
    assert newer.read_bytes() == liar.body


def test_an_unchanged_refresh_keeps_the_revision(empty_planner: Planner, liar: Liar) -> None:
    """Only when the feed was last looked at changes: an open window has nothing to read
    again (it used to reload every view)."""
    liar.body = frab_json()
    empty_planner.imports.source(liar.url)
    revision = empty_planner.catalog.revision()
    again = empty_planner.imports.source(liar.url)
    assert again.value.unchanged
    assert empty_planner.catalog.revision() == revision


def test_an_offline_copy_that_became_a_pipe_is_not_waited_for(
    empty_planner: Planner, liar: Liar
) -> None:
    """Offline, the last good copy is read instead: as every file is (a pipe there would
    have blocked the refresh for ever). With no copy to use, the download's failure is
    what the user is told."""
    import os

    liar.body = frab_json()
    empty_planner.imports.source(liar.url)
    [copy] = empty_planner.imports.feed_dir.iterdir()
    copy.unlink()
    os.mkfifo(copy)
    liar.status = 503
    with pytest.raises(BadInputError) as caught:
        empty_planner.imports.source(liar.url)
    assert caught.value.problem.startswith("the server answered 503")
