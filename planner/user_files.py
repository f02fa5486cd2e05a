"""Reading a file the user named: the one way every reader gets its bytes from a path.

A path from the command line, a file dialog or a dropped URL can name anything: a FIFO (an
ordinary `open` then waits for a writer for ever, freezing the window), a device
(`/dev/zero` never ends), a folder, or a regular file of 3 GiB (reading it whole takes
seconds and gigabytes before anyone says it is too big). So the file is opened without
blocking, checked to be a regular file and measured through that same descriptor (no
window for a swap between check and read), and read with a cap, in case it grows while
being read. Every failure is one `BadInputError` naming the file.

The refusals' codes and words (`planner.domain.refusals`, ~30 M instructions to import)
are imported when a file is refused: the window reads its quick-start snapshot through
here before its first paint.
"""

from __future__ import annotations

import os
import stat
from typing import TYPE_CHECKING

from planner.domain.display import NOT_REGULAR_KIND, file_kind, path_text
from planner.domain.errors import BadInputError
from planner.domain.system_words import system_words

if TYPE_CHECKING:
    from pathlib import Path

_CHUNK = 1024 * 1024
# O_NONBLOCK: opening a FIFO returns at once instead of waiting for a writer; it changes
# nothing for a regular file. O_NOCTTY: a terminal device never becomes ours.
_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def too_big(source: str, size: int, limit: int, kind: str) -> BadInputError:
    from planner.domain.refusals import Refusal, RefusalCode

    return BadInputError(source, Refusal(RefusalCode.TOO_BIG, size, limit // 2**20, kind))


def read_user_file(path: Path, limit: int, kind: str) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them.

    `kind` names what the file should be ("a conference program") for the message when it
    is too big. Raises `BadInputError` for a missing, unreadable or non-regular file and
    for one over the limit, before reading it.
    """
    source = path_text(path)  # a name that is not UTF-8 is spelt out, never a surrogate
    descriptor, info = _open_regular(path, source)
    try:
        if info.st_size > limit:
            raise too_big(source, info.st_size, limit, kind)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(descriptor, min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:  # it grew while we read it
            raise too_big(source, total, limit, kind)
        return b"".join(chunks)
    except OSError as error:
        raise _cannot_read(source, error) from error
    finally:
        os.close(descriptor)


def read_user_head(path: Path, size: int) -> bytes:
    """The first `size` bytes (or fewer) of the regular file at `path`, to tell what it is,
    with the checks of `read_user_file`: raises `BadInputError` for a missing, unreadable
    or non-regular file, never waiting on a FIFO or a device."""
    source = path_text(path)
    descriptor, _info = _open_regular(path, source)
    try:
        return os.read(descriptor, size)
    except OSError as error:
        raise _cannot_read(source, error) from error
    finally:
        os.close(descriptor)


def _open_regular(path: Path, source: str) -> tuple[int, os.stat_result]:
    """A descriptor open on the regular file at `path`, and what fstat says of it."""
    try:
        descriptor = os.open(path, _FLAGS)
    except OSError as error:
        raise _cannot_open(source, error) from error
    try:
        info = os.fstat(descriptor)
    except OSError as error:
        os.close(descriptor)
        raise _cannot_read(source, error) from error
    if not stat.S_ISREG(info.st_mode):
        os.close(descriptor)
        raise _not_regular(source, info.st_mode)
    return descriptor, info


def _cannot_open(source: str, error: OSError) -> BadInputError:
    from planner.domain.refusals import Refusal, RefusalCode

    if isinstance(error, IsADirectoryError):
        return BadInputError(source, Refusal(RefusalCode.IS_FOLDER))
    if isinstance(error, FileNotFoundError):
        return BadInputError(source, Refusal(RefusalCode.NO_SUCH_FILE))
    if isinstance(error, PermissionError):
        return BadInputError(source, Refusal(RefusalCode.PERMISSION_DENIED))
    return _cannot_read(source, error)


def _not_regular(source: str, mode: int) -> BadInputError:
    """`source` is a folder, a FIFO, a device...: not a file to read."""
    from planner.domain.refusals import Refusal, RefusalCode

    if stat.S_ISDIR(mode):
        return BadInputError(source, Refusal(RefusalCode.IS_FOLDER))
    kind = file_kind(mode)
    if kind == NOT_REGULAR_KIND:
        return BadInputError(source, Refusal(RefusalCode.NOT_REGULAR))
    return BadInputError(source, Refusal(RefusalCode.NOT_A_FILE, kind))


def _cannot_read(source: str, error: OSError) -> BadInputError:
    """`source` cannot be read, in the system's words for `error`."""
    from planner.domain.refusals import Refusal, RefusalCode

    return BadInputError(source, Refusal(RefusalCode.CANNOT_READ, system_words(error)))
