"""The system's words in a translated window: an `OSError`'s words ("Connection refused",
"File name too long") are `SystemWords`, which keep the fault's kind (its errno's name, or
the kind a network library raised), so the window says the common ones in its language
while the command line's English and its JSON stay as they were. Every fault here is made
for real: a full and a read-only tmpfs (as root, as CI runs), a closed port, a server that
resets the connection, a self-signed TLS certificate, a name that does not resolve."""

from __future__ import annotations

import contextlib
import errno
import http.client
import json
import os
import pickle
import socket
import ssl
import subprocess
import sys
import threading
from typing import TYPE_CHECKING

import pytest

from planner.calendars.caldav import CalDAVStore
from planner.calendars.sync import Problem
from planner.domain.errors import BadInputError, StorageCode, storage_error
from planner.domain.refusals import Refusal, RefusalCode
from planner.domain.system_words import SystemFault, SystemWords, fault_of, system_words
from planner.fetch import fetch
from planner.paths import AppPaths
from planner.ui import catalogs, i18n
from planner.ui.calendar_sync import TargetStatus
from planner.ui.core_text import CORE, SYSTEM

from ..calendars.servers import free_port
from ..calendars.test_stored_failures import agenda, cli
from ..faults.conftest import IS_ROOT, run_planner
from .conftest import export_calendar_errors

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from planner.ui.mainwindow import MainWindow

pytestmark = pytest.mark.timeout(120)


def caught(action: Callable[[], object]) -> OSError:
    """The `OSError` that `action` raises (it must raise one)."""
    try:
        action()
    except OSError as error:
        return error
    raise AssertionError("no OSError was raised")


@contextlib.contextmanager
def tmpfs(folder: Path, *options: str) -> Iterator[Path]:
    """A 64 KiB tmpfs at `folder` (as root only, as CI runs: a real small disk)."""
    if not IS_ROOT:
        pytest.skip("a tmpfs of our own needs root (CI runs as root)")
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", ",".join(("size=64k", *options)), "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    assert mounted.returncode == 0, mounted.stderr
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(disk: Path) -> OSError:
    """Fill `disk` to its last byte: the ENOSPC its last write met."""
    with (disk / "filler").open("wb", buffering=0) as handle:
        return caught(lambda: [handle.write(b"\0" * 4096) for _ in range(10_000)])


@contextlib.contextmanager
def listener(answer: Callable[[socket.socket], None] | None = None) -> Iterator[int]:
    """A port on 127.0.0.1 that accepts connections: each is given to `answer` (none:
    accepted and left unanswered). Yields the port."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.2)
    stop = threading.Event()
    kept: list[socket.socket] = []

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            if answer is None:
                kept.append(connection)
            else:
                with connection, contextlib.suppress(OSError):
                    answer(connection)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield server.getsockname()[1]
    finally:
        stop.set()
        thread.join(timeout=10)
        server.close()
        for connection in kept:
            connection.close()


def reset(connection: socket.socket) -> None:
    """Close with a TCP reset (SO_LINGER 0) once the request's head has come."""
    connection.settimeout(5)
    request = b""
    while b"\r\n\r\n" not in request:
        chunk = connection.recv(65536)
        if not chunk:
            return
        request += chunk
    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")


def reset_fault() -> OSError:
    with listener(reset) as port, socket.create_connection(("127.0.0.1", port)) as client:
        client.sendall(b"GET / HTTP/1.1\r\n\r\n")
        return caught(lambda: client.recv(10) or client.recv(10))


def timed_out_fault() -> OSError:
    with listener() as port, socket.create_connection(("127.0.0.1", port), timeout=5) as client:
        client.settimeout(0.2)
        return caught(lambda: client.recv(10))


def certificate_fault(folder: Path) -> OSError:
    """A TLS server on 127.0.0.1 with a self-signed certificate, and a client that checks."""
    key, certificate = folder / "key.pem", folder / "certificate.pem"
    made = subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"),
            *("-nodes", "-subj", "/CN=127.0.0.1", "-days", "1"),
            *("-keyout", str(key), "-out", str(certificate)),
        ],
        capture_output=True,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certificate, key)

    def handshake(connection: socket.socket) -> None:
        connection.settimeout(5)
        with context.wrap_socket(connection, server_side=True):
            pass

    with listener(handshake) as port, socket.create_connection(("127.0.0.1", port)) as raw:
        checking = ssl.create_default_context()
        return caught(lambda: checking.wrap_socket(raw, server_hostname="127.0.0.1"))


