"""What the command line prints: text from files never reaches the terminal as control
characters, an error is always one line on stderr, JSON stays exact."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from typing import TYPE_CHECKING

import pytest

from .conftest import REPO
from .faults.conftest import one_error_line, run_planner
from .formats.hostile import frab_json

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

pytestmark = pytest.mark.timeout(120)

ESCAPES = "\x1b]0;owned\x07Evil\x1b[2J\x9b31m\u202eTalk"


def _hostile_program(tmp_path: Path) -> Path:
    document = json.loads(frab_json(title=ESCAPES, room="Room\x1b[5m"))
    document["schedule"]["conference"]["title"] = f"Conf{ESCAPES}"
    path = tmp_path / "escapes.json"
    path.write_text(json.dumps(document))
    return path


def _no_controls(text: str) -> None:
    assert not any((ord(ch) < 0x20 and ch not in "\n\t") or 0x7F <= ord(ch) <= 0x9F for ch in text)
    assert "\u202e" not in text


def test_text_output_shows_control_characters_as_escapes(tmp_path: Path) -> None:
    data = tmp_path / "data"
    imported = run_planner(data, "import", str(_hostile_program(tmp_path)))
    assert imported.returncode == 0, imported.stderr
    listed = run_planner(data, "sessions")
    conferences = run_planner(data, "conferences")
    for result in (imported, listed, conferences):
        assert result.returncode == 0
        _no_controls(result.stdout)
        _no_controls(result.stderr)
    assert "\\x1b]0;owned\\x07Evil\\x1b[2J\\x9b31m\\u202eTalk" in listed.stdout
    assert "Conf\\x1b]0;owned" in conferences.stdout
    exact = json.loads(run_planner(data, "sessions", "--json").stdout)
    assert [s["title"] for s in exact if s["title"].endswith("Talk")] == [ESCAPES]
    assert [s["room"] for s in exact if s["title"] == ESCAPES] == ["Room\x1b[5m"]


@pytest.mark.parametrize(
    "name",
    ["two\nlines.json", "cr\rreturn.json", "esc\x1b[31m.json"],
    ids=["newline", "carriage-return", "escape"],
)
def test_a_file_name_with_control_characters_gets_one_error_line(tmp_path: Path, name: str) -> None:
    result = run_planner(tmp_path / "data", "import", str(tmp_path / name))
    assert result.returncode == 3
    line = one_error_line(result)
    _no_controls(line)
    assert line.endswith(": no such file")


def test_a_file_name_that_is_not_utf8_imports_and_is_named_readably(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    program = folder + b"/caf\xe9.json"  # Latin-1, as an old archive or USB stick has it
    with open(program, "wb") as handle:
        handle.write(frab_json())
    data = tmp_path / "data"
    command = [sys.executable, "-m", "planner", "--data-dir", str(data), "import"]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [*command, program], capture_output=True, cwd=REPO, env=env, check=False, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    listed = run_planner(data, "conferences", "--json")
    sources = [c["source"] for c in json.loads(listed.stdout)]
    assert f"{tmp_path}/caf\\xe9.json" in sources
    missing = subprocess.run(
        [*command, folder + b"/gone\xff.json"],
        capture_output=True,
        cwd=REPO,
        env=env,
        check=False,
        timeout=60,
    )
    assert missing.returncode == 3
    assert missing.stderr.decode() == f"planner: error: {tmp_path}/gone\\xff.json: no such file\n"


@contextlib.contextmanager
def _children_interruptible() -> Iterator[None]:
    """Ctrl+C as a terminal delivers it, whatever the test process inherited: a process
    started in the background has SIGINT ignored, and a child keeps an ignored signal (and
    a blocked one) across exec. Set here in the parent around the start rather than in a
    preexec_fn, which is not safe in a process with threads."""
    handler = signal.signal(signal.SIGINT, signal.default_int_handler)
    blocked = signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGINT])
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
        signal.signal(signal.SIGINT, handler)


@pytest.mark.parametrize("first_run", [False, True], ids=["database-exists", "first-run"])
def test_ctrl_c_stops_with_one_line_and_exit_130(tmp_path: Path, first_run: bool) -> None:
    """Interrupted while it waits on a server that never answers. On a first run the
    bundled program is stored before the command runs: that is not the user's change, and
    the message must not say a change was saved."""
    import secrets
    import socket

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    port = server.getsockname()[1]
    token = secrets.token_hex(8)  # only this command asks for this path
    data = tmp_path / "data"
    if not first_run:
        assert run_planner(data, "conferences").returncode == 0  # the database exists
    with _children_interruptible():
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "planner",
                "--data-dir",
                str(data),
                "import",
                f"http://127.0.0.1:{port}/{token}/schedule.json",
            ],
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    server.settimeout(60)
    while True:  # it is waiting for an answer once its request has arrived
        connection, _ = server.accept()
        connection.settimeout(60)
        if token.encode() in connection.recv(4096):
            break
        connection.close()  # another process knocked on a port it thought free
    time.sleep(0.3)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    connection.close()
    server.close()
    assert (process.returncode, stderr) == (130, "planner: stopped: interrupted\n")


def test_ctrl_c_after_the_commit_says_the_change_was_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ctrl+C while the live calendar file is rewritten after a star: the star is saved,
    and the message used to imply that everything had been rolled back."""
    import io

    from planner.cli import main
    from planner.services.calendar_files import LocalCalendarTargets

    data = tmp_path / "data"
    key = "ksl19-is-kafka-a-database"
    assert main(["--data-dir", str(data), "conferences"], out=io.StringIO()) == 0

    def interrupted(_self: object, _changes: object) -> list[object]:
        raise KeyboardInterrupt

    monkeypatch.setattr(LocalCalendarTargets, "agenda_changed", interrupted)
    capsys.readouterr()
    assert main(["--data-dir", str(data), "star", key], out=io.StringIO()) == 130
    assert capsys.readouterr().err == (
        "planner: stopped: interrupted after your change was saved; calendar files kept in "
        "sync may not show it yet (planner calendar sync updates them)\n"
    )
    monkeypatch.undo()
    out = io.StringIO()
    assert main(["--data-dir", str(data), "sessions", "--starred", "--json"], out=out) == 0
    assert [talk["key"] for talk in json.loads(out.getvalue())] == [key]


