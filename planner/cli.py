"""The `planner` command: the desktop app by default, subcommands for scripts and tests.

The subcommands and their `--json` output are a public interface: add fields and
commands, never rename or drop one. Exit codes: 0 ok, 1 failure, 2 usage error,
3 bad input (one line on stderr naming the file and the problem).
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import io
import re
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO, TypeVar, cast

# Only the standard library and three stdlib-only domain modules until the arguments are
# parsed: `planner --version` or a usage error must not pay for the core, nor the window
# for what only commands use (tests/test_entry_imports.py checks). The rest is imported
# by the command that uses it; `cli_json` on first use.
from planner import __version__
from planner.domain.clock import clock, clock_range
from planner.domain.display import path_text, printable
from planner.domain.errors import (
    BadInputError,
    NotFoundError,
    PlannerError,
    UsageError,
    storage_error,
)


class _ImportedOnFirstUse:
    """Stands for a module until one of its names is first used, then imports it and
    puts it in its own place in this module's globals (later uses go straight to it)."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        import importlib

        module = importlib.import_module(self._name)
        globals()[self._name.rpartition(".")[2]] = module
        return getattr(module, attribute)


if TYPE_CHECKING:
    from planner import cli_json  # every --json document is built there
else:
    cli_json = _ImportedOnFirstUse("planner.cli_json")

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence
    from zoneinfo import ZoneInfo

    from planner.domain.agenda import BusyInfo
    from planner.domain.changes import Result
    from planner.domain.updates import ImportReport
    from planner.paths import AppPaths
    from planner.services import Planner
    from planner.services.catalog import Catalog

    ReadCommand = Callable[[Catalog, argparse.Namespace, TextIO], int]

T = TypeVar("T")

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_BAD_INPUT = 3
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report a command stopped by Ctrl+C


def _one_line(value: object) -> str:
    """A name, title or path inside a line of output: every control character escaped, a
    newline too (`PrintableText` keeps newlines, which end the lines it writes), so that no
    file or argument can forge a line ("Wrote x" then a made-up one)."""
    return printable(str(value))


def _many(count: int, thing: str) -> str:
    """ "1 session", "2 sessions"."""
    return f"{count} {thing}" if count == 1 else f"{count} {thing}s"


def complain(message: str, kind: str = "error") -> None:
    """The one way the CLI writes to stderr: `planner: KIND: MESSAGE`, always one line,
    whatever the message quotes (a file name with a newline or bytes that are not UTF-8,
    a title with terminal escape sequences)."""
    print(f"planner: {kind}: {printable(message)}", file=sys.stderr)


class PrintableText(io.TextIOBase):
    """Human-readable output with every control character from file content (terminal
    escape sequences...) shown as an escape; JSON output is written as it is."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(printable(text, keep="\n\t"))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()


# The parser's choices, spelled out so that parsing needs neither the domain nor the
# formats (tests check that they are `Priority`'s values and `FORMATS`).
PRIORITY_CHOICES = ("must", "want", "maybe")
FORMAT_CHOICES = ("planner", "frab-json", "sessionize", "xcal", "frab-xml", "ical")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, as every error of the command; the usage is one --help away.
        command = self.prog.removeprefix("planner").strip()
        complain(f"{command + ': ' if command else ''}{message} (see: {self.prog} --help)")
        self.exit(EXIT_USAGE)


class _Refused(Exception):
    """The window's short parser met something it does not explain (see `_parse`)."""


class _WindowParser(_Parser):
    def error(self, message: str) -> NoReturn:
        raise _Refused(message)


# SQLite's integers: an id beyond them names nothing that can exist.
_LARGEST_ID = 2**63 - 1


def _identifier(text: str) -> int:
    """An id argument (a conference, a busy block, a colleague's agenda)."""
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= _LARGEST_ID:
        raise argparse.ArgumentTypeError(
            f"an id is a whole number from 1 to {_LARGEST_ID}, not {text!r}"
        )
    return int(text)


def _count(largest: int) -> Callable[[str], int]:
    def count(text: str) -> int:
        if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= largest:
            raise argparse.ArgumentTypeError(
                f"must be a whole number from 1 to {largest}, not {text!r}"
            )
        return int(text)

    return count


def _file_name(text: str) -> str:
    """The type of an argument naming a file Planner reads or writes but never stores:
    its bytes need not be UTF-8 (`_refuse_undecodable`)."""
    return text