def open_files_fault() -> OSError:
    """EMFILE, met for real by a process whose limit of open files is low (not this one:
    its other tests need their files), and brought back here as its number and words."""
    script = (
        "import resource, tempfile\n"
        "resource.setrlimit(resource.RLIMIT_NOFILE, (32, 32))\n"
        "kept = []\n"
        "try:\n"
        "    while True: kept.append(tempfile.TemporaryFile())\n"
        "except OSError as error: print(error.errno, error.strerror, sep='|')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    number, words = done.stdout.strip().split("|")
    return OSError(int(number), words)


@pytest.fixture
def real_faults(tmp_path: Path) -> dict[SystemFault, OSError]:
    """Each kind this machine can make for real, and the error it gave."""
    file = tmp_path / "file.txt"
    file.write_text("not a program\n")
    (tmp_path / "loop-a").symlink_to(tmp_path / "loop-b")
    (tmp_path / "loop-b").symlink_to(tmp_path / "loop-a")
    faults = {
        SystemFault.NO_SUCH_FILE: caught(lambda: os.open(tmp_path / "missing", os.O_RDONLY)),
        SystemFault.IS_FOLDER: caught(lambda: open(tmp_path, "w")),  # noqa: SIM115
        SystemFault.NOT_A_FOLDER: caught(lambda: os.open(file / "x", os.O_RDONLY)),
        SystemFault.NAME_TOO_LONG: caught(lambda: os.open(tmp_path / ("a" * 300), os.O_RDONLY)),
        SystemFault.LINK_LOOP: caught(lambda: os.open(tmp_path / "loop-a", os.O_RDONLY)),
        # A file without an execute bit cannot be run, by root neither.
        SystemFault.ACCESS: caught(lambda: subprocess.run([file], check=False)),
        # A hard link to a folder is refused, to root too.
        SystemFault.NOT_PERMITTED: caught(lambda: os.link(tmp_path, tmp_path / "linked")),
        SystemFault.REFUSED: caught(lambda: socket.create_connection(("127.0.0.1", free_port()))),
        SystemFault.RESET: reset_fault(),
        SystemFault.TIMED_OUT: timed_out_fault(),
        SystemFault.NAME_NOT_RESOLVED: caught(lambda: socket.getaddrinfo("planner.invalid", 80)),
        SystemFault.TLS_CERTIFICATE: certificate_fault(tmp_path),
        SystemFault.TOO_MANY_OPEN: open_files_fault(),
    }
    if IS_ROOT:
        with tmpfs(tmp_path / "full") as full:
            faults[SystemFault.NO_SPACE] = fill(full)
        with tmpfs(tmp_path / "read-only", "ro") as read_only:
            faults[SystemFault.READ_ONLY_DISK] = caught(lambda: (read_only / "x").write_text("x"))
    return faults


def test_each_real_fault_keeps_its_words_and_its_kind(
    real_faults: dict[SystemFault, OSError],
) -> None:
    assert IS_ROOT is (SystemFault.NO_SPACE in real_faults)
    for fault, error in real_faults.items():
        said = system_words(error)
        assert str(said) == str(error.strerror or error), fault  # the words as they were
        assert (fault_of(error), said.fault) == (fault, fault), (fault, error)
    # What a message made of them keeps, through a pickle (a worker's error) too.
    refusal = Refusal(RefusalCode.CANNOT_READ, system_words(real_faults[SystemFault.ACCESS]))
    again = pickle.loads(pickle.dumps(refusal))
    assert again == "cannot be read (Permission denied)"
    assert again.values[0].fault is SystemFault.ACCESS


def test_an_errno_planner_has_no_words_for_stays_the_systems() -> None:
    exists = caught(lambda: os.mkdir("/"))
    assert exists.errno == errno.EEXIST
    said = system_words(exists)
    assert said.fault is None
    assert SYSTEM.say(said) == "File exists"
    assert SYSTEM.say("plain text") == "plain text"
    # An SSL error's number is OpenSSL's, never read as an errno (1 would be EPERM).
    assert fault_of(ssl.SSLError(1, "[SSL] odd")) is None
    # A library's error without an errno is known by its class.
    closed = http.client.RemoteDisconnected("Remote end closed connection without response")
    assert fault_of(closed) is SystemFault.RESET


@pytest.mark.usefixtures("german")
def test_each_real_fault_in_german(real_faults: dict[SystemFault, OSError]) -> None:
    german = {
        SystemFault.NO_SPACE: "kein Platz mehr auf dem Datenträger",
        SystemFault.READ_ONLY_DISK: "der Datenträger ist schreibgeschützt",
        SystemFault.ACCESS: "Zugriff verweigert",
        SystemFault.NOT_PERMITTED: "Vorgang nicht zulässig",
        SystemFault.NO_SUCH_FILE: "Datei oder Ordner nicht gefunden",
        SystemFault.IS_FOLDER: "es ist ein Ordner",
        SystemFault.NOT_A_FOLDER: "ein Teil des Pfads ist kein Ordner",
        SystemFault.NAME_TOO_LONG: "der Dateiname ist zu lang",
        SystemFault.LINK_LOOP: ("zu viele symbolische Links (eine Schleife von Links)"),
        SystemFault.TOO_MANY_OPEN: "zu viele offene Dateien in Planner",
        SystemFault.TIMED_OUT: "Zeitüberschreitung",
        SystemFault.REFUSED: "Verbindung abgelehnt",
        SystemFault.RESET: "die Verbindung wurde zurückgesetzt",
        SystemFault.NAME_NOT_RESOLVED: (
            "der Hostname konnte nicht aufgelöst werden (unbekannter Host oder kein Netzwerk)"
        ),
        SystemFault.TLS_CERTIFICATE: "das TLS-Zertifikat konnte nicht geprüft werden",
    }
    said = {fault: SYSTEM.say(system_words(error)) for fault, error in real_faults.items()}
    assert said == {fault: german[fault] for fault in real_faults}
    # Inside a sentence that quotes the system: a file that cannot be read.
    denied = Refusal(RefusalCode.CANNOT_READ, system_words(real_faults[SystemFault.ACCESS]))
    refusal = BadInputError("/home/ana/fosdem.xml", denied)
    assert str(refusal) == "/home/ana/fosdem.xml: cannot be read (Permission denied)"
    assert (
        CORE.error(refusal)
        == "/home/ana/fosdem.xml: kann nicht gelesen werden (Zugriff verweigert)"
    )


@pytest.mark.usefixtures("restore_language")
@pytest.mark.parametrize("language", catalogs.LANGUAGES)
def test_every_kind_in_the_language(qapp, tmp_path: Path, language: str) -> None:
    i18n.install(qapp, i18n.Choice("en", chosen=True), tmp_path)
    english = {fault: SYSTEM.say(SystemWords("odd words", fault)) for fault in SystemFault}
    i18n.install(qapp, i18n.Choice(language, chosen=True), tmp_path)
    for fault in SystemFault:
        shown = SYSTEM.say(SystemWords("odd words", fault))
        assert shown not in (english[fault], "odd words"), (language, fault, shown)
    assert SYSTEM.say(SystemWords("odd words")) == "odd words"


# -- the window, German, real faults -----------------------------------------------------
@pytest.mark.usefixtures("restore_language")
def test_a_refused_connection_and_a_file_it_cannot_read_in_the_german_window(
    qapp, window: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    i18n.install(qapp, i18n.Choice("de", chosen=True), tmp_path)
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", lambda title, text: shown.append(text))
    url = f"http://127.0.0.1:{free_port()}/schedule.json"  # nothing listens there
    with qtbot.waitSignal(window.imports.failed, timeout=20_000):
        window.imports.start(url)
    too_long = tmp_path / ("a" * 300 + ".xml")
    window.imports.open_path(too_long)  # refused as it is looked at: no import starts
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10_000)
    (tmp_path / "loop-a").symlink_to(tmp_path / "loop-b")
    (tmp_path / "loop-b").symlink_to(tmp_path / "loop-a")
    window.imports.open_path(tmp_path / "loop-a")
    qtbot.waitUntil(lambda: len(shown) == 3, timeout=10_000)
    assert shown == [
        f"{url}: ist nicht erreichbar (Verbindung abgelehnt)",
        f"{too_long}: kann nicht gelesen werden (der Dateiname ist zu lang)",
        f"{tmp_path / 'loop-a'}: kann nicht gelesen werden (zu viele symbolische "
        "Links (eine Schleife von Links))",
    ]


@pytest.mark.usefixtures("restore_language")
def test_a_full_disk_in_the_german_window(
    qapp, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real ENOSPC: the storage names it "disk full" before it could be the system's
    words, and the window says that in German; an `OSError` the core never classified
    (met by the window itself) is said as the command line says it, in German too."""
    i18n.install(qapp, i18n.Choice("de", chosen=True), tmp_path)
    with tmpfs(tmp_path / "small") as disk:
        full = fill(disk)
        errors = export_calendar_errors(window, monkeypatch, disk / "agenda.ics")
    assert errors == [
        f"{disk / 'agenda.ics'} kann nicht geschrieben werden: Datenträger voll (auf dem "
        "Datenträger ist kein Platz mehr frei)"
    ]
    full.filename = str(disk / "filler")
    assert CORE.error(full) == (
        f"{disk / 'filler'} kann nicht verwendet werden: Datenträger voll (auf dem "
        "Datenträger ist kein Platz mehr frei)"
    )


def test_the_command_lines_english_and_json_are_as_they_were(tmp_path: Path) -> None:
    port = free_port()
    refused = run_planner(tmp_path / "data", "import", f"http://127.0.0.1:{port}/x.json")
    assert refused.stderr == (
        f"planner: error: http://127.0.0.1:{port}/x.json: cannot be reached (Connection refused)\n"
    )
    too_long = tmp_path / ("a" * 300 + ".json")
    unread = run_planner(tmp_path / "data", "import", "--json", str(too_long))
    assert unread.stderr == f"planner: error: {too_long}: cannot be read (File name too long)\n"
    assert (refused.returncode, unread.returncode) == (3, 3)


def loop_calendar(tmp_path: Path) -> Path:
    """A data folder with a calendar folder inside a loop of symbolic links, synced once:
    its failure (ELOOP, a fault the storage has no code of its own for) is stored."""
    data = tmp_path / "data"
    planner, conference_id = agenda(data)
    (tmp_path / "other").symlink_to(tmp_path / "events")
    (tmp_path / "events").symlink_to(tmp_path / "other")
    try:
        planner.calendars.add(conference_id, "Folder", vdir=tmp_path / "events" / "cal")
    finally:
        planner.close()
    return data


def test_a_stored_failure_of_the_systems_words_is_said_in_german_and_listed_in_english(
    qapp, tmp_path: Path
) -> None:
    data = loop_calendar(tmp_path)
    location = str(tmp_path / "events" / "cal")
    [report] = cli(data, "calendar", "sync", code=1)
    assert report["errors"] == ["cannot be created: Too many levels of symbolic links"]
    [listed] = cli(data, "calendar", "list")
    assert listed["last_error"] == "cannot be created: Too many levels of symbolic links"
    assert json.dumps(listed["last_error_values"]) == json.dumps(
        {
            "storage": "OTHER",
            "location": location,
            "doing": "created",
            "detail": "Too many levels of symbolic links",
        }
    )
    from planner.services import Planner

    planner = Planner.open(AppPaths.resolve(data).database)
    try:
        [state] = planner.calendars.states()
    finally:
        planner.close()
    i18n.install(qapp, i18n.Choice("de", chosen=True), tmp_path / "qm")
    try:
        status = TargetStatus(state.target, state.pending, problem=Problem.FAILED)
        assert status.error == (
            f"{location} kann nicht angelegt werden: zu viele symbolische Links "
            "(eine Schleife von Links)"
        )
    finally:
        i18n.install(qapp, i18n.Choice("en", chosen=False), tmp_path / "qm")


@pytest.mark.usefixtures("german")
def test_the_siblings_quote_the_system_in_german(tmp_path: Path) -> None:
    """A storage fault of a kind it has no code for, a download cut by a reset, a CalDAV
    server behind a reset connection: the same words, said the same way."""
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    error = storage_error(caught(lambda: (loop / "x").mkdir()), str(loop / "x"), "created")
    assert (error.code, str(error)) == (
        StorageCode.OTHER,
        f"{loop / 'x'}: cannot be created: Too many levels of symbolic links",
    )
    assert CORE.error(error) == (
        f"{loop / 'x'} kann nicht angelegt werden: zu viele symbolische Links (eine "
        "Schleife von Links)"
    )
    with listener(reset) as port:
        url = f"http://127.0.0.1:{port}/schedule.json"
        with pytest.raises(BadInputError) as cut:
            fetch(url, timeout=5, deadline=10)
    assert str(cut.value) in (
        f"{url}: download failed (Connection reset by peer)",
        f"{url}: cannot be reached (Connection reset by peer)",
    )
    assert CORE.error(cut.value) in (
        f"{url}: Download fehlgeschlagen (die Verbindung wurde zurückgesetzt)",
        f"{url}: ist nicht erreichbar (die Verbindung wurde zurückgesetzt)",
    )
    with listener(reset) as port:
        store = CalDAVStore(f"http://127.0.0.1:{port}/dav/", "ana", "secret")
        with pytest.raises(Exception) as server:  # noqa: PT011 - whichever it raises
            store.open_calendar("Planner")
    said = CORE.error(server.value)
    assert f"127.0.0.1:{port}" in said
    assert said.endswith("(die Verbindung wurde zurückgesetzt)"), said


@pytest.mark.usefixtures("german")
def test_an_unclassified_error_naming_no_file_keeps_the_line_that_names_what_failed() -> None:
    """Said as the storage, "planner cannot be used" would lose which follower failed."""
    assert CORE.error(OSError(errno.ENOSPC, "No space left on device")) == (
        "[Errno 28] No space left on device"
    )
