"""A SIGKILL during every kind of write Planner does loses nothing and tears no file.

For each kind (a program import or update, a download into the feed cache, a star, the
live calendar file it rewrites, a busy block, the clash settings, an .ics, a PDF, an
agenda file, the quick-start snapshot) a worker does that write in a loop and is killed
at a random moment, all kinds at once, `PLANNER_KILL_ROUNDS` times (2 by default).
After each kill: the database passes `integrity_check`, every checked star is there with
its note, and each file the worker writes is absent (never written yet) or whole - the
previous version or the new one. At the end the window starts on each data folder and
shows every star.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING

import pytest

from planner.export import agenda_file
from planner.paths import AppPaths
from planner.quickstart import SNAPSHOT_NAME, decode_text
from planner.services import Planner

from ..conftest import REPO
from ..formats.hostile import frab_json
from ..ui.conftest import open_window
from .conftest import STARRED, make_starred_database

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

pytestmark = [
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals"),
    pytest.mark.timeout(300),
]
ROUNDS = int(os.environ.get("PLANNER_KILL_ROUNDS", "2"))
KINDS = ("import", "feed", "star", "live", "busy", "settings", "ics", "pdf", "agenda", "snapshot")


def _programs() -> tuple[bytes, bytes]:
    """Two versions of one program (an update changes titles), a few hundred sessions so
    that storing them takes a while."""
    versions = []
    for label in ("first", "second"):
        document = json.loads(frab_json())
        day = document["schedule"]["conference"]["days"][0]
        [event] = day["rooms"]["A"]
        day["rooms"]["A"] = [
            {
                **event,
                "id": number,
                "guid": f"00000000-0000-0000-0000-{number:012d}",
                "title": f"Talk {number} ({label})",
                "date": f"2024-05-01T{8 + number // 60:02d}:{number % 60:02d}:00+02:00",
                "start": f"{8 + number // 60:02d}:{number % 60:02d}",
                "duration": "00:01",
            }
            for number in range(400)
        ]
        versions.append(json.dumps(document).encode())
    return versions[0], versions[1]


@pytest.fixture
def feed_server() -> Iterator[str]:
    first, second = _programs()
    turn = [0]

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            turn[0] += 1
            body = first if turn[0] % 2 else second
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/schedule.json"
    server.shutdown()
    server.server_close()


def _notes(database: Path) -> dict[str, str]:
    with sqlite3.connect(database) as raw:  # as the kill left it, before Planner opens it
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    raw.close()
    planner = Planner.open(database)
    try:
        conference = next(
            c for c in planner.catalog.conferences() if c.title == "Kafka Summit London 2019"
        )
        return {
            t.key: t.star.note
            for t in planner.catalog.talks(conference.id, starred_only=True)
            if t.star is not None and t.key in STARRED
        }
    finally:
        planner.close()


def _whole(path: Path, programs: tuple[bytes, bytes]) -> None:
    """The file is absent, or complete in its format (never a torn one)."""
    if not path.exists():
        return
    data = path.read_bytes()
    if path.suffix == ".ics":
        import icalendar

        assert data.endswith(b"END:VCALENDAR\r\n"), path
        icalendar.Calendar.from_ical(data)
    elif path.suffix == ".pdf":
        assert data.startswith(b"%PDF-"), path
        assert data.rstrip().endswith(b"%%EOF"), path
    elif path.suffix == ".planner-agenda":
        agenda_file.parse(data, str(path))  # its checksum proves it whole
    elif path.suffix == ".program":
        assert data in programs, path
    elif path.name == SNAPSHOT_NAME:
        header, view = data.split(b"\n")  # its header's line, then the view's
        json.loads(header)
        decode_text(view)


def _worker(kind: str, data: Path, out: Path, url: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.faults.kill_worker", kind, str(data), str(out), url],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"},
    )


def test_sigkill_during_every_kind_of_write_loses_nothing(
    qtbot, tmp_path: Path, feed_server: str
) -> None:
    programs = _programs()
    prepared = make_starred_database(tmp_path / "prepared")
    expected = _notes(prepared)
    assert sorted(expected) == sorted(STARRED)
    folders = {}
    for kind in KINDS:
        data, out = tmp_path / kind / "data", tmp_path / kind / "out"
        data.mkdir(parents=True)
        out.mkdir()
        shutil.copyfile(prepared, data / prepared.name)
        (out / "program-a.json").write_bytes(programs[0])
        (out / "program-b.json").write_bytes(programs[1])
        folders[kind] = (data, out)
    chance = random.Random(int(os.environ.get("PLANNER_KILL_SEED", "13")))
    for _round in range(ROUNDS):
        workers = {kind: _worker(kind, *folders[kind], feed_server) for kind in KINDS}
        try:
            for kind, worker in workers.items():
                assert worker.stdout is not None
                line = worker.stdout.readline()
                assert line == b"ready\n", (kind, worker.stderr and worker.stderr.read())
            # Let every worker write for a while (each its own time), then kill it.
            deadline = {kind: time.monotonic() + chance.uniform(0.2, 2.0) for kind in KINDS}
            while deadline:
                now = time.monotonic()
                for kind in [k for k, when in deadline.items() if when <= now]:
                    stderr = workers[kind].stderr
                    assert workers[kind].poll() is None, (kind, stderr and stderr.read())
                    workers[kind].send_signal(signal.SIGKILL)
                    del deadline[kind]
                time.sleep(0.01)
        finally:
            for worker in workers.values():
                worker.kill()
                worker.wait(timeout=30)
                for stream in (worker.stdout, worker.stderr):
                    if stream is not None:
                        stream.close()
        for kind, (data, out) in folders.items():
            assert _notes(data / prepared.name) == expected, kind
            files = [*out.iterdir(), *(data / "feeds").glob("*.program")]
            files.append(AppPaths.resolve(data).cache_dir / SNAPSHOT_NAME)
            for path in files:
                _whole(path, programs)
    # Every kind of write happened at least once in some round (else the test tested less
    # than it says): each worker's last output file or row is there.
    assert (folders["ics"][1] / "agenda.ics").exists()
    assert (folders["pdf"][1] / "agenda.pdf").exists()
    assert (folders["agenda"][1] / "mine.planner-agenda").exists()
    assert list((folders["feed"][0] / "feeds").glob("*.program"))
    assert (AppPaths.resolve(folders["snapshot"][0]).cache_dir / SNAPSHOT_NAME).exists()
    # The window starts on each folder as the kills left it (the quick-start snapshot
    # included) and shows every star.
    for kind, (data, _out) in folders.items():
        window = open_window(qtbot, AppPaths.resolve(data))
        kafka = next(
            c.id for c in window.store.conferences if c.title == "Kafka Summit London 2019"
        )
        if window.store.conference_id != kafka:  # "import" made another one the default
            window.load_conference(kafka)
            window.runner.settle()
        starred = {t.key for t in window.store.talks if t.star is not None}
        assert set(STARRED) <= starred, kind
        window.shutdown()
