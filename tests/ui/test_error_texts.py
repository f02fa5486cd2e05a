"""Errors of files, the database and calendar servers in the window's language: the core
gives codes with values (`StorageError.code`, `DatabaseError.code`, a `ServerMessage`, a
calendar's stored `SyncFailure`), `CORE.error` and `CORE.failure` say them; the command
line's English stays as it was."""

from __future__ import annotations

import errno
import re
import sqlite3
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import pytest

from planner.calendars.caldav import CalDAVError
from planner.calendars.sync import Problem
from planner.domain.calendar_messages import (
    NetworkCause,
    PasswordCode,
    PasswordMessage,
    Request,
    ServerCode,
    ServerMessage,
)
from planner.domain.calendars import FailureCode, SyncFailure, TargetInfo, TargetKind
from planner.domain.changes import Report
from planner.domain.errors import (
    BadInputError,
    DatabaseCode,
    DatabaseError,
    PlannerError,
    StorageCode,
    StorageError,
    StorageNote,
    UsageError,
    storage_error,
)
from planner.domain.refusals import Refusal, RefusalCode
from planner.ui import catalogs, core_text, i18n
from planner.ui.calendar_sync import TargetStatus, summary
from planner.ui.core_text import CORE
from planner.ui.operations import _follower_said

from .conftest import export_calendar_errors

if TYPE_CHECKING:
    from pathlib import Path

    from planner.domain.changes import Result
    from planner.services import Planner
    from planner.ui.mainwindow import MainWindow

DATABASE = "/home/ana/.local/share/planner/planner.sqlite3"
# What a path is instead of a file (`display.file_kind`): the value of the codes that
# name it, which the window says in its language too.
KINDS = ("a named pipe (FIFO)", "a socket", "a device")
KINDED = (StorageCode.NOT_REGULAR, StorageCode.NOT_A_DATABASE_FILE)
STORAGE: list[StorageError] = (
    [
        StorageError(DATABASE, code=code, doing="written", detail="Input/output error")
        for code in StorageCode
        if code not in KINDED
    ]
    + [
        StorageError(DATABASE, code=code, doing="written", detail=kind)
        for code in KINDED
        for kind in KINDS
    ]
    + [
        StorageError(DATABASE, code=StorageCode.DISK_FULL, doing="written").again(
            doing="changed", note=StorageNote.OPENED_READ_ONLY
        ),
        StorageError(DATABASE, code=StorageCode.READ_ONLY_DISK, doing="opened").again(
            note=StorageNote.UPGRADE_FIRST
        ),
        StorageError(DATABASE, code=StorageCode.LOCKED, doing="read").again(
            note=StorageNote.NEW_AND_EMPTY
        ),
        StorageError(DATABASE, code=StorageCode.LOCKED, doing="read").again(
            note=StorageNote.NEEDS_UPGRADE
        ),
        *(
            StorageError(DATABASE, code=StorageCode.DISK_FULL, doing=doing)
            for doing in (
                "read",
                "opened",
                "used",
                "created",
                "deleted",
                "backed up before its upgrade",
            )
        ),
    ]
)
DAMAGED: list[DatabaseError] = [
    DatabaseError(DATABASE, code, "file is not a database") for code in DatabaseCode
]
SERVER = [
    CalDAVError(ServerMessage(ServerCode.SERVER_SAID, "dav.example.org", request=r, detail="Bad"))
    for r in Request
]


def english_phrases(error: BaseException, *values: str) -> list[str]:
    """Runs of two or more English words of the command line's message, without its
    values (the path, the system's or the library's words)."""
    text = str(error)
    for value in sorted(values, key=len, reverse=True):
        text = text.replace(value, "|")
    runs = re.split(r"[|;:,.()]+", text)
    return [run.strip() for run in runs if len(run.split()) >= 2]


