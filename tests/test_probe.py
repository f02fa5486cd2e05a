"""The start-up probe's file is read while the app writes it (`benchmarks.startup` polls it
until a milestone appears): every read must see whole lines only."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

from planner import probe
from planner.probe import read_marks

if TYPE_CHECKING:
    from pathlib import Path

    import pytest


def test_a_line_being_written_is_not_read(tmp_path: Path) -> None:
    marks = tmp_path / "marks.jsonl"
    assert read_marks(marks) == []  # the app has not marked anything yet
    marks.write_bytes(b'{"milestone": "first-paint", "pid": 1}\n{"milestone": "impo')
    assert read_marks(marks) == [{"milestone": "first-paint", "pid": 1}]
    with marks.open("ab") as out:
        out.write(b'rt-painted", "pid": 1}\n')
    assert [m["milestone"] for m in read_marks(marks)] == ["first-paint", "import-painted"]


def test_a_mark_is_one_whole_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    marks = tmp_path / "marks.jsonl"
    monkeypatch.setenv(probe.ENV_PROBE, str(marks))
    writes: list[int] = []
    real_write = os.write

    def counted(descriptor: int, data: bytes) -> int:
        writes.append(len(data))
        return real_write(descriptor, data)

    monkeypatch.setattr(os, "write", counted)
    probe.mark("first-paint")
    probe.mark("import-painted")
    data = marks.read_bytes()
    assert writes[0] > 8192  # the module list makes a line long
    assert len(writes) == 2  # one write per line, however long
    assert data.count(b"\n") == 2
    assert data.endswith(b"\n")
    found = read_marks(marks)
    assert [m["milestone"] for m in found] == ["first-paint", "import-painted"]
    assert found[0]["pid"] == os.getpid()
    assert found[0]["modules"] == sorted(found[0]["modules"])


_MARKER = """
import sys
from planner import probe
sys.modules.update({f"padding.module_{n:05d}": sys for n in range(20000)})  # 600 kB lines
for number in range(40):
    probe.mark(f"milestone-{number}")
"""


def test_reading_while_another_process_marks(tmp_path: Path) -> None:
    """What the benchmark does: poll the file while the app appends long lines to it (a
    read falling inside a write is rare; the tests above pin down why it is harmless)."""
    marks = tmp_path / "marks.jsonl"
    writer = subprocess.Popen(
        [sys.executable, "-c", _MARKER], env={**os.environ, probe.ENV_PROBE: str(marks)}
    )
    reads, seen = 0, 0
    while writer.poll() is None:
        found = read_marks(marks)  # never a half line, however the reads fall
        assert len(found) >= seen
        seen = len(found)
        reads += 1
    assert writer.returncode == 0
    assert reads > 1
    assert [m["milestone"] for m in read_marks(marks)] == [f"milestone-{n}" for n in range(40)]


def test_the_process_ends_at_the_milestone_asked_for(tmp_path: Path) -> None:
    marks = tmp_path / "marks.jsonl"
    script = (
        "from planner import probe\n"
        "probe.mark('first-paint')\n"
        "print('painted')\n"
        "probe.mark('core-opened')\n"
        "print('not reached')\n"
    )
    env = {**os.environ, probe.ENV_PROBE: str(marks), probe.ENV_PROBE_EXIT: "core-opened"}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0
    assert done.stdout == "painted\n"  # what was printed before the exit is not lost
    assert [m["milestone"] for m in read_marks(marks)] == ["first-paint", "core-opened"]