def _refuse_undecodable(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Every argument of the command must be UTF-8 text, except the names of files it only
    reads or writes (`type=_file_name`; an http(s) address given there is text too).

    Decided once for every argument, not per command: whatever Planner keeps - a name, a
    key, a title, an address, the file a calendar is written to - is UTF-8 text in its
    database, its iCalendar files and its JSON, and a name with bytes that are not UTF-8
    has no faithful spelling there. Such an argument is refused with one line naming it
    (exit 2) before anything runs; renaming the file, or typing the name again, is all it
    takes. (The database refuses such a value too, as a last line: `storage.db`.)
    """
    chosen: list[argparse.ArgumentParser] = [parser]
    for current in chosen:
        for action in current._actions:
            if isinstance(action, argparse._SubParsersAction):
                name = getattr(args, action.dest, None)
                if name in action.choices:
                    chosen.append(action.choices[name])
                continue
            for value in _strings(getattr(args, action.dest, None)):
                if not _LONE_SURROGATE.search(value):
                    continue
                if action.type is _file_name and not value.lower().startswith(_WEB):
                    continue
                shown = "/".join(action.option_strings) or action.metavar or action.dest
                command = current.prog.removeprefix("planner").strip()
                complain(
                    f"{command}: argument {shown}: '{path_text(value)}' is not UTF-8 text; "
                    "Planner keeps names, keys, addresses and the files it remembers as "
                    "UTF-8 (rename the file, or type the name again)"
                )
                raise SystemExit(EXIT_USAGE)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # bytes os.fsdecode could not decode
_WEB = ("http:", "https:")


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def build_parser(*, window_only: bool = False) -> argparse.ArgumentParser:
    """The command line's parser; `window_only`: only its `gui` command (see `_parse`)."""
    parser_class = _WindowParser if window_only else _Parser
    parser = parser_class(prog="planner", description="Plan your conference agenda offline.")
    parser.add_argument("--version", action="version", version=f"planner {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=_file_name,
        help="keep the database and settings in DIR (also: PLANNER_DATA_DIR)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=parser_class)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        return sub

    sub = add("gui", "start the desktop app (the default); FILE is imported on start")
    sub.add_argument("files", nargs="*", metavar="FILE", type=_file_name)
    sub.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the window, paint it once and exit (packaging checks)",
    )
    sub.add_argument(
        "--lang",
        metavar="CODE",
        help="speak this language for this run (e.g. de, pt_BR; default: View ▸ Language, "
        "else the desktop's)",
    )
    if window_only:
        return parser

    sub = add("conferences", "list the conferences in the database")
    sub.add_argument("--json", action="store_true", help="machine-readable output")

    sub = add("sessions", "list the sessions of a conference")
    sub.add_argument(
        "--conference",
        type=_identifier,
        metavar="ID",
        help="conference id (default: the current one, last shown in the window or imported)",
    )
    sub.add_argument("--starred", action="store_true", help="only starred sessions")
    sub.add_argument("--json", action="store_true", help="machine-readable output")

    sub = add("star", "star a session (or change its priority)")
    sub.add_argument("key", metavar="KEY")
    sub.add_argument("--priority", choices=PRIORITY_CHOICES)
    sub.add_argument("--conference", type=_identifier, metavar="ID")
    sub.add_argument("--json", action="store_true")

    sub = add("unstar", "remove a session's star")
    sub.add_argument("key", metavar="KEY")
    sub.add_argument("--conference", type=_identifier, metavar="ID")
    sub.add_argument("--json", action="store_true")

    sub = add("import", "import a conference program (or update one already imported)")
    sub.add_argument(
        "path", metavar="PATH_OR_URL", type=_file_name, help="a file, or an http(s) address"
    )
    sub.add_argument("--format", default="auto", choices=["auto", *FORMAT_CHOICES])
    sub.add_argument(
        "--tz",
        metavar="ZONE",
        help="IANA time zone for files that do not state one (e.g. Sessionize)",
    )
    sub.add_argument("--json", action="store_true")

    sub = add("conflicts", "list the clashes among the sessions you attend and your busy blocks")
    sub.add_argument("--conference", type=_identifier, metavar="ID")
    sub.add_argument(
        "--buffer",
        type=int,
        metavar="MINUTES",
        help="set the walking time between rooms (default 5)",
    )
    sub.add_argument(
        "--tolerance",
        type=int,
        metavar="MINUTES",
        help="set how many minutes you may leave early or arrive late",
    )
    sub.add_argument(
        "--walk",
        nargs=3,
        action="append",
        metavar=("ROOM_A", "ROOM_B", "MIN"),
        help="set the walking time between two rooms (repeatable)",
    )
    sub.add_argument("--json", action="store_true")

    sub = add("resolve", "resolve clashes: --auto for the best plan, or KEY to attend one session")
    sub.add_argument("key", nargs="?", metavar="KEY")
    sub.add_argument("--auto", action="store_true", help="choose the best clash-free plan")
    sub.add_argument("--dry-run", action="store_true", help="show the changes, change nothing")
    sub.add_argument("--conference", type=_identifier, metavar="ID")
    sub.add_argument("--json", action="store_true")

    sub = add("busy", "your own commitments during the conference (lunch, booth duty)")
    busy = sub.add_subparsers(
        dest="busy_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    busy_add = busy.add_parser("add", help="add a busy block")
    busy_add.add_argument("start", metavar="START", help="e.g. 2019-05-13T12:00 (event's zone)")
    busy_add.add_argument("end", metavar="END")
    busy_add.add_argument("title", metavar="TITLE", nargs="+")
    busy_list = busy.add_parser("list", help="list busy blocks")
    busy_remove = busy.add_parser("remove", help="remove a busy block")
    busy_remove.add_argument("id", type=_identifier, metavar="ID")
    for each in (busy_add, busy_list, busy_remove):
        each.add_argument("--conference", type=_identifier, metavar="ID")
        each.add_argument("--json", action="store_true")

    sub = add(
        "export",
        "export your agenda: to iCalendar (ics), a pocket PDF (pdf) or a spreadsheet (csv)",
    )
    export = sub.add_subparsers(
        dest="export_kind", metavar="KIND", required=True, parser_class=_Parser
    )
    ics = export.add_parser("ics", help="an iCalendar file for any calendar app")
    ics.add_argument("out", metavar="OUT.ics")
    ics.add_argument("--include-plan-b", action="store_true", help="plan B as tentative")
    ics.add_argument("--alarm", type=int, metavar="MINUTES", help="a reminder before each")
    ics.add_argument(
        "--session", action="append", metavar="KEY", help="export only this session (repeatable)"
    )
    ics.add_argument(
        "--live", action="store_true", help="keep OUT rewritten whenever your agenda changes"
    )
    ics.add_argument("--stop-live", action="store_true", help="stop rewriting the live file")
    pdf = export.add_parser("pdf", help="a pocket agenda, day by day")
    pdf.add_argument("out", metavar="OUT.pdf", type=_file_name)
    csv = export.add_parser("csv", help="your starred sessions as CSV, for spreadsheets")
    csv.add_argument("out", metavar="OUT.csv", type=_file_name)
    for each in (ics, pdf, csv):
        each.add_argument("--conference", type=_identifier, metavar="ID")
        each.add_argument("--json", action="store_true")

    sub = add("agenda", "share agendas with colleagues")
    agenda = sub.add_subparsers(
        dest="agenda_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    agenda_export = agenda.add_parser("export", help="write your agenda to share")
    agenda_export.add_argument("out", metavar="OUT.planner-agenda", type=_file_name)
    agenda_export.add_argument("--name", default="", help="your name, as colleagues see it")
    agenda_import = agenda.add_parser(
        "import", help="show a colleague's agenda (or your phone's favourites) beside yours"
    )
    agenda_import.add_argument(
        "file",
        metavar="LINK_OR_FILE",
        type=_file_name,
        help="a .planner-agenda file, their exported .ics, a Giggity link, or the favourites "
        "of FOSDEM Companion (.ics), Sojourner or the FOSDEM PWA (.csv) or EventFahrplan",
    )
    agenda_import.add_argument("--name", default="", help="how to call them (default: theirs)")
    agenda_import.add_argument(
        "--merge", action="store_true", help="also star what they attend (as maybe)"
    )
    agenda_import.add_argument(
        "--priority",
        choices=PRIORITY_CHOICES,
        default="maybe",
        help="priority for merged stars",
    )
    agenda_link = agenda.add_parser(
        "link", help="a Giggity link (and QR code) to carry your agenda on your phone"
    )
    agenda_link.add_argument(
        "--program-url",
        metavar="URL",
        help="where the program is published, as Giggity loads it (remembered)",
    )
    agenda_link.add_argument("--include-plan-b", action="store_true", help="plan B as well")
    agenda_link.add_argument(
        "--qr",
        metavar="OUT.png|OUT.svg",
        type=_file_name,
        help="also write the link as a QR code",
    )
    agenda.add_parser("list", help="colleagues' agendas")
    agenda_compare = agenda.add_parser("compare", help="where you and a colleague agree")
    agenda_compare.add_argument("id", type=_identifier, metavar="ID")
    agenda_merge = agenda.add_parser("merge", help="star what a colleague attends")
    agenda_merge.add_argument("id", type=_identifier, metavar="ID")
    agenda_merge.add_argument("--priority", choices=PRIORITY_CHOICES, default="maybe")
    agenda_remove = agenda.add_parser("remove", help="remove a colleague's agenda")
    agenda_remove.add_argument("id", type=_identifier, metavar="ID")
    for each in agenda.choices.values():
        each.add_argument("--conference", type=_identifier, metavar="ID")
        each.add_argument("--json", action="store_true")

    sub = add("calendar", "calendars Planner keeps in sync with your agenda (CalDAV, a folder)")
    calendar = sub.add_subparsers(
        dest="calendar_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    calendar_add = calendar.add_parser(
        "add", help="add a CalDAV calendar or a folder of events (vdir) to keep in sync"
    )
    calendar_add.add_argument("name", metavar="NAME", help="what to call it here")
    where = calendar_add.add_mutually_exclusive_group(required=True)
    where.add_argument("--caldav", metavar="URL", help="the server's or the calendar's address")
    where.add_argument("--vdir", metavar="DIR", help="a folder, one .ics file per event")
    calendar_add.add_argument(
        "--calendar",
        metavar="CALNAME",
        default="",
        help="the calendar to use or create (default: “<conference> — my agenda”)",
    )
    calendar_add.add_argument("--username", metavar="USER", default="")
    calendar_add.add_argument(
        "--password-command",
        metavar="CMD",
        default="",
        help="a command that prints the password (instead of the desktop keyring)",
    )
    calendar_add.add_argument("--conference", type=_identifier, metavar="ID")
    calendar_add.add_argument(
        "--include-plan-b", action="store_true", help="plan B as tentative, free time"
    )
    calendar_add.add_argument("--alarm", type=int, metavar="MIN", help="a reminder before each")
    calendar.add_parser("list", help="the calendars kept in sync, and how they are")
    calendar_remove = calendar.add_parser("remove", help="stop keeping a calendar in sync")
    calendar_remove.add_argument("name", metavar="NAME")
    calendar_sync = calendar.add_parser("sync", help="bring the calendars up to date now")
    calendar_sync.add_argument("name", nargs="?", metavar="NAME", help="only this one")
    for each in calendar.choices.values():
        each.add_argument("--json", action="store_true")

    sub = add("suggest", "suggest sessions for the free time in your agenda")
    sub.add_argument("--conference", type=_identifier, metavar="ID")
    sub.add_argument("--per-gap", type=_count(50), default=3, metavar="N")
    sub.add_argument("--json", action="store_true")
    return parser


# -- output ------------------------------------------------------------------------------
def _print_json(value: Any, out: TextIO) -> None:
    from planner.json_text import indented  # json.dumps(..., indent=2)'s text, faster

    out.write(indented(value) + "\n")


def _warn(result: Result[T]) -> T:
    """The value of a committed change; what followed it and failed (the live calendar
    file...) is told on stderr, but the change stands and the command succeeds."""
    for problem in result.problems:
        complain(problem.message, "warning")
    return result.value


# -- commands ----------------------------------------------------------------------------
def _conference_id(catalog: Catalog, given: int | None) -> tuple[int, ZoneInfo]:
    conference = catalog.conference(given)
    return conference.id, conference.zone


# Read commands need only the catalog: they read on the standard library's sqlite3 (no
# SQLAlchemy) whenever the database is there to be read as it is (see `_command`).
def cmd_conferences(catalog: Catalog, args: argparse.Namespace, out: TextIO) -> int:
    conferences = catalog.conferences()
    if args.json:
        current = catalog.current_conference_id()
        _print_json(
            [{**cli_json.conference_json(c), "current": c.id == current} for c in conferences],
            out,
        )
        return EXIT_OK
    if not conferences:
        print("No conferences yet. Import one with: planner import FILE", file=out)
    for c in conferences:
        print(
            f"{c.id:>3}  {_one_line(c.title)}  {c.start:%d %b}–{c.end:%d %b %Y}  {c.time_zone}  "
            f"{_many(c.talk_count, 'session')}",
            file=out,
        )
        if c.notice:
            print(f"     Note: {_one_line(c.notice)}", file=out)
    return EXIT_OK


def cmd_sessions(catalog: Catalog, args: argparse.Namespace, out: TextIO) -> int:
    conference_id, zone = _conference_id(catalog, args.conference)
    talks = catalog.talks(conference_id, starred_only=args.starred)
    if args.json:
        _print_json([cli_json.session_json(talk, zone) for talk in talks], out)
        return EXIT_OK
    for talk in talks:
        mark = {None: " ", "must": "★", "want": "☆", "maybe": "·"}[
            talk.star.priority.value if talk.star else None
        ]
        day = talk.start.astimezone(zone)
        speakers = _one_line(", ".join(talk.speaker_names))
        flags = " (cancelled)" if talk.cancelled else ""
        print(
            f"{mark} {day:%a %d %b} {clock_range(talk.start, talk.end, zone)}  "
            f"{_one_line(talk.room):<20.20}  {_one_line(talk.title)}{flags}"
            + (f" — {speakers}" if speakers else "")
            + f"  [{talk.key}]",
            file=out,
        )
    return EXIT_OK


def cmd_star(planner: Planner, args: argparse.Namespace, out: TextIO) -> int:
    from planner.domain.agenda import Priority

    conference_id, zone = _conference_id(planner.catalog, args.conference)
    priority = Priority(args.priority) if args.priority else None
    _warn(planner.agenda.star(conference_id, args.key, priority))
    talk = planner.catalog.talk(conference_id, args.key)
    if args.json:
        _print_json(cli_json.session_json(talk, zone), out)
    else:
        assert talk.star is not None
        print(f"Starred ({talk.star.priority.label}): {_one_line(talk.title)}", file=out)
    return EXIT_OK


def cmd_unstar(planner: Planner, args: argparse.Namespace, out: TextIO) -> int:
    conference_id, _zone = _conference_id(planner.catalog, args.conference)
    talk = planner.catalog.talk(conference_id, args.key)
    removed = _warn(planner.agenda.unstar(conference_id, args.key)).before is not None
    if args.json:
        _print_json(cli_json.unstarred_json(args.key, talk.title, removed), out)
    else:
        print(("Unstarred: " if removed else "Was not starred: ") + talk.title, file=out)
    return EXIT_OK


def print_report(report: ImportReport, out: TextIO) -> None:
    if report.unchanged:
        print(
            f"“{_one_line(report.title)}” is up to date ({_one_line(report.source)} has not "
            "changed)",
            file=out,
        )
        return
    print(_one_line(report.summary()), file=out)
    for change in report.changes:
        print(f"  {_one_line(change.describe())}", file=out)
    for warning in report.warnings:
        print(f"  warning: {_one_line(warning)}", file=out)


def cmd_import(planner: Planner, args: argparse.Namespace, out: TextIO) -> int:
    report = _warn(planner.imports.source(args.path, args.format, args.tz))
    if args.json:
        _print_json(cli_json.import_report_json(report), out)
    else:
        print_report(report, out)
    return EXIT_OK


def _sets_conflict_settings(args: argparse.Namespace) -> bool:
    return args.buffer is not None or args.tolerance is not None or bool(args.walk)


def cmd_set_conflict_settings(planner: Planner, args: argparse.Namespace, out: TextIO) -> int:
    """`planner conflicts --buffer/--tolerance/--walk`: store the settings, then list."""
    from planner.domain.conflicts import ConflictSettings

    conference_id, _ = _conference_id(planner.catalog, args.conference)
    settings = planner.agenda.conflict_settings(conference_id)
    walks = dict(settings.room_buffers)
    for room_a, room_b, minutes in args.walk or []:
        if not (minutes.isascii() and minutes.isdigit()):
            raise UsageError(
                f"the walking time between {room_a} and {room_b} must be a whole number "
                f"of minutes from 0 to 1440, not {minutes!r}"
            )
        walks[frozenset((room_a, room_b))] = int(minutes)
    settings = ConflictSettings(
        settings.buffer_minutes if args.buffer is None else args.buffer,
        settings.tolerance_minutes if args.tolerance is None else args.tolerance,
        walks,
    )
    _warn(planner.agenda.set_conflict_settings(conference_id, settings))
    return cmd_conflicts(planner.catalog, args, out)


def cmd_conflicts(catalog: Catalog, args: argparse.Namespace, out: TextIO) -> int:
    from planner.domain.conflicts import FindingKind

    conference_id, zone = _conference_id(catalog, args.conference)
    settings = catalog.conflict_settings(conference_id)
    detection = catalog.conflicts(conference_id)
    if args.json:
        _print_json(cli_json.conflicts_json(conference_id, settings, detection, zone), out)
        return EXIT_OK
    if not detection.findings:
        print("No clashes in your agenda.", file=out)
    for number, group in enumerate(detection.sets, 1):
        start = group.start.astimezone(zone)
        print(
            f"Clash {number}, {start:%a %d %b} {clock(group.start, zone)} "
            f"({group.overlap_minutes} min overlap):",
            file=out,
        )
        for member in group.members:
            print(
                f"  {clock_range(member.start, member.end, zone)}"
                f"  {_one_line(member.title)}  [{member.label}; {member.key}]",
                file=out,
            )
    for finding in detection.findings:
        if finding.kind is not FindingKind.OVERLAP:
            print(f"{finding.kind.value}: {_one_line(finding.describe())}", file=out)
    return EXIT_OK


def cmd_resolve(planner: Planner, args: argparse.Namespace, out: TextIO) -> int:
    conference_id, zone = _conference_id(planner.catalog, args.conference)
    if args.auto == bool(args.key):
        raise UsageError("give either --auto or a session KEY")
    if args.auto:
        resolution = _warn(planner.agenda.resolve_auto(conference_id, dry_run=args.dry_run))
        if args.json:
            _print_json(cli_json.resolution_json(resolution, args.dry_run, zone), out)
            return EXIT_OK
        verb = "Would change" if args.dry_run else "Changed"
        if not resolution.changes:
            print("Nothing to change: your agenda is already the best plan.", file=out)
        for decision in resolution.changes:
            print(
                f"{verb}: {_one_line(decision.title)}: {decision.previous.label} → "
                f"{decision.status.label} ({decision.reason})",
                file=out,
            )
        for group in resolution.unresolved:
            print(
                "Your decision: these clash and none can be dropped automatically: "
                + ", ".join(f"“{_one_line(m.title)}” ({m.label})" for m in group.members),
                file=out,
            )
        for finding in resolution.unresolved_transfers:
            print(f"Your decision: {_one_line(finding.describe())}", file=out)
        return EXIT_OK
    if args.dry_run:
        raise UsageError("--dry-run goes with --auto")
    changes = _warn(planner.agenda.resolve_keep(conference_id, args.key))
    if args.json:
        _print_json(cli_json.kept_json(args.key, changes), out)
    else:
        for key, (old, new) in changes.items():
            print(f"{key}: {'not starred' if old is None else old.label} → {new.label}", file=out)
        if not changes:
            print("Nothing to change.", file=out)
    return EXIT_OK


def _parse_moment(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError as error:
        raise UsageError(f"not a date and time: {text!r} (use e.g. 2019-05-13T12:30)") from error


def _parse_span(start_text: str, end_text: str, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """A busy block's start and end; a time without an offset is in the conference's zone,
    read as program files are (`local_span`: an end moves with a start the zone skips)."""
    from planner.formats.times import local_moment, local_span

    start, end = _parse_moment(start_text), _parse_moment(end_text)
    try:
        if start.tzinfo is None and end.tzinfo is None:
            return local_span(start, end, zone)
        return (
            start if start.tzinfo else local_moment(start, zone)[0],
            end if end.tzinfo else local_moment(end, zone)[0],
        )
    except OverflowError as error:
        raise UsageError(f"{start_text!r} to {end_text!r} is beyond the calendar") from error


def cmd_busy_list(catalog: Catalog, args: argparse.Namespace, out: TextIO) -> int:
    conference_id, zone = _conference_id(catalog, args.conference)
    blocks = catalog.busy_blocks(conference_id)
    if args.json:
        _print_json([cli_json.busy_json(b, zone) for b in blocks], out)
        return EXIT_OK
    print("\n".join(_busy_line(b, zone) for b in blocks) or "No busy blocks.", file=out)
    return EXIT_OK


def cmd_busy(planner: Planner, args: argparse.Namespace, out: TextIO) -> int:
    if args.busy_command == "list":
        return cmd_busy_list(planner.catalog, args, out)
    conference_id, zone = _conference_id(planner.catalog, args.conference)
    if args.busy_command == "add":
        busy = _warn(
            planner.agenda.add_busy(
                conference_id,
                " ".join(args.title),
                *_parse_span(args.start, args.end, zone),
            )
        )
        result: Any = cli_json.busy_json(busy, zone)
        text = f"Added busy block {busy.id}: {_one_line(busy.title)}"
    else:
        busy = _warn(planner.agenda.remove_busy(args.id))
        result = cli_json.busy_json(busy, zone)
        text = f"Removed busy block {busy.id}: {_one_line(busy.title)}"
    if args.json:
        _print_json(result, out)
    else:
        print(text, file=out)
    return EXIT_OK


def _busy_line(busy: BusyInfo, zone: ZoneInfo) -> str:
    title = _one_line(busy.title)
    if not busy.in_calendar:  # saved by an older Planner: in UTC, which cannot overflow
        return (
            f"{busy.id:>3}  {busy.start:%Y-%m-%d %H:%M}–{busy.end:%Y-%m-%d %H:%M} UTC  {title}"
            f"  (beyond the dates Planner keeps; `planner busy remove {busy.id}` removes it)"
        )
    return (
        f"{busy.id:>3}  {busy.start.astimezone(zone):%a %d %b} "
        f"{clock_range(busy.start, busy.end, zone)}  {title}"
    )


def cmd_suggest(catalog: Catalog, args: argparse.Namespace, out: TextIO) -> int:
    conference_id, zone = _conference_id(catalog, args.conference)
    suggestions = catalog.suggestions(conference_id, max(1, args.per_gap))
    if args.json:
        _print_json([cli_json.suggestion_json(s, zone) for s in suggestions], out)
        return EXIT_OK
    if not suggestions:
        print("No suggestions: star a few sessions first, or your agenda is full.", file=out)
    current = None
    for item in suggestions:
        if item.gap != current:
            current = item.gap
            print(
                f"Free {item.gap.start.astimezone(zone):%a %d %b} "
                f"{clock_range(item.gap.start, item.gap.end, zone)}:",
                file=out,
            )
        print(
            f"  {clock(item.talk.start, zone)}  {_one_line(item.talk.title)}  "
            f"({'; '.join(item.reasons)})  [{item.talk.key}]",
            file=out,
        )
    return EXIT_OK


def cmd_export(planner: Planner, args: argparse.Namespace, out: TextIO) -> int:
    conference_id, _ = _conference_id(planner.catalog, args.conference)
    target = Path(args.out)
    if args.export_kind == "pdf":
        from planner.ui.printing import export_pdf  # Qt renders the PDF

        pages = export_pdf(planner, conference_id, target)
        result: dict[str, Any] = cli_json.pdf_written_json(target, pages)
        text = f"Wrote {_one_line(target)} ({_many(pages, 'page')})"
    elif args.export_kind == "csv":
        rows = planner.exports.csv(conference_id, target)
        result = cli_json.csv_written_json(target, rows)
        text = f"Wrote {_one_line(target)} ({_many(rows, 'session')})"
    elif args.stop_live:
        _warn(planner.exports.set_live_calendar(conference_id, None))
        result = cli_json.live_json(None)
        text = "The live calendar file is no longer updated."
    elif args.live:
        if args.session:
            raise UsageError("--live exports the whole agenda, not single sessions")
        chosen = planner.exports.set_live_calendar(
            conference_id, target, include_plan_b=args.include_plan_b, alarm_minutes=args.alarm
        )
        for problem in chosen.problems:  # the file is the point of this command
            raise PlannerError(problem.message)
        result = cli_json.live_json(target)
        text = f"Wrote {_one_line(target)}; it will be rewritten whenever your agenda changes."
    else:
        count = _warn(
            planner.exports.ics(
                conference_id,
                target,
                include_plan_b=args.include_plan_b,
                alarm_minutes=args.alarm,
                keys=args.session,
            )
        )
        result = cli_json.ics_written_json(target, count)
        text = f"Wrote {_one_line(target)} ({_many(count, 'event')})"
    if args.json:
        _print_json(result, out)
    else:
        print(text, file=out)
    return EXIT_OK


def cmd_agenda_read(catalog: Catalog, args: argparse.Namespace, out: TextIO) -> int:
    """`planner agenda list` and `planner agenda compare ID`."""
    document: Any
    if args.agenda_command == "list":
        conference_id, zone = _conference_id(catalog, args.conference)
        overlays = catalog.overlays(conference_id)
        document = [cli_json.overlay_json(o, zone) for o in overlays]
        lines = [
            f"{o.id:>3}  {_one_line(o.name)}  ({len(o.attending())} attending)" for o in overlays
        ]
        lines = lines or ["No colleagues' agendas."]
    else:
        _, zone = _conference_id(catalog, args.conference)
        comparison = catalog.compare(args.id)
        talks = {t.key: t for t in catalog.talks(comparison.overlay.conference_id)}

        document = cli_json.comparison_json(args.id, comparison, talks, zone)
        name = _one_line(comparison.overlay.name)
        lines = [
            f"Both of you: {_many(len(comparison.shared), 'session')}; only you: "
            f"{len(comparison.only_mine)}; only {name}: {len(comparison.only_theirs)}"
        ]
        lines += [f"  together: {_one_line(talks[k].title)}" for k in comparison.shared]
        lines += [
            f"  free together: {a.astimezone(zone):%a} {clock_range(a, b, zone)}"
            for a, b in comparison.common_free
        ]
    if args.json:
        _print_json(document, out)
    else:
        print("\n".join(lines), file=out)
    return EXIT_OK


def cmd_agenda(planner: Planner, args: argparse.Namespace, out: TextIO) -> int:
    from planner.domain.agenda import Priority

    action = args.agenda_command
    if action in ("list", "compare"):
        return cmd_agenda_read(planner.catalog, args, out)
    if action == "import":
        result = _warn(planner.phone.import_shared(args.file, args.conference, args.name))
        zone = planner.catalog.conference(result.overlay.conference_id).zone
        merged = (
            _warn(planner.sharing.merge_overlay(result.overlay.id, Priority(args.priority)))
            if args.merge
            else []
        )
        document: Any = cli_json.agenda_import_json(result, merged, zone)
        whose = (
            f"the {result.app} favourites"
            if result.app
            else f"{_one_line(result.overlay.name)}'s agenda"
        )
        sessions = _many(len(result.overlay.sessions), "session")
        lines = [
            f"Replaced {whose} imported before with this one ({sessions}), overlay "
            f"{result.overlay.id}."
            if result.replaced
            else f"Added {whose} ({sessions}) as overlay {result.overlay.id}."
        ]
        lines += [
            f"  not in this program: {_one_line(s.title)} ({clock(s.start, zone, '%a %H:%M')})"
            for s in result.unmatched
        ]
        lines += [f"  not imported: {_one_line(item)}" for item in result.not_imported]
        if result.other_program_version:
            lines.append("  note: it was made from another version of the program")
        if merged:
            lines.append(
                f"  starred {len(merged)} of their {'session' if len(merged) == 1 else 'sessions'}"
                f" as {args.priority}"
            )
    else:
        conference_id, zone = _conference_id(planner.catalog, args.conference)
        if action == "link":
            document, lines = _phone_link(planner, args, conference_id, zone)
        elif action == "export":
            count = planner.sharing.export_agenda(conference_id, Path(args.out), args.name)
            document = cli_json.agenda_written_json(args.out, count)
            lines = [f"Wrote {_one_line(args.out)} ({_many(count, 'session')})"]
        elif action == "remove":
            _warn(planner.sharing.remove_overlay(args.id))
            document = cli_json.overlay_removed_json(args.id)
            lines = [f"Removed overlay {args.id}."]
        else:
            merged = _warn(planner.sharing.merge_overlay(args.id, Priority(args.priority)))
            document = cli_json.merged_json(args.id, merged)
            lines = [f"Starred {_many(len(merged), 'session')} as {args.priority}."]
    if args.json:
        _print_json(document, out)
    else:
        print("\n".join(lines), file=out)
    return EXIT_OK


def _ask_password(username: str) -> str | None:
    """The password for a new CalDAV target: asked on a terminal, else one line of stdin."""
    if not username:
        return None
    if sys.stdin is None:
        return None
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(f"Password for {username}: ")
    return sys.stdin.readline().rstrip("\r\n") or None


def cmd_calendar(planner: Planner, args: argparse.Namespace, out: TextIO) -> int:
    calendars = planner.calendars
    action = args.calendar_command
    if action == "add":
        conference_id, _ = _conference_id(planner.catalog, args.conference)
        password = None
        if args.caldav and not args.password_command:
            password = _ask_password(args.username)
        if args.vdir and password:
            raise UsageError("a folder needs no user name or password")
        drafted = calendars.draft(
            conference_id,
            args.name,
            caldav=args.caldav,
            vdir=Path(args.vdir) if args.vdir else None,
            calendar_name=args.calendar,
            username=args.username,
            password_command=args.password_command,
            include_plan_b=args.include_plan_b,
            alarm_minutes=args.alarm,
        )
        # Tested before anything is kept: a target that cannot be reached or written is
        # refused with the database (and the keyring) as they were.
        found = calendars.test_connection(drafted, password).value
        target = calendars.save(drafted, password).value
        if args.json:
            _print_json(cli_json.target_json(calendars.target(target.name), None), out)
        else:
            print(f"Added {_one_line(target.name)}: {_one_line(str(found))}", file=out)
            print(
                f"Send your agenda there with: planner calendar sync {_one_line(target.name)}",
                file=out,
            )
        return EXIT_OK
    if action == "remove":
        target = calendars.remove(args.name).value
        if args.json:
            _print_json(cli_json.target_removed_json(target.name), out)
        else:
            print(f"Removed {_one_line(target.name)} (what it holds stays there).", file=out)
        return EXIT_OK
    if action == "list":
        listed = calendars.targets()
        rows = [(t, calendars.pending(t)) for t in listed]
        if args.json:
            _print_json([cli_json.target_json(t, pending) for t, pending in rows], out)
            return EXIT_OK
        if not rows:
            print("No calendars. Add one with: planner calendar add NAME --caldav URL", file=out)
        for target, pending in rows:
            state = (
                f"failed: {_one_line(target.last_error)}"
                if target.last_error
                else f"synced {target.last_sync:%Y-%m-%d %H:%M} UTC"
                if target.last_sync
                else "never synced"
            )
            waiting = f", {pending} changes waiting" if pending else ""
            print(
                f"{_one_line(target.name)}  ({target.kind.label}, conference "
                f"{target.conference_id})  {_one_line(target.location)}  {state}{waiting}",
                file=out,
            )
        return EXIT_OK
    reports = calendars.sync(args.name)
    if args.json:
        _print_json([cli_json.sync_report_json(report) for report in reports], out)
    else:
        if not reports:
            print("No calendars to sync.", file=out)
        for report in reports:
            print(_one_line(report.summary()), file=out)
            for line in (*report.conflicts, *report.notes):
                print(f"  {_one_line(line)}", file=out)
    for report in reports:
        if report.error:
            complain(f"{report.target}: {report.error}")
    return EXIT_OK if all(report.ok for report in reports) else EXIT_FAILURE


def _phone_link(
    planner: Planner, args: argparse.Namespace, conference_id: int, zone: ZoneInfo
) -> tuple[dict[str, Any], list[str]]:
    if args.qr and Path(args.qr).suffix.lower() not in (".png", ".svg"):
        raise UsageError(f"--qr writes a .png or an .svg file, not {args.qr!r}")
    share = _warn(
        planner.phone.giggity_link(
            conference_id, program_url=args.program_url, include_plan_b=args.include_plan_b
        )
    )
    if args.qr:
        planner.phone.save_qr(share.link, Path(args.qr))
    document = cli_json.phone_link_json(share, args.qr, zone)
    lines = [
        share.link,
        f"  {_many(len(share.linked), 'session')}; open the link on a phone with Giggity installed "
        f"(program: {share.feed_url})",
    ]
    lines += [
        f"  not in the link (its program gives it no id): {_one_line(t.title)}"
        for t in share.not_linked
    ]
    if args.qr:
        lines.append(f"  QR code: {_one_line(args.qr)}")
    return document, lines


COMMANDS: dict[str, Callable[[Planner, argparse.Namespace, TextIO], int]] = {
    "star": cmd_star,
    "unstar": cmd_unstar,
    "import": cmd_import,
    "conflicts": cmd_set_conflict_settings,
    "resolve": cmd_resolve,
    "busy": cmd_busy,
    "export": cmd_export,
    "agenda": cmd_agenda,
    "calendar": cmd_calendar,
}
# Commands that only read: they need only the catalog, which reads on the standard
# library's sqlite3 (no SQLAlchemy) whenever the database is there to be read as it is
# (see `_command`). The others open the core. A command that writes as well as reads
# (`conflicts --buffer`...) writes with the core, then reads with the core's catalog.
READ_COMMANDS: dict[str, ReadCommand] = {
    "conferences": cmd_conferences,
    "sessions": cmd_sessions,
    "suggest": cmd_suggest,
}


# Commands whose use cases run as well on the standard library's sqlite3 as on the core's
# connections (`Planner.open_plain`): storing a program is SQL, reading is the queries.
# Into a database there is nothing to do to first, they load no SQLAlchemy.
PLAIN_COMMANDS = frozenset({"import"})


def read_command(args: argparse.Namespace) -> ReadCommand | None:
    """The read that is the whole of this command line, or None if it writes."""
    if args.command == "conflicts":
        return None if _sets_conflict_settings(args) else cmd_conflicts
    if args.command == "busy":
        return cmd_busy_list if args.busy_command == "list" else None
    if args.command == "agenda":
        return cmd_agenda_read if args.agenda_command in ("list", "compare") else None
    return READ_COMMANDS.get(args.command)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a command runs.

    A command builds many objects that all stay alive until it ends (reading a 20,000-
    session program allocates hundreds of thousands), so the collector's scans find nothing
    to free but cost 15-25% of the work; importing the core (SQLAlchemy, the schema) is
    paused too (81 M instructions of `planner import`'s 2,900 M). Pausing it is a decision
    for the whole process, which only the command line may take: it runs one command on
    one thread and exits. The window pauses it only until its first paint, before any of
    its worker threads runs (`_run`).
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _normalise_argv(argv: list[str]) -> list[str]:
    """`planner FILE...` opens the app with those files: insert the implicit `gui`."""
    known = {*COMMANDS, *READ_COMMANDS, "gui"}
    index = 0
    while index < len(argv) and argv[index] not in known:  # `planner --lang de [FILE...]`
        if argv[index] == "--lang" or argv[index].startswith("--lang="):
            return [*argv[:index], "gui", *argv[index:]]
        index += 2 if argv[index] == "--data-dir" else 1
    if argv and argv[-1] == "--smoke-test" and not any(a in known for a in argv):
        return [*argv[:-1], "gui", "--smoke-test"]
    first = _first_word(argv)
    if first is not None and argv[first] not in known:
        return [*argv[:first], "gui", *argv[first:]]
    return argv


def _first_word(argv: list[str]) -> int | None:
    """Where the first word of `argv` that is neither an option nor --data-dir's value is
    (the command, or a file to open), or None."""
    index = 0
    while index < len(argv):
        if argv[index] == "--data-dir":
            index += 2
        elif argv[index].startswith("-"):
            index += 1
        else:
            return index
    return None


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    for stream in (sys.stderr, out or sys.stdout):  # never a traceback for a character
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    try:
        return _run(argv, out or sys.stdout)
    except KeyboardInterrupt:
        # Ctrl+C before the command opened the database, or while it ran (a download...)
        # before it committed anything: what was running has been rolled back.
        complain("interrupted", "stopped")
        return EXIT_INTERRUPTED
    finally:
        if argv is None:  # the process's own command line: Python exits next
            _frozen_for_exit()


def _frozen_for_exit() -> None:
    """Leave everything alive now out of the collections Python makes while it exits.

    At exit the interpreter runs its cycle collector over the whole heap several times
    (whether or not it is enabled) as it takes the modules down: ~100 M instructions
    after `planner import`, for objects that refcounting frees anyway as each module goes
    and for memory the process returns in one piece. `gc.freeze` moves them to a
    generation no collection looks at. Nothing is lost: Python never promises to
    finalize objects still alive when it exits, and every file, database and server
    connection has been closed by the command itself."""
    gc.freeze()


def _parse(argv: list[str]) -> argparse.Namespace:
    """The arguments, as the full parser reads them. A start of the window builds only the
    `gui` command's parser: the full one, with its twenty-odd commands, is ~37 M
    instructions (~5 ms) of the start. Whatever the short one refuses, and every --help,
    goes to the full parser, which says it exactly as before."""
    normalised = _normalise_argv(argv)
    first = _first_word(normalised)
    if (first is None or normalised[first] == "gui") and not {"-h", "--help"} & set(argv):
        short = build_parser(window_only=True)
        try:
            args = short.parse_args(normalised)
            _refuse_undecodable(short, args)
        except _Refused:
            pass
        else:
            return args
    parser = build_parser()
    args = parser.parse_args(normalised)
    _refuse_undecodable(parser, args)
    return args


def _run(argv: Sequence[str] | None, out: TextIO) -> int:
    args = _parse(list(sys.argv[1:] if argv is None else argv))
    from planner.paths import AppPaths

    paths = AppPaths.resolve(args.data_dir)
    if args.command in (None, "gui"):
        # The collector is paused until the window's first paint (`run_gui` resumes it then,
        # before any worker thread starts): a start builds modules, classes and the view it
        # paints, all of which live on, and the collector walked the whole heap again each
        # time it grew by a quarter - 62 M instructions before the first paint (issue 18).
        gc.disable()
        try:
            from planner.ui.app import run_gui  # Qt is loaded only for the desktop app

            return run_gui(
                paths,
                [Path(f) for f in getattr(args, "files", [])],
                smoke_test=getattr(args, "smoke_test", False),
                lang=getattr(args, "lang", None),
            )
        finally:
            gc.enable()  # (a start that ended before its first paint)
    if not getattr(args, "json", False):
        out = cast("TextIO", PrintableText(out))
    try:
        return _command(args, paths, out)
    except _NotOpened as error:
        complain(str(error))
        return EXIT_FAILURE
    except BadInputError as error:
        complain(str(error))
        return EXIT_BAD_INPUT
    except (NotFoundError, UsageError) as error:
        complain(str(error))
        return EXIT_USAGE
    except PlannerError as error:
        complain(str(error))
        return EXIT_FAILURE
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error worth a traceback.
        sys.stderr.close()
        return EXIT_OK
    except OSError as error:  # an OS call outside the classified paths: still one line
        complain(str(storage_error(error, path_text(error.filename or "planner"), "used")))
        return EXIT_FAILURE


class _NotOpened(PlannerError):
    """The database could not be opened: said, and the exit code is 1 whatever the kind."""


def _command(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    """Run the command. A read command reads on the standard library's sqlite3 when the
    database can be read as it is, and `import` writes on it when the database is current
    (`PLAIN_COMMANDS`); otherwise (and for every other command) the core is opened -
    SQLAlchemy and the schema - which creates, upgrades or fills the database with the
    bundled program first."""
    with _collector_paused():  # from the first import of the core on
        return _paused_command(args, paths, out)


def _paused_command(args: argparse.Namespace, paths: AppPaths, out: TextIO) -> int:
    read = read_command(args)
    if read is not None:
        from planner.services.catalog import Catalog

        try:
            catalog = Catalog.open_read_only(paths.database)
        except PlannerError as error:
            raise _NotOpened(str(error)) from error
        if catalog is not None:
            try:
                return read(catalog, args, out)
            finally:
                catalog.close()
    from planner.services import Planner

    try:
        planner = None
        if args.command in PLAIN_COMMANDS:
            planner = Planner.open_plain(paths.database)
        if planner is None:
            planner = Planner.open(paths.database)
    except PlannerError as error:
        raise _NotOpened(str(error)) from error
    before_command = planner.units.commits
    try:
        _warn(planner.imports.ensure_bundled_program())
        # Commits from here on are the command's own (the bundled program stored on a
        # first run is not "your change").
        before_command = planner.units.commits
        if read is not None:
            return read(planner.catalog, args, out)
        return COMMANDS[args.command](planner, args, out)
    except KeyboardInterrupt:
        if planner.units.commits == before_command:
            raise  # nothing was saved: `main` says so
        # Stopped after the commit, while what follows a change ran (the live calendar
        # file, folders of events): the change stands, those may lag behind.
        complain(
            "interrupted after your change was saved; calendar files kept in sync may not "
            "show it yet (planner calendar sync updates them)",
            "stopped",
        )
        return EXIT_INTERRUPTED
    finally:
        planner.close()