def test_the_command_lines_english_is_unchanged() -> None:
    full = storage_error(OSError(errno.ENOSPC, "No space left on device"), "agenda.ics")
    assert (
        str(full)
        == "agenda.ics: cannot be written: disk full (no space left on the disk holding it)"
    )
    assert full.code is StorageCode.DISK_FULL
    opened = StorageError(DATABASE, code=StorageCode.READ_ONLY_DISK, doing="written").again(
        doing="changed", note=StorageNote.OPENED_READ_ONLY
    )
    assert str(opened) == (
        f"{DATABASE}: cannot be changed: read-only disk (the disk holding it is mounted "
        "read-only); Planner opened it read-only"
    )
    assert str(DAMAGED[2]) == f"{DATABASE}: is damaged (file is not a database)"
    assert str(SERVER[1].said) == "dav.example.org: Bad"


@pytest.mark.usefixtures("restore_language")
@pytest.mark.parametrize("language", catalogs.LANGUAGES)
def test_every_storage_database_and_server_error_in_the_language(
    qapp, tmp_path: Path, language: str
) -> None:
    i18n.install(qapp, i18n.Choice(language, chosen=True), tmp_path)
    english = []
    for error in (*STORAGE, *DAMAGED, *SERVER):
        shown = CORE.error(error)
        values = (
            DATABASE,
            "Input/output error",
            "file is not a database",
            "dav.example.org",
            "Bad",
        )
        english += [f"{p!r} in {shown!r}" for p in english_phrases(error, *values) if p in shown]
        subject = "dav.example.org" if isinstance(error, CalDAVError) else DATABASE
        assert subject in shown.replace(i18n.ISOLATE, "").replace(i18n.POP, "")
    assert english == []


@pytest.mark.usefixtures("restore_language")
def test_german_sentences(qapp, tmp_path: Path) -> None:
    i18n.install(qapp, i18n.Choice("de", chosen=True), tmp_path)
    full = storage_error(OSError(errno.ENOSPC, "No space left on device"), "agenda.ics")
    assert CORE.error(full) == (
        "agenda.ics kann nicht geschrieben werden: Datenträger voll (auf dem Datenträger ist "
        "kein Platz mehr frei)"
    )
    assert CORE.error(SERVER[2]) == (
        "dav.example.org konnte keinen Termin speichern; die CalDAV-Bibliothek meldete: Bad"
    )
    # A text without a code is shown as it is.
    assert CORE.error(StorageError("x", "cannot be written: odd")) == "x: cannot be written: odd"


