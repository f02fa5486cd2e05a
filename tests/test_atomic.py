"""Atomic file replacement: the old file or the new, and no litter from killed writers."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from planner.atomic import write_atomic
from planner.domain.errors import StorageError

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


# -- links, pipes, devices: written through, or refused, never replaced ----------------------
def test_a_symbolic_link_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    """A calendar linked into a synced folder: the file it names gets the new contents
    (in that file's folder, with its permissions), and the link is still the link."""
    real = tmp_path / "synced" / "calendar.ics"
    real.parent.mkdir()
    real.write_bytes(b"old")
    real.chmod(0o640)
    hop = tmp_path / "hop.ics"
    hop.symlink_to(real)
    link = tmp_path / "here" / "calendar.ics"
    link.parent.mkdir()
    link.symlink_to(os.path.relpath(hop, link.parent))  # relative, through a second link
    write_atomic(link, b"new")
    assert link.is_symlink()
    assert hop.is_symlink()
    assert os.readlink(link) == os.path.relpath(hop, link.parent)
    assert real.read_bytes() == b"new"
    assert real.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in real.parent.iterdir()) == ["calendar.ics"]
    assert sorted(p.name for p in link.parent.iterdir()) == ["calendar.ics"]


def test_a_dangling_link_gets_the_file_it_names(tmp_path: Path) -> None:
    link = tmp_path / "agenda.ics"
    link.symlink_to("elsewhere.ics")
    write_atomic(link, b"new")
    assert link.is_symlink()
    assert (tmp_path / "elsewhere.ics").read_bytes() == b"new"


def _refused(path: Path, kind: str) -> None:
    with pytest.raises(StorageError) as caught:
        write_atomic(path, b"new")
    assert str(caught.value) == (
        f"{path}: cannot be written: it is {kind}, not a regular file; "
        "Planner writes only regular files"
    )


@pytest.mark.timeout(20)
def test_a_named_pipe_is_refused_at_once_and_left_a_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "agenda.pdf"
    os.mkfifo(fifo)
    _refused(fifo, "a named pipe (FIFO)")
    link = tmp_path / "link.pdf"
    link.symlink_to(fifo)
    _refused(link, "a named pipe (FIFO)")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert link.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agenda.pdf", "link.pdf"]


def test_a_device_is_refused_and_left_a_device(tmp_path: Path) -> None:
    link = tmp_path / "agenda.ics"
    link.symlink_to(os.devnull)
    _refused(link, "a device")
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    assert link.is_symlink()
    if os.geteuid() == 0:  # a device node in the user's own folder (as CI runs)
        node = tmp_path / "node.ics"
        os.mknod(node, stat.S_IFCHR | 0o600, os.makedev(1, 3))
        _refused(node, "a device")
        assert stat.S_ISCHR(node.lstat().st_mode)


def test_a_socket_is_refused_and_left_a_socket(tmp_path: Path) -> None:
    path = tmp_path / "agenda.ics"
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(path))
        _refused(path, "a socket")
    assert stat.S_ISSOCK(path.lstat().st_mode)


def test_a_loop_of_links_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "a.ics").symlink_to("b.ics")
    (tmp_path / "b.ics").symlink_to("a.ics")
    with pytest.raises(StorageError) as caught:
        write_atomic(tmp_path / "a.ics", b"new")
    assert str(caught.value).startswith(f"{tmp_path / 'a.ics'}: cannot be written: ")
    assert "\n" not in str(caught.value)
