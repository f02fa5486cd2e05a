"""A hostile or broken web server: one line, the right exit code, the database untouched,
and never a hang - one deadline bounds the whole transfer and Cancel works at any point.

The server is a real socket on 127.0.0.1 speaking (broken) HTTP byte by byte.
"""

from __future__ import annotations

import socket
import threading
import time
from typing import TYPE_CHECKING

import pytest

from planner.domain.errors import BadInputError, Cancelled
from planner.fetch import fetch

from .conftest import digest, make_starred_database, one_error_line, run_planners

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

pytestmark = pytest.mark.timeout(120)

OK = b"HTTP/1.1 200 OK\r\n"


def _drip(connection: socket.socket, data: bytes, pause: float, start: int = 0) -> None:
    """Send the first `start` bytes at once, then one byte every `pause` seconds."""
    connection.sendall(data[:start])
    for byte in data[start:]:
        connection.sendall(bytes([byte]))
        time.sleep(pause)


ANSWERS: dict[str, Callable[[socket.socket, int], None]] = {
    # One header byte every 0.1 s, for ever: each read gets something, so no per-read
    # timeout ever fires.
    "drip-headers": lambda c, _port: _drip(c, OK + b"X-Slow: " + b"a" * 100_000, 0.1),
    "drip-body": lambda c, _port: _drip(
        c, OK + b"Content-Length: 100000\r\n\r\n" + b"{" * 100_000, 0.1, start=40
    ),
    "closed-mid-chunk": lambda c, _port: c.sendall(
        OK + b'Transfer-Encoding: chunked\r\n\r\n1000\r\n{"schedule": '
    ),
    "bad-status-line": lambda c, _port: c.sendall(b"HELLO THERE\r\n\r\n"),
    "101-headers": lambda c, _port: c.sendall(
        OK + b"".join(b"X-%d: y\r\n" % n for n in range(101)) + b"\r\n"
    ),
    "70kB-header": lambda c, _port: c.sendall(OK + b"X-Big: " + b"b" * 70_000 + b"\r\n\r\n"),
    "redirect-loop": lambda c, port: c.sendall(
        b"HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:%d/redirect-loop/schedule.json\r\n"
        b"Content-Length: 0\r\n\r\n" % port
    ),
}
EXPECTED = {
    "closed-mid-chunk": "the connection closed before the whole file had arrived",
    "bad-status-line": "the server's answer is not HTTP (a bad status line)",
    "101-headers": "the server sent more headers than HTTP clients accept",
    "70kB-header": "the server sent a header line longer than HTTP clients accept",
    "redirect-loop": "the server redirects in a loop (or more than 10 times)",
}


@pytest.fixture
def server() -> Iterator[Callable[[str], str]]:
    """`serve(kind)` is the URL answered that way."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.settimeout(0.2)
    port = listener.getsockname()[1]
    stop = threading.Event()

    def answer(connection: socket.socket) -> None:
        with connection:
            connection.settimeout(5)
            try:
                request = connection.recv(65536)  # "GET /KIND/schedule.json HTTP/1.1"
                kind = request.split(b" ")[1].split(b"/")[1].decode()
                if not stop.is_set():
                    ANSWERS[kind](connection, port)
            except OSError:
                pass  # the client gave up: that is the point

    answering: list[threading.Thread] = []

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            thread = threading.Thread(target=answer, args=(connection,), daemon=True)
            answering.append(thread)
            thread.start()

    accepting = threading.Thread(target=accept, daemon=True)
    accepting.start()

    def serve(kind: str) -> str:
        return f"http://127.0.0.1:{port}/{kind}/schedule.json"

    yield serve
    stop.set()
    accepting.join()
    listener.close()
    for thread in answering:
        thread.join(timeout=10)


@pytest.mark.parametrize("kind", ["drip-headers", "drip-body"])
def test_one_deadline_bounds_the_whole_transfer(server, kind: str) -> None:
    url = server(kind)
    started = time.monotonic()
    with pytest.raises(BadInputError) as caught:
        fetch(url, deadline=1.5)
    took = time.monotonic() - started
    assert str(caught.value) == f"{url}: did not finish downloading within 2 seconds"
    assert took < 4, took


@pytest.mark.parametrize("kind", ["drip-headers", "drip-body"])
def test_cancel_ends_a_download_at_any_point(server, kind: str) -> None:
    url = server(kind)
    started = time.monotonic()
    with pytest.raises(Cancelled):
        fetch(url, cancelled=lambda: time.monotonic() - started > 0.5)
    assert time.monotonic() - started < 2


@pytest.mark.parametrize("kind", sorted(EXPECTED))
def test_broken_http_is_one_line_naming_the_address(server, kind: str) -> None:
    url = server(kind)
    with pytest.raises(BadInputError) as caught:
        fetch(url, deadline=20)
    assert str(caught.value) == f"{url}: {EXPECTED[kind]}"


def test_the_command_line_says_each_in_one_line_and_changes_nothing(tmp_path: Path, server) -> None:
    data = tmp_path / "data"
    database = make_starred_database(data)
    before = digest(database)
    kinds = sorted(EXPECTED)
    urls = {kind: server(kind) for kind in kinds}
    *results, malformed = run_planners(
        *((data, ["import", urls[kind]]) for kind in kinds), (data, ["import", "http://[::1"])
    )
    for kind, result in zip(kinds, results, strict=True):
        assert result.returncode == 3, (kind, result.stderr)
        assert one_error_line(result) == f"planner: error: {urls[kind]}: {EXPECTED[kind]}"
    assert malformed.returncode == 3
    assert one_error_line(malformed).startswith(
        "planner: error: http://[::1: is not a valid web address"
    )
    assert digest(database) == before


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_cancel_in_the_window_ends_a_download_stuck_in_its_headers(
    qtbot, tmp_path: Path, server
) -> None:
    from PySide6.QtWidgets import QPushButton

    from planner.paths import AppPaths

    from ..ui.conftest import open_window

    window = open_window(qtbot, AppPaths.resolve(tmp_path / "data"))
    before = len(window.core.get().catalog.conferences())
    window.imports.start(server("drip-headers"))
    progress = window.imports.progress
    assert progress is not None
    qtbot.wait(500)
    assert not window.runner.idle  # still downloading, dripping
    cancelled_at = time.monotonic()
    [button] = progress.findChildren(QPushButton)
    button.click()  # as the user does
    qtbot.waitUntil(lambda: window.runner.idle, timeout=3000)  # the worker itself ended
    assert time.monotonic() - cancelled_at < 2
    assert len(window.core.get().catalog.conferences()) == before
    window.shutdown()