@pytest.mark.usefixtures("restore_language")
def test_a_failed_export_says_why_in_german(
    qapp, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    i18n.install(qapp, i18n.Choice("de", chosen=True), tmp_path)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    errors = export_calendar_errors(window, monkeypatch, blocker / "agenda.ics")
    [error] = errors
    assert error.endswith("kann nicht geschrieben werden: ein Teil des Pfads ist kein Ordner")


# -- a calendar's stored last failure ----------------------------------------------------
FAILURES = [
    SyncFailure(
        FailureCode.SERVER,
        said=ServerMessage(ServerCode.UNREACHABLE, "dav.example.org", NetworkCause.TIMED_OUT),
    ),
    SyncFailure(FailureCode.STORAGE, storage=StorageCode.NO_FOLDER, location="/home/ana/events"),
    SyncFailure(
        FailureCode.CALENDAR_FILE,
        storage=StorageCode.IS_FOLDER,
        location="/home/ana/live.ics",
        doing="written",
    ),
    SyncFailure(FailureCode.CALENDAR_FILE, location="/home/ana/live.ics", detail="Odd"),
    SyncFailure(FailureCode.EARLIER, detail="dav.example.org cannot be reached (timed out)"),
    SyncFailure(
        FailureCode.STORAGE,
        storage=StorageCode.NOT_REGULAR,
        location="/home/ana/events/x.ics",
        doing="written",
        detail="a named pipe (FIFO)",
    ),
    *(
        SyncFailure(
            FailureCode.PASSWORD,
            password=PasswordMessage(code, "ana", 2, "Odd"),
        )
        for code in PasswordCode
    ),
]


def failed(failure: SyncFailure) -> TargetStatus:
    target = TargetInfo(
        1, "Work", TargetKind.CALDAV, 1, "https://dav.example.org/", last_failure=failure
    )
    return TargetStatus(target, 0, problem=Problem.FAILED)


@pytest.mark.usefixtures("restore_language")
@pytest.mark.parametrize("language", catalogs.LANGUAGES)
def test_a_stored_failure_in_the_language(qapp, tmp_path: Path, language: str) -> None:
    i18n.install(qapp, i18n.Choice(language, chosen=True), tmp_path)
    english = []
    for failure in FAILURES:
        shown = failed(failure).error
        values: tuple[str, ...] = (
            "dav.example.org",
            "/home/ana/events",
            "/home/ana/live.ics",
            "/home/ana/events/x.ics",
            "Odd",
            "ana",
        )
        if failure.code is FailureCode.EARLIER:  # the English is the detail
            values += (failure.detail,)
        phrases = english_phrases(Exception(str(failure)), *values)
        english += [f"{p!r} in {shown!r}" for p in phrases if p in shown]
    assert english == []


@pytest.mark.usefixtures("restore_language")
def test_a_stored_failure_in_german_in_the_status_bar(qapp, tmp_path: Path) -> None:
    i18n.install(qapp, i18n.Choice("de", chosen=True), tmp_path)
    now = datetime(2026, 5, 13, 12, 0, tzinfo=UTC)
    server, _folder, live, _odd, earlier = (failed(f) for f in FAILURES[:5])
    assert summary([server], now).text == (
        "Kalender „Work“ nicht abgeglichen: dav.example.org ist nicht erreichbar "
        "(Zeitüberschreitung)"
    )
    assert live.error == (
        "/home/ana/live.ics kann nicht geschrieben werden: es ist ein Ordner, keine Datei"
    )
    # A line stored in English before failures had codes: under a German sentence.
    assert summary([earlier], now).text == (
        "Kalender „Work“ nicht abgeglichen: dav.example.org cannot be reached (timed out) "
        "(so von einer früheren Version von Planner festgehalten)"
    )


@pytest.mark.usefixtures("restore_language")
def test_an_old_databases_english_line_is_shown_under_a_german_sentence(
    qapp, tmp_path: Path
) -> None:
    """A version-4 database's English last error, read after the upgrade."""
    from planner.services import Planner

    from ..storage.test_migrations import build_old_database

    database = tmp_path / "planner.sqlite3"
    build_old_database(database, 4)
    connection = sqlite3.connect(database)
    connection.execute(
        """INSERT INTO calendar_targets VALUES (1, 1, 'caldav', 'Work',
            'https://dav.example.org/', 0, NULL, 'Demo', '', 'ana', 'echo x',
            '2024-01-01 10:00:00.000000', NULL, '2024-03-01 10:00:00.000000',
            'the server refused to store an event (HTTP 507)')"""
    )
    connection.commit()
    connection.close()
    planner = Planner.open(database)
    try:
        [state] = planner.calendars.states()
    finally:
        planner.close()
    i18n.install(qapp, i18n.Choice("de", chosen=True), tmp_path)
    status = TargetStatus(state.target, state.pending, problem=Problem.FAILED)
    assert status.error == (
        "the server refused to store an event (HTTP 507) "
        "(so von einer früheren Version von Planner festgehalten)"
    )


@pytest.mark.usefixtures("restore_language")
def test_a_failed_edit_says_why_in_the_window_language(
    qapp, window: MainWindow, tmp_path: Path
) -> None:
    """An edit's failure (a star, a status, a note on a full disk or a read-only database)
    goes through the runner's own error path: it showed the core's English under a German
    title. So did a read asked for with `call`."""
    i18n.install(qapp, i18n.Choice("de", chosen=True), tmp_path)
    shown: list[tuple[str, str]] = []
    window.runner.failed.disconnect(window.show_error)  # no modal box in a test
    window.runner.failed.connect(lambda title, text: shown.append((title, text)))

    def fails(_core: Planner) -> Result[None]:
        raise StorageError(DATABASE, code=StorageCode.DISK_FULL, doing="written")

    window.runner.run(fails)
    window.runner.settle()
    window.runner.call(fails, lambda _value: None, error=None)
    window.runner.settle()
    assert shown[0] == (
        "Speichern fehlgeschlagen",
        f"{DATABASE} kann nicht geschrieben werden: Datenträger voll (auf dem Datenträger ist "
        "kein Platz mehr frei)",
    )
    assert shown[1] == shown[0]


@pytest.mark.usefixtures("restore_language")
def test_a_recovered_or_read_only_start_says_what_happened_in_german(qapp, tmp_path: Path) -> None:
    """The start-up's "Database recovered" and "Opened read-only" boxes had German titles
    over the core's English sentence."""
    from planner.domain.errors import Recovery

    i18n.install(qapp, i18n.Choice("de", chosen=True), tmp_path)
    damaged = DatabaseError(DATABASE, DatabaseCode.NOT_SQLITE)
    kept = DATABASE + ".unusable-20261202T134909Z"
    recovered = core_text.STORAGE.recovery(Recovery(DATABASE, damaged, kept))
    assert recovered.startswith(f"{DATABASE} ist keine SQLite-Datenbank")
    assert kept in recovered
    assert "could not be used" not in recovered
    full = StorageError(DATABASE, code=StorageCode.DISK_FULL, doing="changed")
    read_only = core_text.STORAGE.recovery(Recovery(DATABASE, full))
    assert "Datenträger voll" in read_only
    assert "Everything is shown" not in read_only
    # The command line keeps its English.
    assert str(Recovery(DATABASE, damaged, kept)).startswith(
        f"The database {DATABASE} could not be used: is not an SQLite database"
    )


@pytest.mark.usefixtures("restore_language")
def test_a_calendar_file_whose_folder_is_a_file_fails_its_test_in_german(
    qapp, tmp_path: Path
) -> None:
    """The Calendars dialog's Test connection, for a file target: the storage's code was
    flattened into an English PlannerError."""
    from planner.calendars.connection import check_connection

    i18n.install(qapp, i18n.Choice("de", chosen=True), tmp_path)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    location = str(blocker / "agenda.ics")
    target = TargetInfo(0, location, TargetKind.FILE, 1, location)
    with pytest.raises(StorageError) as raised:
        check_connection(None, target)  # type: ignore[arg-type]  # a file needs no database
    said = CORE.error(raised.value)
    assert said.startswith(location)
    assert "ein Teil des Pfads ist kein Ordner" in said


@pytest.mark.usefixtures("restore_language")
def test_a_follower_that_fails_after_a_star_is_said_in_german(
    qapp, window: MainWindow, tmp_path: Path
) -> None:
    """The star is saved; the live calendar file (any follower) could not follow it. The
    status bar showed the follower's English ("the calendar files: … disk full")."""
    i18n.install(qapp, i18n.Choice("de", chosen=True), tmp_path)
    full = StorageError(f"{tmp_path}/agenda.ics", code=StorageCode.DISK_FULL, doing="written")

    class FullDisk:
        name = "the calendar files"

        def agenda_changed(self, _changes: object) -> list[Report]:
            raise full

    said: list[list[str]] = []
    window.runner.problems.connect(said.append)
    core = window.core.get()
    core.subscribers.add(FullDisk())
    try:
        key = window.store.talks[0].key
        conference = window.store.conference
        assert conference is not None
        window.runner.run(lambda planner: planner.agenda.star(conference.id, key))
        window.runner.settle()
    finally:
        core.subscribers.remove(core.subscribers._subscribers[-1])
    assert said == [
        [
            f"{tmp_path}/agenda.ics kann nicht geschrieben werden: Datenträger voll (auf dem "
            "Datenträger ist kein Platz mehr frei)"
        ]
    ]


def test_the_new_codes_english_is_the_command_lines() -> None:
    """A pipe, a socket or a device where a file is written or the database should be,
    and why no password could be had: the English they had as plain text."""
    pipe = StorageError(
        "x.ics", code=StorageCode.NOT_REGULAR, doing="written", detail="a named pipe (FIFO)"
    )
    assert str(pipe) == (
        "x.ics: cannot be written: it is a named pipe (FIFO), not a regular file; Planner "
        "writes only regular files"
    )
    database = StorageError(
        DATABASE, code=StorageCode.NOT_A_DATABASE_FILE, doing="read", detail="a socket"
    )
    assert str(database) == f"{DATABASE}: is a socket, not a database file"
    failed = PasswordMessage(PasswordCode.COMMAND_FAILED_SAYING, status=1, detail="gpg: no key")
    assert str(failed) == "the password command failed (exit 1: gpg: no key)"
    assert str(PasswordMessage(PasswordCode.COMMAND_FAILED, status=1)) == (
        "the password command failed (exit 1)"
    )
    assert str(SyncFailure(FailureCode.PASSWORD, password=failed)) == str(failed)


def test_a_password_failure_is_stored_with_its_code() -> None:
    failure = SyncFailure(
        FailureCode.PASSWORD, password=PasswordMessage(PasswordCode.NOT_IN_KEYRING, "ana")
    )
    assert SyncFailure.from_values(FailureCode.PASSWORD, failure.values()) == failure


@pytest.mark.usefixtures("restore_language")
def test_a_password_command_that_fails_is_said_in_german(qapp, tmp_path: Path) -> None:
    """The real command run by a sync, and by a connection test (naming the calendar)."""
    from planner.calendars import credentials
    from planner.calendars.connection import ConnectionFailed, check_connection
    from planner.calendars.sync import failure_of

    i18n.install(qapp, i18n.Choice("de", chosen=True), tmp_path)
    command = "echo 'gpg: decryption failed' >&2; exit 2"
    with pytest.raises(credentials.CredentialsError) as raised:
        credentials.password("https://dav.example.org/", "ana", command)
    failure = failure_of(raised.value)
    assert failure.code is FailureCode.PASSWORD
    assert str(failure) == "the password command failed (exit 2: gpg: decryption failed)"
    assert CORE.failure(failure) == (
        "der Passwortbefehl ist fehlgeschlagen (Exit-Status 2: gpg: decryption failed)"
    )
    target = TargetInfo(
        0,
        "Work",
        TargetKind.CALDAV,
        1,
        "https://dav.example.org/",
        username="ana",
        password_command="true",
    )
    with pytest.raises(ConnectionFailed) as tested:
        check_connection(None, target)  # type: ignore[arg-type]  # fails before the database
    assert CORE.error(tested.value) == ("Work: der Passwortbefehl hat kein Passwort ausgegeben")


@pytest.mark.usefixtures("restore_language")
def test_a_folder_of_events_that_cannot_be_made_is_said_in_german(qapp, tmp_path: Path) -> None:
    """A vdir folder where a file is: the sync stored the system's English
    (`FailureCode.OTHER`); now the storage's code."""
    from planner.calendars.files import VdirStore
    from planner.calendars.sync import failure_of

    i18n.install(qapp, i18n.Choice("de", chosen=True), tmp_path)
    blocker = tmp_path / "events"
    blocker.write_text("x")
    with pytest.raises(StorageError) as raised:
        VdirStore(blocker, "Work").prepare()
    failure = failure_of(raised.value)
    assert failure.code is FailureCode.STORAGE
    assert str(failure) == "cannot be created: part of the path is not a folder"
    assert CORE.failure(failure) == (
        f"{blocker} kann nicht angelegt werden: ein Teil des Pfads ist kein Ordner"
    )


@pytest.mark.usefixtures("restore_language")
def test_a_pipe_written_over_or_as_the_database_is_said_in_german(qapp, tmp_path: Path) -> None:
    import os

    from planner.atomic import write_atomic
    from planner.storage.reader import check_file

    i18n.install(qapp, i18n.Choice("de", chosen=True), tmp_path)
    pipe = tmp_path / "agenda.ics"
    os.mkfifo(pipe)
    with pytest.raises(StorageError) as raised:
        write_atomic(pipe, b"x")
    assert CORE.error(raised.value) == (
        f"{pipe} kann nicht geschrieben werden: es ist eine benannte Pipe (FIFO), keine "
        "reguläre Datei; Planner schreibt nur reguläre Dateien"
    )
    with pytest.raises(StorageError) as raised:
        check_file(pipe)
    assert str(raised.value) == f"{pipe}: is a named pipe (FIFO), not a database file"
    assert CORE.error(raised.value) == f"{pipe} ist eine benannte Pipe (FIFO), keine Datenbankdatei"


def test_every_storage_error_the_core_raises_has_a_code() -> None:
    """A `StorageError` made from English text is shown in English in every window: each
    one in planner/ is made with a `code` (the command line's English comes from it)."""
    import ast
    from pathlib import Path

    names = {"StorageError", "LockedError", "DiskFullError", "ReadOnlyError"}
    uncoded = []
    for path in Path(__file__).parents[2].joinpath("planner").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in names and not any(k.arg in ("code", None) for k in node.keywords):
                uncoded.append(f"{path.name}:{node.lineno}")
    assert uncoded == []


def test_every_usage_error_and_refusal_the_core_raises_has_a_code() -> None:
    """A `UsageError` made from English text is shown in English in every window: each
    one in planner/ is made `UsageError.of` a `Refusal`, and every `BadInputError` is given
    one (mypy sees the type; this sees text put in its place). The command line's own
    checks of its arguments (planner/cli.py) never reach a window and stay English."""
    import ast
    from pathlib import Path

    planner = Path(__file__).parents[2].joinpath("planner")
    uncoded = []
    for path in planner.rglob("*.py"):
        if path == planner / "cli.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name == "UsageError":
                uncoded.append(f"{path.name}:{node.lineno}")
            problem = [k.value for k in node.keywords if k.arg == "problem"] + node.args[1:2]
            if name == "BadInputError" and any(
                isinstance(value, ast.Constant | ast.JoinedStr | ast.BinOp) for value in problem
            ):
                uncoded.append(f"{path.name}:{node.lineno}")
    assert uncoded == []


@pytest.mark.usefixtures("german")
def test_a_usage_errors_code_keeps_the_command_lines_english() -> None:
    """The core's checks of what it is asked (a busy block, the walking time, an alarm,
    a calendar's password, a value the database cannot keep): the English the command
    line printed before they had codes, and German in the window."""
    from planner.calendars.exports import check_alarm
    from planner.domain.agenda import check_busy_block
    from planner.domain.conflicts import ConflictSettings

    start = datetime(2026, 5, 13, 12, 0, tzinfo=UTC)
    caught: list[UsageError] = []
    for attempt in (
        lambda: check_busy_block(start, start),
        lambda: check_busy_block(start.replace(tzinfo=None), start),
        lambda: check_busy_block(start, datetime(9999, 1, 1, tzinfo=UTC)),
        lambda: ConflictSettings(buffer_minutes=2000),
        lambda: ConflictSettings(room_buffers={frozenset(("K.1", "H.2")): -1}),
        lambda: check_alarm(20_000),
    ):
        with pytest.raises(UsageError) as raised:
            attempt()
        caught.append(raised.value)
    assert [str(error) for error in caught] == [
        "a busy block must end after it starts",
        "busy block times need a time zone",
        "a busy block must start on or after 0002-01-01 and end by 9998-12-31 00:00 UTC",
        "the walking time must be between 0 and 1440 minutes, not 2000",
        "the walking time between H.2 and K.1 must be between 0 and 1440 minutes, not -1",
        "the alarm must be between 0 and 10080 minutes before",
    ]
    assert [CORE.error(error) for error in caught] == [
        "eine belegte Zeit muss nach ihrem Beginn enden",
        "Beginn und Ende einer belegten Zeit brauchen eine Zeitzone",
        "eine belegte Zeit muss am oder nach dem 0002-01-01 beginnen und bis "
        "9998-12-31 00:00 UTC enden",
        "die Wegezeit muss zwischen 0 und 1.440 Minuten liegen, nicht 2.000",
        "die Wegezeit zwischen H.2 und K.1 muss zwischen 0 und 1.440 Minuten liegen, nicht -1",
        "die Erinnerung muss zwischen 0 und 10.080 Minuten vorher liegen",
    ]


@pytest.mark.usefixtures("german")
def test_a_phone_links_bad_program_address_is_said_in_german(planner: Planner) -> None:
    """The share-to-a-phone dialog showed the core's English for an address it refuses
    (and for a link too long for a QR code)."""
    from planner.domain.errors import UsageError
    from planner.sharing import qr

    conference = planner.catalog.conference()
    with pytest.raises(UsageError) as caught:
        planner.phone.giggity_link(conference.id, program_url="ftp://example.org/x.xml")
    assert str(caught.value) == (
        "the program URL must be a web address (http or https), not 'ftp://example.org/x.xml'"
    )
    assert CORE.error(caught.value) == (
        "die Programmadresse muss eine Webadresse sein (http oder https), nicht "
        "„ftp://example.org/x.xml“"
    )
    with pytest.raises(UsageError) as caught:
        qr.make("x" * 3000)
    assert CORE.error(caught.value).startswith("der Link ist 3.000 Byte lang; ein QR-Code fasst")


@pytest.mark.usefixtures("german")
def test_what_a_sync_left_alone_is_said_in_german(tmp_path: Path) -> None:
    """The Calendars dialog lists what a sync left as the user edited it, and the files
    of a folder it did not read: they were English lines."""
    import os

    from planner.calendars.files import VdirStore
    from planner.domain.messages import Note, NoteCode
    from planner.ui.core_text import NOTES

    kept = Note(NoteCode.SYNC_KEPT_YOURS, "Keynote")
    assert str(kept).startswith("“Keynote” was edited in your calendar, so Planner kept")
    assert NOTES.say(kept).startswith("„Keynote“ wurde in Ihrem Kalender bearbeitet")
    folder = tmp_path / "events"
    folder.mkdir()
    os.mkfifo(folder / "pipe.ics")
    store = VdirStore(folder, "Work")
    store.listing()
    [skipped] = store.skipped
    assert str(skipped) == (
        f"{folder / 'pipe.ics'}: not read: is a named pipe (FIFO), not a file; Planner reads "
        "files only"
    )
    assert NOTES.say(skipped) == (
        f"{folder / 'pipe.ics'}: nicht gelesen: ist eine benannte Pipe (FIFO), keine Datei; "
        "Planner liest nur Dateien"
    )


@pytest.mark.usefixtures("german")
def test_a_calendar_the_core_refuses_is_said_in_german(planner: Planner, tmp_path: Path) -> None:
    """The Add-a-calendar dialog showed the core's English for a name already taken and
    a CalDAV address it refuses."""
    from planner.domain.errors import UsageError

    conference_id = planner.catalog.conference().id
    calendars = planner.calendars
    with pytest.raises(UsageError) as caught:
        calendars.draft(conference_id, "Work", caldav="ftp://dav.example.org/")
    assert str(caught.value) == (
        "ftp://dav.example.org/: a CalDAV address must be an http:// or https:// URL"
    )
    assert CORE.error(caught.value) == (
        "ftp://dav.example.org/: eine CalDAV-Adresse muss eine http://- oder https://-Adresse sein"
    )
    work = calendars.draft(conference_id, "Work", vdir=tmp_path / "events")
    calendars.save(work)
    with pytest.raises(UsageError) as caught:
        calendars.draft(conference_id, "Work", vdir=tmp_path / "other")
    assert str(caught.value) == "there is already a calendar target called 'Work'"
    assert CORE.error(caught.value) == "es gibt bereits einen Kalender namens „Work“"


def test_whether_an_error_is_coded_is_asked_of_its_data() -> None:
    """`CORE.coded` is None only for an error the core gave no code; `_follower_said`
    branched on whether the text differed from the English (review 6 #11), which a
    language keeping English words - or English itself - turned the wrong way."""
    full = StorageError("/home/ana/agenda.ics", code=StorageCode.DISK_FULL, doing="written")
    assert CORE.coded(full) is not None
    assert CORE.coded(StorageError("/home/ana/agenda.ics", "cannot be written: odd")) is None
    assert CORE.coded(PlannerError("something")) is None
    assert CORE.coded(BadInputError("/x.json", Refusal(RefusalCode.EMPTY))) is not None
    report = Report("the calendar files", False, f"the calendar files: {full}", fault=full)
    assert _follower_said(report) == CORE.error(full)
    plain = PlannerError("a bug")
    assert _follower_said(Report("x", False, "x: a bug", fault=plain)) == "x: a bug"