def test_a_newline_in_a_name_or_path_never_starts_a_line_of_its_own(tmp_path: Path) -> None:
    """A file name with a newline (`Wrote …/out-line⏎break.csv`) and a colleague called
    "Evil⏎Name" used to be printed as they were, so that a file could forge a line."""
    import io

    from planner.cli import main

    data = tmp_path / "data"

    def run(*args: str) -> str:
        out = io.StringIO()
        assert main(["--data-dir", str(data), *args], out=out) == 0
        return out.getvalue()

    run("star", "ksl19-is-kafka-a-database")
    odd = tmp_path / "out-line\nbreak.csv"
    assert (
        run("export", "csv", str(odd)) == f"Wrote {tmp_path}/out-line\\x0abreak.csv (1 session)\n"
    )
    shared = tmp_path / "evil.planner-agenda"
    run("agenda", "export", str(shared), "--name", "Evil\nName\nplanner: error: forged")
    imported = run("agenda", "import", str(shared))
    assert imported.splitlines()[0] == (
        "Added Evil\\x0aName\\x0aplanner: error: forged's agenda (1 session) as overlay 1."
    )
    assert run("agenda", "list") == "  1  Evil\\x0aName\\x0aplanner: error: forged  (1 attending)\n"
    again = run("agenda", "import", str(shared))  # the same colleague's agenda once more
    assert again.splitlines()[0] == (
        "Replaced Evil\\x0aName\\x0aplanner: error: forged's agenda imported before with this"
        " one (1 session), overlay 1."
    )
    assert run("agenda", "list").count("attending") == 1  # replaced, not added
