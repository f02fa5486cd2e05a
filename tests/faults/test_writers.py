"""Every file Planner writes goes through `write_atomic`: a failure leaves the old file as it
was, removes the temporary one and says what is wrong, in one line, with exit code 1."""

from __future__ import annotations

import errno
import os
import stat
from typing import TYPE_CHECKING, Any

import pytest

from planner.atomic import write_atomic
from planner.domain.errors import DiskFullError, ReadOnlyError, StorageError

from .conftest import make_starred_database, one_error_line, run_planners

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.timeout(120)

EXPORTS = {
    "ics": ("export", "ics"),
    "pdf": ("export", "pdf"),
    "agenda": ("agenda", "export"),
}


@pytest.mark.parametrize(
    ("code", "kind", "words"),
    [
        (errno.ENOSPC, DiskFullError, "disk full"),
        (errno.EDQUOT, DiskFullError, "disk full"),
        (errno.EROFS, ReadOnlyError, "read-only disk"),
        (errno.EIO, StorageError, "Input/output error"),
    ],
)
def test_a_failed_write_keeps_the_old_file_and_names_the_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, kind: type, words: str
) -> None:
    target = tmp_path / "agenda.ics"
    target.write_bytes(b"the old calendar")
    real_fsync = os.fsync

    def failing_fsync(fd: int) -> None:  # the data reached the page cache, not the disk
        if os.fstat(fd).st_size > 0 and os.readlink(f"/proc/self/fd/{fd}").endswith(".part"):
            raise OSError(code, os.strerror(code))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(kind) as caught:
        write_atomic(target, b"a new calendar, much longer than the old one")
    assert str(caught.value).startswith(f"{target}: cannot be written: ")
    assert words in str(caught.value)
    assert target.read_bytes() == b"the old calendar"
    assert [p.name for p in tmp_path.iterdir()] == ["agenda.ics"]


def test_a_long_legal_file_name_is_written_and_cleaned_up(tmp_path: Path) -> None:
    target = tmp_path / ("a" * 246 + ".ics")  # 250 bytes: legal; its temporary name is not
    for round_number in range(2):
        write_atomic(target, f"round {round_number}".encode())
    assert target.read_bytes() == b"round 1"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
    abandoned = tmp_path / (".a" + "a" * 199 + ".999999999.x.part")  # a killed writer's
    abandoned.write_bytes(b"partial")
    write_atomic(target, b"round 2")
    assert not abandoned.exists()


def test_every_export_of_the_command_line_fails_cleanly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    make_starred_database(data)
    folder = tmp_path / "a-folder"
    folder.mkdir()
    (folder / "inside").write_text("kept")
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("kept")
    kinds = list(EXPORTS)
    results = run_planners(
        *((data, [*EXPORTS[kind], str(folder)]) for kind in kinds),
        *((data, [*EXPORTS[kind], str(not_a_folder / f"out.{kind}")]) for kind in kinds),
    )
    for kind, result in zip(kinds, results[: len(kinds)], strict=True):
        assert result.returncode == 1, kind
        line = one_error_line(result)
        assert line.startswith(f"planner: error: {folder}: ")
        assert line.endswith("cannot be written: it is a folder, not a file") or line.endswith(
            "(cannot be written: it is a folder, not a file)"
        )
        assert result.stdout == ""
    assert [p.name for p in folder.iterdir()] == ["inside"]
    for kind, result in zip(kinds, results[len(kinds) :], strict=True):
        assert result.returncode == 1, kind
        assert "cannot be written: part of the path is not a folder" in one_error_line(result)
    assert not_a_folder.read_text() == "kept"


def test_exports_take_long_names_and_create_missing_folders_alike(tmp_path: Path) -> None:
    data = tmp_path / "data"
    make_starred_database(data)
    targets = [
        (kind, target)
        for kind in EXPORTS
        for target in (
            tmp_path / "long" / (kind * (240 // len(kind)) + f".{kind}"),
            tmp_path / "missing" / kind / f"agenda.{kind}",
        )
    ]
    results = run_planners(*((data, [*EXPORTS[kind], str(target)]) for kind, target in targets))
    for (kind, target), result in zip(targets, results, strict=True):
        assert (result.returncode, result.stderr) == (0, ""), (kind, target)
        assert target.stat().st_size > 0
    assert [p.name for p in (tmp_path / "long").iterdir() if p.suffix == ".part"] == []


def test_the_pdf_is_rendered_in_memory_and_written_atomically(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The PDF writer used to print into the target's folder and read that file back:
    on a full disk it wrote nothing and the export said it had."""
    from planner.services import Planner
    from planner.ui import printing

    database = make_starred_database(tmp_path / "data")
    target = tmp_path / "agenda.pdf"
    target.write_bytes(b"%PDF- the old one")
    written: list[tuple[Path, bytes]] = []

    def failing_write(path: Path, data: bytes) -> Any:
        written.append((path, data))
        raise DiskFullError(str(path), "cannot be written: disk full")

    monkeypatch.setattr(printing, "write_atomic", failing_write)
    planner = Planner.open(database)
    try:
        with pytest.raises(DiskFullError):
            printing.export_pdf(planner, planner.catalog.conference().id, target)
    finally:
        planner.close()
    [(path, data)] = written
    assert path == target
    assert data.startswith(b"%PDF-")
    assert target.read_bytes() == b"%PDF- the old one"
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["agenda.pdf"]


def test_every_export_writes_through_a_link_and_refuses_a_pipe(tmp_path: Path) -> None:
    """`ln -s real/c.ics l.ics; planner export ics l.ics` updates real/c.ics and keeps the
    link (a calendar linked into a synced folder keeps syncing); a named pipe is refused at
    once with one line (exit 1) and stays a pipe."""
    data = tmp_path / "data"
    make_starred_database(data)
    real = tmp_path / "real"
    real.mkdir()
    kinds = list(EXPORTS)
    for kind in kinds:
        (real / f"c.{kind}").write_bytes(b"old")
        (tmp_path / f"l.{kind}").symlink_to(real / f"c.{kind}")
        os.mkfifo(tmp_path / f"fifo.{kind}")
    results = run_planners(
        *((data, [*EXPORTS[kind], str(tmp_path / f"l.{kind}")]) for kind in kinds),
        *((data, [*EXPORTS[kind], str(tmp_path / f"fifo.{kind}")]) for kind in kinds),
        timeout=90,
    )
    for kind, result in zip(kinds, results[: len(kinds)], strict=True):
        assert (result.returncode, result.stderr) == (0, ""), kind
        assert (tmp_path / f"l.{kind}").is_symlink(), kind
        assert (real / f"c.{kind}").read_bytes() != b"old", kind
    for kind, result in zip(kinds, results[len(kinds) :], strict=True):
        assert result.returncode == 1, kind
        line = one_error_line(result)
        assert line.startswith(f"planner: error: {tmp_path / f'fifo.{kind}'}: "), kind
        assert (
            "cannot be written: it is a named pipe (FIFO), not a regular file; Planner "
            "writes only regular files"
        ) in line, kind
        assert stat.S_ISFIFO((tmp_path / f"fifo.{kind}").lstat().st_mode), kind
    assert sorted(p.name for p in real.iterdir()) == sorted(f"c.{kind}" for kind in kinds)
