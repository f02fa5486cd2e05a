"""Atomic file replacement: the old file or the new, and no litter from killed writers."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from planner.atomic import write_atomic

if TYPE_CHECKING:
    from pathlib import Path


def test_replaces_the_file_and_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "agenda.ics"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert target.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agenda.ics"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "agenda.ics"
    target.write_bytes(b"old")

    with pytest.raises(TypeError):
        write_atomic(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agenda.ics"]


@pytest.mark.skipif(os.name != "posix", reason="abandoned parts are found by PID on POSIX")
def test_parts_of_dead_writers_are_removed_and_of_live_ones_kept(tmp_path: Path) -> None:
    target = tmp_path / "agenda.ics"
    dead_pid = subprocess.Popen([sys.executable, "-c", "pass"])
    dead_pid.wait()
    abandoned = tmp_path / f".agenda.ics.{dead_pid.pid}.x1y2.part"
    live = tmp_path / f".agenda.ics.{os.getppid()}.a1b2.part"
    other_target = tmp_path / f".other.ics.{dead_pid.pid}.zz.part"
    for part in (abandoned, live, other_target):
        part.write_bytes(b"half a calend")
    write_atomic(target, b"whole")
    assert not abandoned.exists()
    assert live.exists()  # its writer may still be running
    assert other_target.exists()  # belongs to another file
