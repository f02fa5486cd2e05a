"""The core's explanations in the window's language.

The core returns codes with values where it explains something (`planner.domain.messages`,
a `Finding`'s kind and minutes, an `ImportReport`'s counts); `str()` of those is the
English the command line prints. Here each becomes a whole translated sentence.

The codes of calendars and of an import's changes are imported by the methods that say
them: the window imports this module before its first paint, and those modules (with their
classes) are not needed until something is said about a calendar or an import.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from planner.domain.conflicts import FindingKind
from planner.domain.display import path_text
from planner.domain.errors import (
    BadInputError,
    DatabaseCode,
    DatabaseError,
    Recovery,
    StorageCode,
    StorageError,
    StorageNote,
    storage_error,
)
from planner.domain.messages import (
    DetailCode,
    Note,
    NoteCode,
    PlaceKind,
    ReasonCode,
    SuggestionCode,
    Where,
)
from planner.domain.refusals import POSITIONS, SIZES, Field, Part, Refusal, RefusalCode
from planner.domain.system_words import SystemFault, SystemWords
from planner.ui.i18n import Translatable, arg
from planner.ui.locale_format import Formats, local_zone
from planner.ui.words import WORDS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from planner.domain.calendar_messages import (
        ConnectionChecked,
        PasswordMessage,
        ServerMessage,
    )
    from planner.domain.calendars import SyncFailure
    from planner.domain.conflicts import Commitment, Finding
    from planner.domain.messages import ChangeDetail, DecisionReason, SuggestionReason
    from planner.domain.updates import Change, ImportReport


class CoreTexts(Translatable):
    """Context "CoreTexts"."""

    # -- auto-resolve's reasons ----------------------------------------------------------
    def named(self, item: Commitment) -> str:
        """“Title” (want), or your busy block “Lunch”."""
        if item.priority is None:
            return arg(self.tr("your busy block “%1”"), item.title)
        #: A session's title in quotes, then its priority (must-see, want, maybe).
        return arg(self.tr("“%1” (%2)"), item.title, WORDS.priority(item.priority))

    def names(self, items: Sequence[Commitment], more: int = 0) -> str:
        joined = ", ".join(self.named(item) for item in items)
        if more > 0:
            #: Up to three sessions named, then how many more there are.
            return arg(self.tr("%1 and %Ln more", "", more), joined)
        return joined

    def reason(self, why: DecisionReason) -> str:
        """Why auto-resolve attends a session or makes it plan B."""
        names = self.names(why.others, why.more)
        if why.code is ReasonCode.GIVES_WAY:
            #: Auto-resolve makes a session plan B: the sessions it loses to.
            return arg(self.tr("gives way to %1"), names)
        if why.code is ReasonCode.KEPT_OVER:
            kept = why.kept
            priority = WORDS.priority(kept.priority) if kept and kept.priority else ""
            #: Auto-resolve keeps a session: its priority, then the sessions it wins over.
            return arg(self.tr("kept (%1) over %2"), priority, names)
        if why.code is ReasonCode.MUST_SEE:
            return self.tr("must-see: always kept")
        return self.tr("no clash")

    # -- suggestions ---------------------------------------------------------------------
    def suggestion_reason(self, why: SuggestionReason) -> str:
        values = ", ".join(why.values)
        if why.code is SuggestionCode.TRACK:
            #: Why a session is suggested: it is in a track you star.
            return arg(self.tr("track %1"), values)
        if why.code is SuggestionCode.SPEAKER:
            #: Why a session is suggested: a speaker you star gives it.
            return arg(self.tr("speaker %1"), values)
        #: Why a session is suggested: words it shares with the sessions you star.
        return arg(self.tr("about %1"), values)

    def suggestion_reasons(self, reasons: Sequence[SuggestionReason]) -> str:
        return "; ".join(self.suggestion_reason(why) for why in reasons)

    # -- overlaps and tight transfers ----------------------------------------------------
    def finding(self, finding: Finding) -> str:
        a, b = finding.first.title, finding.second.title
        if finding.kind is FindingKind.TIGHT:
            unknown = self.tr("?", "an unknown room")
            #: “A” → “B”: %3 minutes free between them, %4 minutes needed to walk from room
            #: %5 to room %6.
            text = self.tr("“%1” → “%2”: %3 min to walk %4 min (%5 → %6)")
            return arg(
                text,
                a,
                b,
                max(finding.gap_minutes, 0),
                finding.needed_minutes,
                finding.first.room or unknown,
                finding.second.room or unknown,
            )
        minutes = finding.overlap_minutes
        if finding.kind is FindingKind.OVERLAP:
            return arg(self.tr("“%1” and “%2” overlap by %Ln min", "", minutes), a, b)
        return arg(
            self.tr("“%1” and “%2” overlap by %Ln min (within your tolerance)", "", minutes), a, b
        )

    # -- what an import changed ----------------------------------------------------------
    def detail(self, note: ChangeDetail) -> str:
        code, none = note.code, self.tr("(none)", "no room, track or speakers")
        before, after = note.before or none, note.after or none
        formats = Formats()
        if code is DetailCode.TIME and note.zone is not None:
            old_start, old_end, new_start, new_end = note.times
            return arg(
                self.tr("time %1 → %2"),
                formats.when(old_start, old_end, note.zone),
                formats.when(new_start, new_end, note.zone),
            )
        if code is DetailCode.WAS and note.zone is not None:
            #: A removed session: when it was.
            return arg(self.tr("was %1"), formats.day_time(note.times[0], note.zone))
        if code is DetailCode.ROOM:
            return arg(self.tr("room %1 → %2"), before, after)
        if code is DetailCode.TITLE:
            return arg(self.tr("title “%1” → “%2”"), note.before, note.after)
        if code is DetailCode.SUBTITLE:
            return self.tr("subtitle changed")
        if code is DetailCode.TRACK:
            return arg(self.tr("track %1 → %2", "a session's track changed"), before, after)
        if code is DetailCode.SPEAKERS:
            return arg(self.tr("speakers %1 → %2"), before, after)
        if code is DetailCode.ABSTRACT:
            return self.tr("abstract changed")
        if code is DetailCode.KEY:
            return arg(self.tr("key %1 → %2; your star followed it"), note.before, note.after)
        return self.tr("back in the program")

    def change(self, change: Change, *, starred: bool = True) -> str:
        """One line of the import report: what happened to a session, and the details;
        "[starred]" after a change to a starred session unless `starred` is False (what a
        screen reader hears says it first: the report's "Starred: %1")."""
        from planner.domain.updates import ChangeKind

        title = change.title
        kinds = {
            ChangeKind.ADDED: self.tr("added: %1"),
            ChangeKind.REMOVED: self.tr("removed: %1"),
            ChangeKind.MOVED: self.tr("moved: %1", "a session got a new time or room"),
            ChangeKind.CHANGED: self.tr("changed: %1"),
        }
        text = arg(kinds[change.kind], title)
        if change.notes:
            details = "; ".join(self.detail(note) for note in change.notes)
            #: A change of the import report, then its details in brackets.
            text = arg(self.tr("%1 (%2)", "a change, then its details"), text, details)
        if change.starred and starred:
            text = arg(self.tr("%1 [starred]"), text)
        return text

    def import_summary(self, report: ImportReport) -> str:
        """The import's one line: what was imported or updated, its size, what changed."""
        from planner.domain.updates import ChangeKind

        parts = (
            self.tr("%Ln session(s)", "", report.sessions),
            self.tr("%Ln speaker(s)", "", report.speakers),
            self.tr("%Ln room(s)", "", report.rooms),
            self.tr("%Ln track(s)", "", report.tracks),
            self.tr("%Ln day(s)", "", report.days),
        )
        #: A program's size: 10 sessions, 5 speakers, 2 rooms, 3 tracks over 2 days.
        size = arg(self.tr("%1, %2, %3, %4 over %5"), *parts)
        if report.created:
            return arg(self.tr("Imported “%1”: %2"), report.title, size)
        kinds = (ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.MOVED, ChangeKind.CHANGED)
        counts = (report.count(kind) for kind in kinds)
        added, removed, moved, changed = (Formats().number(n) for n in counts)
        #: Updated “title”: its size, then how many sessions were added, removed, moved to
        #: another time or room, and changed otherwise.
        text = self.tr("Updated “%1”: %2; %3 added, %4 removed, %5 moved, %6 changed")
        return arg(text, report.title, size, added, removed, moved, changed)

    # -- calendar servers ----------------------------------------------------------------
    def server(self, said: ServerMessage) -> str:
        """What went wrong with a calendar server."""
        from planner.domain.calendar_messages import NetworkCause, Request, ServerCode

        if said.code is ServerCode.UNREACHABLE and not said.status:
            causes = {
                NetworkCause.CERTIFICATE: self.tr("its TLS certificate could not be verified"),
                NetworkCause.REFUSED: self.tr("connection refused"),
                NetworkCause.TIMED_OUT: self.tr("timed out"),
                NetworkCause.UNKNOWN_HOST: self.tr("unknown host name"),
                NetworkCause.NO_NETWORK: self.tr("no network or unknown host name"),
            }
            cause = causes.get(said.cause) or SYSTEM.say(said.detail)
            #: A server's host name, then why it cannot be reached.
            return arg(self.tr("%1 cannot be reached (%2)"), said.host, cause)
        if said.code is ServerCode.LOGIN_REFUSED and not said.status:
            return arg(
                self.tr("%1 refused the user name or password (check them, or the app password)"),
                said.host,
            )
        if said.code is ServerCode.SERVER_SAID:
            #: %1: a server's host name; %2: the error the CalDAV library reported, in
            #: English.
            failed = {
                Request.LIST: self.tr(
                    "%1 could not list the calendar's events; the CalDAV library reported: %2"
                ),
                Request.STORE: self.tr(
                    "%1 could not store an event; the CalDAV library reported: %2"
                ),
                Request.DELETE: self.tr(
                    "%1 could not delete an event; the CalDAV library reported: %2"
                ),
                Request.OPEN: self.tr(
                    "%1 could not find or create the calendar; the CalDAV library reported: %2"
                ),
            }
            return arg(failed[said.request], said.host, said.detail)
        #: %1: an HTTP status code (404), %2: its reason as the server sent it (Not Found).
        refused = {
            Request.OPEN: self.tr("the server refused to find or create the calendar (HTTP %1 %2)"),
            Request.LIST: self.tr("the server refused to list the calendar's events (HTTP %1 %2)"),
            Request.STORE: self.tr("the server refused to store an event (HTTP %1 %2)"),
            Request.DELETE: self.tr("the server refused to delete an event (HTTP %1 %2)"),
        }
        text = arg(refused[said.request], said.status, said.detail).replace(" )", ")")
        if said.code is ServerCode.LOGIN_REFUSED:
            return arg(self.tr("%1: it did not accept the user name or password"), text)
        return text

    def error(self, error: BaseException) -> str:
        """An error's message, in the window's language where the core gave its code."""
        coded = self.coded(error)
        return str(error) if coded is None else coded

    def coded(self, error: BaseException) -> str | None:
        """The error said from the code the core gave it, in the window's language; None
        when it has none (its English is all there is)."""
        if isinstance(error, StorageError):
            return None if error.code is None else STORAGE.storage(error)
        fault: StorageError | None = getattr(error, "fault", None)  # a calendar file's
        if fault is not None and fault.code is not None:
            return STORAGE.storage(fault)
        if isinstance(error, DatabaseError):
            return STORAGE.database(error)
        if isinstance(error, BadInputError):
            return REFUSALS.say(error)
        if isinstance(error, OSError) and error.filename:
            # One the core did not classify, naming its file: as the command line says it.
            # (Without a file its English line names what failed: "the calendar files: …".)
            return STORAGE.storage(storage_error(error, path_text(error.filename), "used"))
        refusal = getattr(error, "refusal", None)  # a `UsageError` with a code
        if isinstance(refusal, Refusal):
            return REFUSALS.problem(refusal)
        said: ServerMessage | None = getattr(error, "said", None)
        password: PasswordMessage | None = getattr(error, "password", None)
        if password is not None:
            told = self.password(password)
        elif said is not None:
            told = self.server(said)
        else:
            return None
        target: str = getattr(error, "target", "")
        if target:
            #: A calendar's name, then what went wrong with its server (or why it has no
            #: password).
            text = self.tr("%1: %2", "a calendar, then what went wrong")
            return arg(text, target, told)
        return told

    def failure(self, failure: SyncFailure) -> str:
        """Why a calendar's last sync failed, as it was stored (or as this session's said)."""
        from planner.domain.calendars import FailureCode

        fault = failure.fault
        if failure.code is FailureCode.SERVER and failure.said is not None:
            return self.server(failure.said)
        if failure.code is FailureCode.PASSWORD and failure.password is not None:
            return self.password(failure.password)
        if fault is not None:
            return STORAGE.storage(fault)
        if failure.code is FailureCode.CALENDAR_FILE:
            #: %1: a calendar file; %2: why it could not be written, in English.
            text = self.tr("%1: the calendar file could not be written (%2)")
            return arg(text, failure.location, failure.detail)
        if failure.code is FailureCode.EARLIER:
            #: Why a calendar's last sync failed (%1), kept only in English by an earlier
            #: version of Planner. It follows "Calendar “Work” not synced: ", which already
            #: says that it failed.
            return arg(self.tr("%1 (as an earlier version of Planner recorded it)"), failure.detail)
        return failure.detail

    def password(self, said: PasswordMessage) -> str:
        """Why no password could be had for a CalDAV calendar."""
        from planner.domain.calendar_messages import PasswordCode

        code, user, detail = said.code, said.user, said.detail
        status = str(said.status)  # an exit status is an identifier, not a count
        if code is PasswordCode.NO_KEYRING:
            #: %1: a user name on a calendar server.
            text = self.tr(
                "no desktop keyring is available to hold the password for %1; edit the "
                "calendar to give a password command"
            )
            return arg(text, user)
        if code is PasswordCode.NOT_IN_KEYRING:
            #: %1: a user name on a calendar server; --password-command is an option of
            #: the command line: keep it as it is.
            text = self.tr(
                "no password for %1 in the keyring; add the calendar again or give a "
                "--password-command"
            )
            return arg(text, user)
        if code is PasswordCode.COMMAND_FAILED:
            #: %1: the exit status of the command that prints the password (a number).
            return arg(self.tr("the password command failed (exit %1)"), status)
        if code is PasswordCode.COMMAND_FAILED_SAYING:
            #: %1: the command's exit status (a number); %2: the last line it printed as
            #: its error (in the command's own words).
            return arg(self.tr("the password command failed (exit %1: %2)"), status, detail)
        if code is PasswordCode.NO_PASSWORD:
            return self.tr("the password command printed no password")
        texts = {
            #: %1: what the keyring said, in English.
            PasswordCode.KEYRING_UNREADABLE: self.tr("the keyring could not be read (%1)"),
            #: %1: what the keyring said, in English.
            PasswordCode.NOT_KEPT: self.tr(
                "The desktop keyring did not keep the password (%1). Unlock it and try "
                "again, or give a command that prints the password instead."
            ),
            #: %1: the command that prints the password (the user's own command line).
            PasswordCode.COMMAND_TIMED_OUT: self.tr("the password command did not finish: %1"),
            #: %1: what the system said (in this language where Planner knows the fault,
            #: else the system's English words).
            PasswordCode.COMMAND_CANNOT_RUN: self.tr("the password command could not run (%1)"),
        }
        return arg(texts[code], SYSTEM.say(detail))

    def checked(self, found: ConnectionChecked) -> str:
        """What a connection test found."""
        from planner.domain.calendar_messages import CheckCode

        if found.code is CheckCode.WRITABLE:
            #: A folder or file, which a calendar test could write to.
            return arg(self.tr("%1 can be written"), found.location)
        if found.code is CheckCode.CREATED:
            text = self.tr("%1: created the calendar “%2” at %3")
        else:
            text = self.tr("%1: found the calendar “%2” at %3")
        return arg(text, found.target, found.calendar, found.url)


CORE = CoreTexts()


class NoteTexts(Translatable):
    """Context "NoteTexts": what an import skipped or guessed (`ImportReport.warnings`),
    and the favourites a phone's file could not place (`AgendaImport.not_imported`), in
    the window's language. A text that is not a `Note` is shown as it is."""

    def place(self, where: object) -> str:
        """Where in the file: "event 12", "day Sunday, March 31, 2024"."""
        if not isinstance(where, Where):
            return str(where)  # a favourite's title, or a path in the file ("days[0]")
        if where.kind is PlaceKind.EVENT:
            #: A place in a program file: the event with this id (or #number in the file).
            return arg(self.tr("event %1"), where.name)
        if where.kind is PlaceKind.SESSION:
            #: A place in a program file: the session with this id (or #number in the file).
            return arg(self.tr("session %1"), where.name)
        if where.kind is PlaceKind.DAY:
            try:
                day = Formats().date(date.fromisoformat(where.name))
            except ValueError:
                day = where.name
            #: A place in a program file: a conference day.
            return arg(self.tr("day %1"), day)
        if where.kind is PlaceKind.RECORD:
            #: A place in a favourites or bookmarks file (CSV): the record on this line.
            return arg(self.tr("record %1"), where.name)
        if where.kind is PlaceKind.BOOKMARK:
            #: A place in a bookmarks file: the bookmark with this number.
            return arg(self.tr("bookmark %1"), where.name)
        if where.kind is PlaceKind.GIGGITY_LINK:
            #: A link the user pasted, that the phone app Giggity makes to share favourites.
            return self.tr("the Giggity link")
        #: A phone app's favourite with neither a title nor an id.
        return self.tr("an unnamed event")

    def say(self, note: str) -> str:
        """One note in the window's language."""
        if not isinstance(note, Note):
            return note
        code, values = note.code, note.values
        if code is NoteCode.CONTROL_CHARACTERS:
            return self._control_characters(*values)
        formats = Formats()
        rest = list(values)
        plural = _PLURAL.get(code)
        count = rest.pop(plural) if plural is not None else -1
        shown: list[object] = []
        for index, value in enumerate(rest):
            if isinstance(value, datetime) and (code, index) in _WALL_CLOCKS:
                # As the file writes it, in no zone: its time, then its date.
                shown += [formats.wall_time(value), formats.date(value.date())]
            elif isinstance(value, datetime) and code is NoteCode.OFFLINE:
                # When the copy was downloaded, on the computer's clock (the message names no
                # zone; the command line's English says UTC). A computer whose zone has no
                # IANA name (a POSIX TZ rule) still knows its offset at that instant.
                moment = value if value.tzinfo else value.replace(tzinfo=UTC)
                clock = local_zone() or moment.astimezone().tzinfo or UTC
                shown.append(formats.date_time(moment, clock))
            elif isinstance(value, datetime):
                shown.append(formats.wall_time(value))
            elif isinstance(value, Where):
                shown.append(self.place(value))
            elif isinstance(value, Refusal):  # why a download failed (`OFFLINE`)
                shown.append(REFUSALS.problem(value))
            elif code in _INDEXED:
                shown.append(str(value))  # a position in a JSON list, not a count
            else:
                shown.append(value)
        assert isinstance(count, int)
        return arg(self._template(code, count), *shown)

    def _template(self, code: NoteCode, n: int) -> str:
        texts = {
            #: %1: where in the file; %2 on %3: the time and date it gives; %4: a time
            #: zone; %5: the time it was read as.
            NoteCode.SKIPPED_TIME: self.tr(
                "%1 gives %2 on %3, a time that does not exist in %4 (the clocks go forward); "
                "read as %5"
            ),
            NoteCode.REPEATED_TIME: self.tr(
                "%1 gives %2 on %3, which happens twice in %4 (the clocks go back); read as the "
                "first"
            ),
            #: %1: where in the file (a session); %2: the end it gives; %3: the end it got.
            NoteCode.END_MOVED: self.tr(
                "%1 ends at %2, moved with its start to %3 (it keeps its %Ln minute(s))",
                "",
                n,
            ),
            NoteCode.DAY_OUT_OF_RANGE: self.tr("%1 has bounds out of range; ignored"),
            #: %2: the title the session is shown with (as it is stored, in English).
            NoteCode.UNTITLED: self.tr("%1 has no title; shown as “%2”"),
            NoteCode.SKIPPED_BY_GAP: self.tr(
                "%1 (“%2”) ends before it starts once %3 on %4, a time that does not exist in %5 "
                "(the clocks go forward), is read as %6; skipped"
            ),
            NoteCode.BEYOND_DATES: self.tr(
                "%1 (“%2”) is beyond the range of dates Planner keeps in %3; skipped"
            ),
            NoteCode.REPEATED_IDS: self.tr(
                "%Ln session(s) repeat(s) an id or GUID used earlier in the file; all were kept",
                "",
                n,
            ),
            NoteCode.REPEATED_UNNAMED: self.tr(
                "%Ln session(s) without an id repeat(s) the title, start and room of an earlier "
                "one; all were kept",
                "",
                n,
            ),
            #: The last line of a long list of warnings.
            NoteCode.MORE_WARNINGS: self.tr("… and %Ln more warning(s)", "", n),
            NoteCode.UNKNOWN_ZONE: self.tr("unknown time zone “%1” in the file; ignored"),
            NoteCode.ZONE_ASKED: self.tr("the file says its time zone is %1; using %2 as asked"),
            NoteCode.ZONE_CONTRADICTED: self.tr(
                "the file says its time zone is %1, but its times carry other offsets; showing "
                "them in %2"
            ),
            NoteCode.NO_ZONE: self.tr(
                "the file names no time zone; times keep their UTC offsets and are shown in %1 "
                "(import with a time zone to change that)"
            ),
            NoteCode.ZONE_KEPT: self.tr(
                "the file states its time zone, %1; the time zone asked for (%2) is not used for "
                "Planner program files"
            ),
            NoteCode.CANCELLED: self.tr("%1 (“%2”) is marked cancelled; skipped"),
            NoteCode.NO_START: self.tr("%1 (“%2”) has no start; skipped"),
            NoteCode.REPEATS: self.tr("%1 (“%2”) repeats; only its first occurrence is kept"),
            #: %3: why: Planner's own reason (translated), or the iCalendar reader's
            #: words in English.
            NoteCode.UNREADABLE_TIME: self.tr("%1 (“%2”) has an unreadable time (%3); skipped"),
            NoteCode.NOT_SCHEDULED: self.tr("%1 (“%2”) is not scheduled; skipped"),
            NoteCode.OUT_OF_RANGE: self.tr("%1 (“%2”) has a time out of range; skipped"),
            #: <conference> is the name of an XML element: keep it as it is.
            NoteCode.NO_CONFERENCE: self.tr("the file has no <conference> section"),
            NoteCode.LOCAL_AS_UTC: self.tr(
                "the file marks local times as UTC (“Z”); they were read as %1 times"
            ),
            NoteCode.NO_DATE_OR_START: self.tr(
                "%1 (“%2”) has no usable date or start time; skipped"
            ),
            NoteCode.UNREADABLE_DURATION: self.tr(
                "%1: unreadable duration “%2”; shown as 0 minutes"
            ),
            NoteCode.NO_DURATION: self.tr("%1 (“%2”) has no duration; shown as 0 minutes"),
            #: days[%1]… are paths in a JSON file: keep them as they are.
            NoteCode.DAY_NOT_OBJECT: self.tr("days[%1] is not an object; skipped"),
            NoteCode.ROOMS_NOT_OBJECT: self.tr("days[%1].rooms is not an object; skipped"),
            NoteCode.ROOM_NOT_LIST: self.tr("days[%1].rooms[%2] is not a list; skipped"),
            NoteCode.EVENT_NOT_OBJECT: self.tr("an event in room “%1” is not an object; skipped"),
            NoteCode.NO_USABLE_START: self.tr("%1 (“%2”) has no usable start; skipped"),
            NoteCode.TEXT_IDS: self.tr(
                "%Ln event id(s) written as text where the schema wants numbers; accepted",
                "",
                n,
            ),
            #: %1: why the program could not be downloaded (in English); %2: when the copy
            #: used instead was downloaded.
            NoteCode.OFFLINE: self.tr("offline: %1; used the copy downloaded %2"),
            #: A phone app's bookmark of a whole track, which is not imported.
            NoteCode.TRACK_BOOKMARKED: self.tr(
                "the bookmarked track “%1” (a whole track, not a session; star its sessions here)"
            ),
            NoteCode.HIDDEN_EVENTS: self.tr(
                "%Ln event(s) hidden in Giggity (hiding is not a favourite; they are not imported)",
                "",
                n,
            ),
            #: A phone app's favourite (its title), which fits more than one session here.
            NoteCode.AMBIGUOUS_FAVOURITE: self.tr("%1: fits more than one session"),
            NoteCode.UNMATCHED_FAVOURITE: self.tr("%1: not in this program"),
            #: %1: a session's title. Said after a calendar sync.
            NoteCode.SYNC_DELETED_THERE: self.tr(
                "“%1” was deleted in your calendar: Planner will not add it again unless the "
                "session changes"
            ),
            #: %1: a session's title. Said after a calendar sync.
            NoteCode.SYNC_EDITED_THERE: self.tr("“%1” was edited in your calendar: kept as it is"),
            #: %1: a session's title. Said after a calendar sync.
            NoteCode.SYNC_KEPT_YOURS: self.tr(
                "“%1” was edited in your calendar, so Planner kept your version and did not send "
                "its change; delete the event there to get Planner's version"
            ),
            #: %1: a session's title. Said after a calendar sync.
            NoteCode.SYNC_CHANGED_DURING: self.tr(
                "“%1” changed in your calendar during the sync: kept as it is"
            ),
            #: %1: a session's key (its id in the program). Said after a calendar sync.
            NoteCode.SYNC_NOT_DELETED_EDITED: self.tr(
                "%1: no longer in your agenda, but edited in your calendar, so Planner did not "
                "delete it there"
            ),
            #: %1: a session's key (its id in the program). Said after a calendar sync.
            NoteCode.SYNC_NOT_DELETED_CHANGED: self.tr("%1: changed in your calendar: not deleted"),
            #: %1: a file in a folder of events; %2: why it was not read.
            NoteCode.NOT_READ: self.tr("%1: not read: %2"),
        }
        return texts[code]

    def _control_characters(self, *values: object) -> str:
        removed, names, lines, line_count = values
        assert isinstance(removed, int)
        assert isinstance(lines, tuple)
        assert isinstance(line_count, int)
        #: %1: the characters' code points (U+0001, U+001B).
        text = self.tr("removed %Ln control character(s) (%1) that XML forbids", "", removed)
        text = arg(text, names)
        shown = ", ".join(Formats().number(line) for line in lines)
        if line_count > len(lines):
            shown = arg(self.tr("%1 and %Ln more", "", line_count - len(lines)), shown)
        if line_count == 1:
            return arg(self.tr("%1, on line %2"), text, shown)
        return arg(self.tr("%1, on lines %2"), text, shown)


# The values that are wall-clock times as the file gives them (shown as time and date).
_WALL_CLOCKS = frozenset(
    {(NoteCode.SKIPPED_TIME, 1), (NoteCode.REPEATED_TIME, 1), (NoteCode.SKIPPED_BY_GAP, 2)}
)
# Notes whose number is a position in the file, not a count.
_INDEXED = frozenset({NoteCode.DAY_NOT_OBJECT, NoteCode.ROOMS_NOT_OBJECT, NoteCode.ROOM_NOT_LIST})
# Which value is the count of a plural note (its %Ln).
_PLURAL: dict[NoteCode, int] = {
    NoteCode.END_MOVED: 3,
    NoteCode.REPEATED_IDS: 0,
    NoteCode.REPEATED_UNNAMED: 0,
    NoteCode.MORE_WARNINGS: 0,
    NoteCode.TEXT_IDS: 0,
    NoteCode.HIDDEN_EVENTS: 0,
}
NOTES = NoteTexts()


class SystemTexts(Translatable):
    """Context "SystemTexts": what the system said of a fault (`SystemWords`: an
    `OSError`'s kind, a network library's), in the window's language; a kind it has no
    words for stays the system's own words."""

    def say(self, words: object) -> object:
        """`words` in the window's language if they are `SystemWords` of a known kind;
        anything else as it is."""
        if not isinstance(words, SystemWords) or words.fault is None:
            return words
        #: What the system said of a fault, inside a sentence such as "cannot be read
        #: (%1)" or "download failed (%1)": lower case, no full stop.
        texts = {
            SystemFault.NO_SPACE: self.tr("no space left on the disk"),
            SystemFault.QUOTA: self.tr("the disk quota is used up"),
            SystemFault.ACCESS: self.tr("permission denied"),
            SystemFault.NOT_PERMITTED: self.tr("operation not permitted"),
            SystemFault.NO_SUCH_FILE: self.tr("no such file or folder"),
            SystemFault.IS_FOLDER: self.tr("it is a folder"),
            SystemFault.NOT_A_FOLDER: self.tr("part of the path is not a folder"),
            SystemFault.NAME_TOO_LONG: self.tr("the file name is too long"),
            SystemFault.READ_ONLY_DISK: self.tr("the disk is read-only"),
            SystemFault.INPUT_OUTPUT: self.tr("input/output error"),
            SystemFault.TOO_MANY_OPEN: self.tr("too many files open in Planner"),
            SystemFault.TOO_MANY_OPEN_SYSTEM: self.tr("too many files open on this computer"),
            SystemFault.LINK_LOOP: self.tr("too many symbolic links (a loop of links)"),
            SystemFault.TIMED_OUT: self.tr("timed out"),
            SystemFault.REFUSED: self.tr("connection refused"),
            SystemFault.RESET: self.tr("the connection was reset"),
            SystemFault.ABORTED: self.tr("the connection was aborted"),
            SystemFault.HOST_UNREACHABLE: self.tr("no route to the host"),
            SystemFault.NETWORK_UNREACHABLE: self.tr("the network is unreachable"),
            SystemFault.NAME_NOT_RESOLVED: self.tr(
                "the host name could not be resolved (unknown host, or no network)"
            ),
            SystemFault.TLS_CERTIFICATE: self.tr("the TLS certificate could not be verified"),
        }
        return texts[words.fault]


SYSTEM = SystemTexts()


class StorageTexts(Translatable):
    """Context "StorageTexts": what is wrong with a file or the database (`StorageError`,
    `DatabaseError` with their codes), in the window's language."""

    def doing(self, doing: str) -> str:
        # Each word completes "%1 cannot be %2: disk full" and its siblings (lupdate gives a
        # comment to the one message after it, so each repeats it).
        words = {
            #: What could not be done to a file or the database, in the form the sentences
            #: "%1 cannot be %2: disk full" (and the like) need.
            "read": self.tr("read"),
            #: What could not be done to a file or the database, in the form the sentences
            #: "%1 cannot be %2: disk full" (and the like) need.
            "written": self.tr("written"),
            #: What could not be done to a file or the database, in the form the sentences
            #: "%1 cannot be %2: disk full" (and the like) need.
            "opened": self.tr("opened"),
            #: What could not be done to a file or the database, in the form the sentences
            #: "%1 cannot be %2: disk full" (and the like) need.
            "used": self.tr("used"),
            #: What could not be done to a file or the database, in the form the sentences
            #: "%1 cannot be %2: disk full" (and the like) need.
            "created": self.tr("created"),
            #: What could not be done to a file or the database, in the form the sentences
            #: "%1 cannot be %2: disk full" (and the like) need.
            "changed": self.tr("changed"),
            #: What could not be done to a file or the database, in the form the sentences
            #: "%1 cannot be %2: disk full" (and the like) need.
            "deleted": self.tr("deleted"),
            #: What could not be done to a file or the database, in the form the sentences
            #: "%1 cannot be %2: disk full" (and the like) need.
            "backed up before its upgrade": self.tr("backed up before its upgrade"),
        }
        return words.get(doing, doing)

    def storage(self, error: StorageError) -> str:
        """A storage fault; its English when it carries no code."""
        if error.code is None:
            return str(error)
        texts = {
            #: %1: a file or the database.
            StorageCode.LOCKED: self.tr(
                "%1 is locked by another program (another Planner, or a tool using the "
                "database); close it, then try again"
            ),
            #: %1: a file or the database; %2: what could not be done to it (read, written…).
            StorageCode.DISK_FULL: self.tr(
                "%1 cannot be %2: disk full (no space left on the disk holding it)"
            ),
            #: %1: a file or the database; %2: what could not be done to it (read, written…).
            StorageCode.READ_ONLY: self.tr(
                "%1 cannot be %2: read-only (the file may not be written)"
            ),
            #: %1: a file or the database; %2: what could not be done to it (read, written…).
            StorageCode.READ_ONLY_DISK: self.tr(
                "%1 cannot be %2: read-only disk (the disk holding it is mounted read-only)"
            ),
            #: %1: a file or the database; %2: what could not be done to it (read, written…).
            StorageCode.NO_PERMISSION: self.tr("%1 cannot be %2: permission denied"),
            #: %1: a file or the database; %2: what could not be done to it (read, written…).
            StorageCode.PERMISSION_DENIED: self.tr(
                "%1 cannot be %2: read-only (permission denied for the file or its folder)"
            ),
            #: %1: a file or the database; %2: what could not be done to it (read, written…).
            StorageCode.IS_FOLDER: self.tr("%1 cannot be %2: it is a folder, not a file"),
            #: %1: a file or the database; %2: what could not be done to it (read, written…).
            StorageCode.NOT_A_FOLDER: self.tr("%1 cannot be %2: part of the path is not a folder"),
            #: %1: a file or the database; %2: what could not be done to it (read, written…).
            StorageCode.NAME_TOO_LONG: self.tr("%1 cannot be %2: the file name is too long"),
            #: %1: a file or the database; %2: what could not be done to it (read, written…).
            StorageCode.NO_FOLDER: self.tr("%1 cannot be %2: the folder does not exist"),
            #: %1: a file or the database; %2: what could not be done to it (read, written…).
            StorageCode.READ_ONLY_FOLDER: self.tr(
                "%1 cannot be %2: read-only folder (permission denied)"
            ),
            #: %1: a file or the database; %2: what could not be done to it (read, written…).
            StorageCode.NOT_WRITABLE: self.tr("%1 cannot be %2: read-only (permission denied)"),
            #: %1: a file or the database.
            StorageCode.CHANGED_MEANWHILE: self.tr(
                "%1 cannot be changed: another program changed the same data meanwhile "
                "(nothing was saved; look again, then try again)"
            ),
            #: %1: a file or the database; %2: what could not be done to it (read, written…);
            #: %3: what the system said (in this language where Planner knows the fault,
            #: else the system's English words).
            StorageCode.OTHER: self.tr("%1 cannot be %2: %3"),
            #: %1: a file; %2: what could not be done to it (written…); %3: what the path
            #: is instead (a named pipe (FIFO), a socket, a device).
            StorageCode.NOT_REGULAR: self.tr(
                "%1 cannot be %2: it is %3, not a regular file; Planner writes only regular files"
            ),
            #: %1: a file; %2: what could not be done to it (written…).
            StorageCode.NOT_REGULAR_FILE: self.tr(
                "%1 cannot be %2: it is not a regular file; Planner writes only regular files"
            ),
            #: %1: the database's path; %2: what it is instead (a named pipe (FIFO), a
            #: socket, a device).
            StorageCode.NOT_A_DATABASE_FILE: self.tr("%1 is %2, not a database file"),
            #: %1: the database's path, which is neither a file, a folder, a pipe, a
            #: socket nor a device.
            StorageCode.NOT_REGULAR_DATABASE: self.tr(
                "%1 is not a regular file, so it cannot be a database file"
            ),
        }
        detail: object = SYSTEM.say(error.detail)
        if error.code is StorageCode.NOT_A_DATABASE_FILE:
            text = arg(texts[error.code], error.target, REFUSALS.kind(error.detail))
        else:
            if error.code is StorageCode.NOT_REGULAR:
                detail = REFUSALS.kind(error.detail)
            text = arg(texts[error.code], error.target, self.doing(error.doing), detail)
        notes = {
            #: A database that cannot be written: it also needs an upgrade.
            StorageNote.UPGRADE_FIRST: self.tr("%1; it needs an upgrade first"),
            StorageNote.OPENED_READ_ONLY: self.tr("%1; Planner opened it read-only"),
            StorageNote.NEW_AND_EMPTY: self.tr("%1, and it is new and empty"),
            StorageNote.NEEDS_UPGRADE: self.tr("%1, and it needs an upgrade first"),
        }
        for note in error.notes:
            text = arg(notes[note], text)
        return text

    def database(self, error: DatabaseError) -> str:
        """A file that is not a Planner database this build can use."""
        texts = {
            DatabaseCode.DIRECTORY: self.tr("%1 is a directory, not a database file"),
            DatabaseCode.NOT_SQLITE: self.tr(
                "%1 is not an SQLite database (unrecognised file header)"
            ),
            #: %2: what SQLite said, in English.
            DatabaseCode.DAMAGED: self.tr("%1 is damaged (%2)"),
            DatabaseCode.DAMAGED_OR_NOT: self.tr("%1 is damaged or not a database (%2)"),
            DatabaseCode.OTHER_PROGRAM: self.tr(
                "%1 is an SQLite database of another program, not a Planner database"
            ),
            #: %2: the version of the database's layout.
            DatabaseCode.NEWER: self.tr(
                "%1 was written by a newer Planner (schema %2); update Planner to open it"
            ),
        }
        detail = error.detail.split(";")[0] if error.code is DatabaseCode.NEWER else error.detail
        return arg(texts[error.code], error.path, detail)

    def recovery(self, recovery: Recovery) -> str:
        """What opening the database had to do (`Planner.open_or_recover`)."""
        fault = recovery.fault
        if recovery.kept is not None and isinstance(fault, DatabaseError):
            #: %1: why the file could not be used (it names the file); %2: where it was kept.
            text = self.tr("%1. It was kept unchanged as %2. Planner started with a new database.")
            return arg(text, self.database(fault), recovery.kept)
        said = self.storage(fault) if isinstance(fault, StorageError) else str(fault)
        #: %1: why the database cannot be changed (it names the file).
        text = self.tr(
            "%1. Everything is shown as it was saved; changes cannot be saved until that is "
            "fixed (then restart Planner)."
        )
        return arg(text, said)


STORAGE = StorageTexts()


class RefusalTexts(Translatable):
    """Context "RefusalTexts": why a program file is refused (a `BadInputError` whose
    problem is a `Refusal`), in the window's language. The file's own words (a field's
    name, a value it gives, a path in it) and a library's stay as they are."""

    def say(self, error: BadInputError) -> str:
        """The refusal in the window's language."""
        refusal = error.problem
        source = NOTES.place(error.source) if isinstance(error.source, Where) else error.source
        #: A file (its path or web address), then why Planner refuses it.
        text = arg(
            self.tr("%1: %2", "a file, then why it is refused"), source, self.problem(refusal)
        )
        if error.line is not None and error.column is not None:
            #: Where in the file the problem is.
            return arg(self.tr("%1 (line %2, column %3)"), text, error.line, error.column)
        if error.line is not None:
            return arg(self.tr("%1 (line %2)"), text, error.line)
        return text

    def problem(self, refusal: Refusal) -> str:
        """What is wrong with a file (without its name), in the window's language."""
        sizes = SIZES.get(refusal.code, ())
        positions = POSITIONS.get(refusal.code, ())

        def shown(index: int, value: object) -> object:
            if index in sizes and isinstance(value, int):
                return _size(value)
            if index in positions:
                return str(value)  # a place in the file, not a count: "rooms[1500]"
            return self._value(value)

        values = [shown(index, value) for index, value in enumerate(refusal.values)]
        return arg(self._template(refusal.code), *values)

    def _value(self, value: object) -> object:
        if isinstance(value, Refusal):  # what is wrong at a place (`RefusalCode.AT`)
            return self.problem(value)
        if isinstance(value, SystemWords):
            return SYSTEM.say(value)
        if isinstance(value, Where):
            return NOTES.place(value)
        if isinstance(value, Part):
            return self._part(value)
        if isinstance(value, Field):
            return self._field(value)
        if isinstance(value, str) and value in _KINDS:
            return self.kind(value)
        return value

    def kind(self, kind: str) -> str:
        """What a path is instead of a file (`display.file_kind`), or what a file should
        be; a kind it does not know as it is."""
        kinds = {
            #: What a file should be, in "the 50 MiB limit for a conference program".
            "a conference program": self.tr("a conference program"),
            "a favourites file": self.tr("a favourites file"),
            "a bookmarks file": self.tr("a bookmarks file"),
            "an agenda file": self.tr("an agenda file"),
            "shared favourites": self.tr("shared favourites"),
            "a quick-start snapshot": self.tr("a quick-start snapshot"),
            "an event file": self.tr("an event file"),
            #: What a path is instead of a file, in "is a named pipe (FIFO), not a file".
            "a folder": self.tr("a folder"),
            "a named pipe (FIFO)": self.tr("a named pipe (FIFO)"),
            "a socket": self.tr("a socket"),
            "a device": self.tr("a device"),
            "not a regular file": self.tr("not a regular file"),
        }
        return kinds.get(kind, kind)

    def _part(self, part: Part) -> str:
        parts = {
            #: The part of a program whose text is too long, in “%1: %2 is 300 characters
            #: long”.
            Part.CONFERENCE: self.tr("the conference"),
            Part.SPEAKER: self.tr("a speaker"),
            Part.TRACK: self.tr("a track"),
            Part.ROOM: self.tr("a room"),
        }
        return parts[part]

    def _field(self, field: Field) -> str:
        #: A text of a program that is too long, in “session 3: its %2 is 300 characters
        #: long”.
        fields = {
            Field.TITLE: self.tr("title", "a text of a program"),
            Field.KEY: self.tr("key", "a text of a program"),
            Field.ABSTRACT: self.tr("abstract", "a text of a program"),
            Field.DESCRIPTION: self.tr("description", "a text of a program"),
            Field.ROOM: self.tr("room", "a text of a program"),
            Field.TRACK: self.tr("track", "a text of a program"),
            Field.SUBTITLE: self.tr("subtitle", "a text of a program"),
            Field.TYPE: self.tr("type", "a text of a program"),
            Field.LANGUAGE: self.tr("language", "a text of a program"),
            Field.URL: self.tr("URL", "a text of a program"),
            Field.LINK: self.tr("link", "a text of a program"),
            Field.LINK_TITLE: self.tr("link title", "a text of a program"),
            Field.NAME: self.tr("name", "a text of a program"),
            Field.ORGANIZATION: self.tr("organization", "a text of a program"),
            Field.BIOGRAPHY: self.tr("biography", "a text of a program"),
            Field.ACRONYM: self.tr("acronym", "a text of a program"),
            Field.VERSION: self.tr("version", "a text of a program"),
            Field.NOTICE: self.tr("notice", "a text of a program"),
        }
        return fields[field]

    def _template(self, code: RefusalCode) -> str:
        texts = {
            #: %1: the file's size (2.1 GB); %2: the limit in MiB; %3: what it should be.
            RefusalCode.TOO_BIG: self.tr("file is %1, over the %2 MiB limit for %3"),
            #: %1: what the system said (in this language where Planner knows the fault,
            #: else the system's English words).
            RefusalCode.CANNOT_READ: self.tr("cannot be read (%1)"),
            RefusalCode.UNKNOWN_ZONE: self.tr("unknown time zone “%1”"),
            RefusalCode.IS_FOLDER: self.tr("is a folder, not a file"),
            RefusalCode.NO_SUCH_FILE: self.tr("no such file"),
            RefusalCode.PERMISSION_DENIED: self.tr("permission denied"),
            RefusalCode.NOT_A_FILE: self.tr("is %1, not a file; Planner reads files only"),
            #: A path that is neither a file, a folder, a pipe, a socket nor a device.
            RefusalCode.NOT_REGULAR: self.tr("is not a regular file; Planner reads files only"),
            RefusalCode.EMPTY: self.tr("file is empty"),
            RefusalCode.BINARY: self.tr("is binary data, not a text file"),
            RefusalCode.BINARY_PROGRAM: self.tr("is binary data, not a conference program"),
            #: %1: a text encoding (UTF-8); %2: where the bad byte is, counted from 0.
            RefusalCode.BAD_BYTE: self.tr("is not valid %1 text (bad byte at offset %2)"),
            RefusalCode.BAD_ENCODING: self.tr("is not valid %1 text"),
            #: %1: the names of the formats Planner reads.
            RefusalCode.UNKNOWN_FORMAT: self.tr(
                "is not a conference program in any format Planner reads (%1)"
            ),
            RefusalCode.TOO_DEEP: self.tr("is nested too deeply to be a conference program"),
            RefusalCode.TIME_OUT_OF_RANGE: self.tr("has a date or time out of range"),
            RefusalCode.NOT_A_WEB_ADDRESS: self.tr(
                "only http:// and https:// addresses can be imported (or a file)"
            ),
            RefusalCode.JSON_TOO_DEEP: self.tr("JSON nested deeper than %1 levels"),
            RefusalCode.JSON_NESTED: self.tr("JSON nested too deeply"),
            #: %1: what the JSON reader said, in English.
            RefusalCode.BAD_JSON: self.tr("is not valid JSON: %1"),
            RefusalCode.JSON_HUGE_NUMBER: self.tr(
                "is not valid JSON: a number with thousands of digits"
            ),
            #: %1: a place in a JSON file (schedule.conference.days[0]): keep it as it is.
            RefusalCode.NOT_AN_OBJECT: self.tr("%1 should be an object"),
            #: %1: a place in a JSON file; %2: the name of a field there: keep both as
            #: they are.
            RefusalCode.NOT_TEXT: self.tr("%1: “%2” should be text"),
            RefusalCode.FIELD_TOO_LONG: self.tr(
                "%1: “%2” is %3 characters long (limit %4)", "a field of a JSON file"
            ),
            RefusalCode.MISSING: self.tr("%1: “%2” is missing"),
            RefusalCode.NOT_A_LIST: self.tr("%1: “%2” should be a list"),
            RefusalCode.NOT_A_FLAG: self.tr("%1: “%2” should be true or false"),
            #: %1: a place in a JSON file; %2: a field's name; %3: the value it gives.
            RefusalCode.NOT_A_DATE: self.tr("%1: “%2” is not a date (YYYY-MM-DD): “%3”"),
            RefusalCode.NOT_A_DATE_TIME: self.tr("%1: “%2” is not an ISO 8601 date-time: “%3”"),
            RefusalCode.DATE_OUT_OF_RANGE: self.tr(
                "%1: “%2” is out of the range of dates Planner keeps: “%3”"
            ),
            #: %1: a place in a JSON file; %2: a session's title; %3 to %4: its times.
            RefusalCode.SESSION_OUT_OF_RANGE: self.tr(
                "%1 (“%2”) has a date-time out of the range Planner keeps: “%3” to “%4”"
            ),
            #: "format" is the name of a field in the file: keep it as it is.
            RefusalCode.NOT_A_PLANNER_FILE: self.tr(
                'is not a Planner program file (no "format": "%1")'
            ),
            #: %1: the version the file names; %2: the version this Planner reads.
            RefusalCode.UNSUPPORTED_VERSION: self.tr(
                "Planner program format version %1 is not supported (this build reads version %2)"
            ),
            #: 'end' and 'start' are the names of fields in the file: keep them as they
            #: are.
            RefusalCode.CONFERENCE_ENDS_EARLY: self.tr("%1: 'end' is before 'start'"),
            #: rooms[%1] is a place in the file: keep it as it is.
            RefusalCode.NOT_A_ROOM_NAME: self.tr("rooms[%1] should be a room name"),
            RefusalCode.KEY_TWICE: self.tr("%1: key “%2” is used twice"),
            #: 'speakers' is the name of a field in the file: keep it as it is.
            RefusalCode.SPEAKERS_NOT_NAMES: self.tr("%1: 'speakers' should be a list of names"),
            RefusalCode.TOO_MANY_CONTROLS: self.tr(
                "is not well-formed XML (over %1 control characters that XML forbids)"
            ),
            RefusalCode.XML_ENTITIES: self.tr(
                "declares XML entities, which Planner refuses to expand (a common way to "
                "attack XML readers)"
            ),
            RefusalCode.XML_EXTERNAL: self.tr(
                "refers to external XML resources, which Planner never loads"
            ),
            #: %1: what the XML reader said, in English.
            RefusalCode.XML_FEATURE: self.tr("uses an XML feature Planner refuses (%1)"),
            RefusalCode.NOT_WELL_FORMED: self.tr("is not well-formed XML (%1)"),
            RefusalCode.NOT_XML: self.tr("cannot be read as XML (%1)"),
            RefusalCode.XML_TOO_DEEP: self.tr("XML nested deeper than %1 levels"),
            #: BEGIN:VCALENDAR is how an iCalendar file begins: keep it as it is.
            RefusalCode.NOT_ICALENDAR: self.tr(
                "is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)"
            ),
            #: TZID is a name in iCalendar files: keep it as it is.
            RefusalCode.ICALENDAR_TZID: self.tr(
                "is not valid iCalendar (a TZID names no time zone)"
            ),
            #: %1: what the iCalendar library said, in English.
            RefusalCode.BAD_ICALENDAR: self.tr("is not valid iCalendar (%1)"),
            #: VEVENT is a name in iCalendar files: keep it as it is.
            RefusalCode.NO_VEVENTS: self.tr("contains no events (VEVENT)"),
            #: “All” and “Sessions” are the names of Sessionize's views, in English there.
            RefusalCode.SESSIONIZE_SPEAKERS: self.tr(
                "is a Sessionize speaker list without sessions; export the “All” or "
                "“Sessions” view instead"
            ),
            RefusalCode.NO_SESSIONIZE_SESSIONS: self.tr("contains no Sessionize sessions"),
            #: <%1> and <schedule> are XML elements: keep them as they are.
            RefusalCode.NOT_FRAB_XML: self.tr(
                "is XML, but not a frab schedule (its root element is <%1>, not <schedule>)"
            ),
            #: <event> and <day> are XML elements: keep them as they are.
            RefusalCode.NO_FRAB_EVENTS: self.tr("contains no sessions (no <event> inside a <day>)"),
            #: <icalendar> is an XML element: keep it as it is.
            RefusalCode.NOT_XCAL: self.tr("is XML, but not xCal (no <icalendar> root element)"),
            RefusalCode.XCAL_WITHOUT_CALENDAR: self.tr("is an xCal file without a calendar"),
            #: <vevent> is an XML element: keep it as it is.
            RefusalCode.NO_XCAL_EVENTS: self.tr("contains no events (<vevent>)"),
            #: schedule.conference is a place in the file: keep it as it is.
            RefusalCode.NOT_FRAB_JSON: self.tr(
                "is JSON, but not a frab schedule (no schedule.conference)"
            ),
            RefusalCode.NO_SESSIONS: self.tr("contains no sessions"),
            RefusalCode.NO_SESSIONS_IN_RANGE: self.tr(
                "contains no sessions within the range of dates Planner keeps"
            ),
            RefusalCode.TOO_MANY_SPEAKERS: self.tr("has more than %1 speakers"),
            RefusalCode.TOO_MANY_SESSIONS: self.tr("has more than %1 sessions"),
            #: %1: a session (“session 3”) or another part of the program (“the
            #: conference”); %2: which of its texts (title, abstract…).
            RefusalCode.TOO_LONG: self.tr(
                "%1: %2 is %3 characters long (limit %4)", "a text of a program"
            ),
            #: %1: a track's name.
            RefusalCode.TRACK_COLOUR_TOO_LONG: self.tr(
                "track “%1”: colour is %2 characters long (limit %3)"
            ),
            #: %1: a session (“session 3”); %2: its title.
            RefusalCode.ENDS_BEFORE_START: self.tr("%1 (“%2”) ends before it starts"),
            RefusalCode.LASTS_DAYS: self.tr("%1 (“%2”) lasts %3 days"),
            RefusalCode.SESSION_SPEAKERS: self.tr("%1 has %2 speakers (limit %3)"),
            #: GUID and id are what identifies a session in the file.
            RefusalCode.KEY_TOO_LONG: self.tr(
                "%1: its GUID or id is too long to identify it by (%2 characters; limit %3)"
            ),
            # What a calendar is given.
            #: %1: the name the user gave a calendar.
            RefusalCode.CALENDAR_NAME_TAKEN: self.tr(
                "there is already a calendar target called “%1”"
            ),
            RefusalCode.CALENDAR_NEEDS_NAME: self.tr("a calendar target needs a name"),
            #: %1: the address the user gave.
            RefusalCode.CALDAV_NOT_WEB: self.tr(
                "%1: a CalDAV address must be an http:// or https:// URL"
            ),
            #: %1: the address the user gave (its password hidden); --username and --password-
            #: command are options of the command line: keep them as they are.
            RefusalCode.CALDAV_CREDENTIALS: self.tr(
                "%1: give the user name on its own (--username), and no password in the address "
                "(the keyring or --password-command keeps it)"
            ),
            RefusalCode.FOLDER_NO_PASSWORD: self.tr("a folder needs no user name or password"),
            # What the phone link is given.
            #: %1: the address the user gave.
            RefusalCode.PROGRAM_URL_INVALID: self.tr(
                "the program URL is not a valid web address: “%1”"
            ),
            #: %1: the address the user gave.
            RefusalCode.PROGRAM_URL_NOT_WEB: self.tr(
                "the program URL must be a web address (http or https), not “%1”"
            ),
            #: %1: the address the user gave (its password hidden).
            RefusalCode.PROGRAM_URL_CREDENTIALS: self.tr(
                "the program URL must not hold a user name or password: “%1” (a phone link is "
                "shared, and what it holds with it)"
            ),
            RefusalCode.QR_TOO_LONG: self.tr(
                "the link is %1 bytes long; a QR code holds at most %2 (share the link itself, or "
                "fewer sessions)"
            ),
            # A program file that names no time zone (the window asks for one).
            #: --tz Europe/Brussels is an option of the command line: keep it as it is.
            RefusalCode.NEEDS_ZONE: self.tr(
                "states no time zone; say which one, e.g. --tz Europe/Brussels"
            ),
            #: --tz Europe/Brussels is an option of the command line: keep it as it is.
            RefusalCode.NEEDS_ZONE_SESSIONIZE: self.tr(
                "states no time zone (Sessionize files never do); say which one, e.g. --tz "
                "Europe/Brussels"
            ),
            #: <start> is an XML element and --tz Europe/Brussels an option of the command
            #: line: keep them as they are.
            RefusalCode.NEEDS_ZONE_UTC_MARKED: self.tr(
                "states no time zone (its times are marked UTC but match the local <start> "
                "times); say which one, e.g. --tz Europe/Brussels"
            ),
            # Agenda files (a colleague's shared agenda).
            #: %1: the file's size (2.1 MB); %2: the limit in MiB.
            RefusalCode.AGENDA_TOO_BIG: self.tr("is %1; an agenda file is at most %2 MiB"),
            RefusalCode.NOT_AN_AGENDA_FILE: self.tr("is not a Planner agenda file"),
            #: %1: the version the file names, as it writes it; %2: the version this Planner reads.
            RefusalCode.AGENDA_VERSION: self.tr(
                "is an agenda file of version %1; this Planner reads version %2"
            ),
            RefusalCode.NO_CHECKSUM: self.tr(
                "has no checksum (it was not written by Planner, or was cut short)"
            ),
            RefusalCode.CHECKSUM_MISMATCH: self.tr(
                "was changed or damaged after it was shared (its checksum does not match)"
            ),
            #: %1: a place in the file (a field, an entry, a bookmark); %2: what is wrong there.
            #: Keep a place such as sessions[0] as it is.
            RefusalCode.AT: self.tr("%1: %2", "a place in a file, then what is wrong there"),
            RefusalCode.AGENDA_TOO_MANY: self.tr("lists %1 sessions (limit %2)"),
            #: Said of a session in a shared agenda file.
            RefusalCode.ENDS_BEFORE_IT_STARTS: self.tr("ends before it starts"),
            #: %1: a field of the file (priority, status); %2: the value it gives; %3: the values it
            #: may have. Keep the field's name and the values as they are.
            RefusalCode.NOT_ONE_OF: self.tr("%1 “%2” is not one of %3"),
            #: %1: a conference's title.
            RefusalCode.OTHER_CONFERENCE_AGENDA: self.tr(
                "is an agenda for “%1”, which is not the conference open here; import that "
                "conference's program first"
            ),
            # Dates and times in a shared file (`formats.times`).
            #: %1: a value the file gives.
            RefusalCode.BAD_DATE: self.tr("“%1” is not a date (YYYY-MM-DD)"),
            #: %1: a value the file gives.
            RefusalCode.BAD_DATE_TIME: self.tr("“%1” is not an ISO 8601 date-time"),
            #: %1: a date and time the file gives.
            RefusalCode.NO_OFFSET: self.tr("“%1” has no UTC offset and no time zone is known"),
            #: %1: a date and time the file gives.
            RefusalCode.BEYOND_DATES: self.tr("%1 is beyond the range of dates Planner keeps"),
            # Other apps' favourites files.
            #: %1: the file's size (2.1 MB); %2: what the file should be (a favourites file); %3:
            #: the limit in MiB.
            RefusalCode.FAVOURITES_TOO_BIG: self.tr("is %1; %2 is at most %3 MiB"),
            #: %1: what the file should be (a favourites file, a bookmarks file).
            RefusalCode.BINARY_NOT: self.tr("is binary data, not %1"),
            #: %1: which byte of the file, counted from 1.
            RefusalCode.NOT_UTF8: self.tr("is not UTF-8 text (byte %1 is not valid UTF-8)"),
            #: %1: what the CSV reader said, in English.
            RefusalCode.BAD_CSV: self.tr("is not valid CSV (%1)"),
            RefusalCode.IS_EMPTY: self.tr("is empty"),
            RefusalCode.TOO_MANY_FAVOURITES: self.tr("lists %1 favourites (limit %2)"),
            #: %1: an entry of the file (record 3); %2: the name of a field there: keep it as it is.
            RefusalCode.FAVOURITE_NOT_TEXT: self.tr("%1: %2 is not text"),
            #: %1: an entry of the file (record 3); %2: the name of a field there: keep it as it is.
            RefusalCode.FAVOURITE_TOO_LONG: self.tr("%1: %2 is %3 characters long"),
            #: %1: an entry of the file (record 3); %2: the value it gives.
            RefusalCode.NOT_A_CLOCK_TIME: self.tr("%1: “%2” is not a time of day"),
            #: %1: an entry of the file (record 3); %2: the value it gives.
            RefusalCode.NOT_AN_INSTANT: self.tr("%1: “%2” is not a date and time"),
            #: %1: an entry of the file (record 3); %2: the date and time it gives.
            RefusalCode.NO_TIME_ZONE: self.tr("%1: “%2” has no time zone"),
            #: %1: the header the file should begin with: keep it as it is.
            RefusalCode.NOT_SOJOURNER: self.tr("is not a Sojourner favourites file (no %1)"),
            #: %1: an entry of the file (record 3).
            RefusalCode.FIELD_COUNT: self.tr("%1 has %2 fields, not %3"),
            #: %1: an entry of the file (record 3); %2: the name of a field it should have (ID,
            #: lecture_id): keep it as it is.
            RefusalCode.HAS_NO: self.tr("%1 has no %2"),
            #: %1: an entry of the file (record 3); %2: the value it gives.
            RefusalCode.NOT_A_WEEKDAY: self.tr("%1: “%2” is not a weekday"),
            #: lectures is the name of a field in the file: keep it as it is.
            RefusalCode.NOT_EVENTFAHRPLAN: self.tr(
                "is not an EventFahrplan favourites export (no lectures)"
            ),
            #: type,id is the header the file should begin with: keep it as it is.
            RefusalCode.NOT_FOSDEM_PWA: self.tr(
                "is not a FOSDEM PWA bookmarks file (no type,id header)"
            ),
            #: %1: an entry of the file (record 3); %2: how many fields it has; %3: how many the
            #: header names.
            RefusalCode.FIELDS_OVER_HEADER: self.tr("%1 has %2 fields, the header %3"),
            #: %1: an entry of the file (record 3); type, event and track are words of the file:
            #: keep them as they are.
            RefusalCode.NOT_EVENT_OR_TRACK: self.tr("%1: type “%2” is not event or track"),
            #: %1: an entry of the file (record 3); day is the name of a field in the file: keep it
            #: as it is.
            RefusalCode.NOT_A_DAY_NUMBER: self.tr("%1: day “%2” is not a day number"),
            #: %1: an entry of the file (bookmark 3); UID is a name in iCalendar files: keep it as
            #: it is.
            RefusalCode.NOT_COMPANION_UID: self.tr(
                "%1: UID “%2” is not one FOSDEM Companion writes"
            ),
            RefusalCode.SEVERAL_YEARS: self.tr("mixes bookmarks of several FOSDEM years"),
            #: %1: an entry of the file (bookmark 3); %2: a name in iCalendar files (DTSTART): keep
            #: it as it is.
            RefusalCode.FIELD_NOT_INSTANT: self.tr("%1: %2 is not a date and time"),
            #: %1: an entry of the file (bookmark 3); %2: a name in iCalendar files (DTSTART): keep
            #: it as it is.
            RefusalCode.NOT_UTC: self.tr("%1: %2 is not a date and time in UTC"),
            # Giggity links.
            RefusalCode.LINK_TOO_LONG: self.tr("is %1 characters long; too long for a link"),
            #: %1: how a Giggity link begins (a web address): keep it as it is.
            RefusalCode.NOT_GIGGITY: self.tr("is not a Giggity link (those start with %1)"),
            #: url= is a part of the link: keep it as it is.
            RefusalCode.NO_PROGRAM_URL: self.tr(
                "names no program (its url= part is missing or empty)"
            ),
            #: %1: where the link says the program is.
            RefusalCode.PROGRAM_NOT_WEB: self.tr("names a program at “%1”, not a web address"),
            #: see= and del= are parts of the link: keep them as they are.
            RefusalCode.NO_EVENTS_LISTED: self.tr("lists no events (it has no see= or del= part)"),
            #: %1=: a part of the link (see=, del=): keep it as it is.
            RefusalCode.NOT_BASE64: self.tr("is damaged: its %1= part is not base64url text"),
            #: %1=: a part of the link (see=, del=): keep it as it is; %2: what the unpacking said,
            #: in English.
            RefusalCode.DOES_NOT_UNPACK: self.tr("is damaged: its %1= part does not unpack (%2)"),
            #: %1=: a part of the link (see=, del=): keep it as it is.
            RefusalCode.UNPACKS_TOO_MUCH: self.tr(
                "is damaged: its %1= part unpacks to too much data"
            ),
            #: %1=: a part of the link (see=, del=): keep it as it is.
            RefusalCode.ENDS_EARLY: self.tr("is cut short: its %1= part ends early"),
            #: %1=: a part of the link (see=, del=): keep it as it is.
            RefusalCode.NOT_A_JSON_LIST: self.tr("is damaged: its %1= part is not a JSON list"),
            #: %2=: a part of the link (see=, del=): keep it as it is.
            RefusalCode.TOO_MANY_IDS: self.tr("lists %1 events in %2= (limit %3)"),
            #: %1: which item, counted from 1; %2=: a part of the link (see=, del=): keep it as it
            #: is.
            RefusalCode.NOT_AN_EVENT_ID: self.tr(
                "is damaged: item %1 of its %2= part is not an event id"
            ),
            # Matching a phone's favourites to a conference here.
            #: %1: how a Giggity link begins: keep it as it is.
            RefusalCode.WEB_NOT_GIGGITY: self.tr(
                "is a web address but not a Giggity link (%1…); save the file it points to and "
                "import that"
            ),
            #: %1: a conference's title.
            RefusalCode.LINK_OTHER_CONFERENCE: self.tr(
                "is a link for “%1”, which is not the conference open here"
            ),
            #: %1: a phone app (Sojourner, Giggity); %2 and %4: years; %3: a conference's title.
            RefusalCode.OTHER_YEAR: self.tr("holds %1 favourites of %2; “%3” is in %4"),
            #: %1 and %2: conferences' titles.
            RefusalCode.NONE_OF_SESSIONS_ELSEWHERE: self.tr(
                "names none of the sessions of “%1”; they are in “%2”"
            ),
            #: %1: a conference's title.
            RefusalCode.NONE_OF_SESSIONS_HERE: self.tr(
                "names none of the sessions of “%1”, nor of any conference here"
            ),
            RefusalCode.NONE_OF_ANY: self.tr(
                "names none of the sessions of any conference imported here"
            ),
            #: %1: a year.
            RefusalCode.NONE_OF_ANY_YEAR: self.tr(
                "names none of the sessions of any conference of %1 imported here"
            ),
            #: %1: the program's web address.
            RefusalCode.PROGRAM_NOT_IMPORTED: self.tr(
                "is a link for the program at %1, which has not been imported here; import it "
                "first, or say which conference it is for"
            ),
            # Downloads.
            RefusalCode.WEB_ONLY: self.tr("only http:// and https:// addresses can be imported"),
            RefusalCode.WEB_CREDENTIALS: self.tr(
                "a web address with a user name or password cannot be imported (Planner sends no "
                "credentials, and would keep the password in plain text)"
            ),
            RefusalCode.WEB_SPACES: self.tr(
                "is not a valid web address (it contains spaces or control characters)"
            ),
            #: %1: what the web address reader said, in English.
            RefusalCode.BAD_WEB_ADDRESS: self.tr("is not a valid web address (%1)"),
            #: %1: the file's size (2.1 GB); %2: the limit in MiB.
            RefusalCode.DOWNLOAD_TOO_BIG: self.tr("is %1, over the %2 MiB limit"),
            #: %1: the limit in MiB.
            RefusalCode.OVER_LIMIT: self.tr("is over the %1 MiB limit"),
            #: %1: how much arrived (1.2 MB); %2: the file's size.
            RefusalCode.CUT_SHORT_OF: self.tr(
                "the connection closed before the whole file had arrived (%1 of %2)"
            ),
            #: %1: a number of seconds.
            RefusalCode.DEADLINE: self.tr("did not finish downloading within %1 seconds"),
            #: 304 Not Modified is an HTTP answer: keep it as it is.
            RefusalCode.NOT_MODIFIED_UNASKED: self.tr(
                "the server answered 304 Not Modified, but Planner asked for the whole file (it "
                "has no copy to keep)"
            ),
            #: The server redirected the download to an address that is not http:// or https://, and
            #: Planner refused to follow it.
            RefusalCode.REDIRECT_NON_WEB: self.tr(
                "the server redirect to a non-web address refused"
            ),
            RefusalCode.REDIRECT_LOOP: self.tr(
                "the server redirects in a loop (or more than 10 times)"
            ),
            #: %1: an HTTP status code (404); %2: its reason as the server sent it (Not Found).
            RefusalCode.HTTP_STATUS: self.tr("the server answered %1 %2"),
            #: %1: a number of seconds.
            RefusalCode.NO_ANSWER: self.tr("did not answer within %1 seconds"),
            #: %1: what the system said (in this language where Planner knows the fault,
            #: else the system's English words).
            RefusalCode.UNREACHABLE: self.tr("cannot be reached (%1)"),
            RefusalCode.CUT_SHORT: self.tr(
                "the connection closed before the whole file had arrived"
            ),
            RefusalCode.LONG_HEADER: self.tr(
                "the server sent a header line longer than HTTP clients accept"
            ),
            RefusalCode.DISCONNECTED: self.tr("the server closed the connection without answering"),
            RefusalCode.NOT_HTTP: self.tr("the server's answer is not HTTP (a bad status line)"),
            RefusalCode.TOO_MANY_HEADERS: self.tr(
                "the server sent more headers than HTTP clients accept"
            ),
            #: %1: what the HTTP library said, in English.
            RefusalCode.BAD_HTTP: self.tr("the server's answer is not valid HTTP (%1)"),
            #: %1: what the HTTP library said, in English.
            RefusalCode.BAD_ADDRESS_OR_ANSWER: self.tr("is not a valid web address or answer (%1)"),
            #: %1: what the system said (in this language where Planner knows the fault,
            #: else the system's English words).
            RefusalCode.DOWNLOAD_FAILED: self.tr("download failed (%1)"),
            # Why an iCalendar event's time cannot be read, in "event 12 (“Talk”) has an
            # unreadable time (%3); skipped".
            #: %1: the value the file gives, as Python writes it. DTEND is a field of an
            #: iCalendar file: keep it as it is.
            RefusalCode.ICAL_END_NOT_DATE: self.tr("DTEND is not a date or date-time: %1"),
            #: %1: the value the file gives, as Python writes it. DURATION is a field of an
            #: iCalendar file: keep it as it is.
            RefusalCode.ICAL_NOT_DURATION: self.tr("DURATION is not a duration: %1"),
            #: %1: the value the file gives, as Python writes it.
            RefusalCode.ICAL_NOT_DATE: self.tr("not a date or date-time: %1"),
            #: Why an event's time cannot be read: it is beyond the dates a computer keeps.
            RefusalCode.DATE_VALUE_OUT_OF_RANGE: self.tr("date value out of range"),
            RefusalCode.BUSY_NEEDS_ZONE: self.tr("busy block times need a time zone"),
            RefusalCode.BUSY_ENDS_FIRST: self.tr("a busy block must end after it starts"),
            #: %1: the earliest date (as 1900-01-01); %2: the latest date and time (UTC).
            RefusalCode.BUSY_OUT_OF_RANGE: self.tr(
                "a busy block must start on or after %1 and end by %2 UTC"
            ),
            #: %1: the most minutes allowed; %2: the minutes given.
            RefusalCode.WALKING_OUT_OF_RANGE: self.tr(
                "the walking time must be between 0 and %1 minutes, not %2"
            ),
            #: %1: the most minutes allowed; %2: the minutes given.
            RefusalCode.TOLERANCE_OUT_OF_RANGE: self.tr(
                "the tolerance must be between 0 and %1 minutes, not %2"
            ),
            #: %1 and %2: two rooms; %3: the most minutes allowed; %4: the minutes given.
            RefusalCode.ROOMS_WALK_OUT_OF_RANGE: self.tr(
                "the walking time between %1 and %2 must be between 0 and %3 minutes, not %4"
            ),
            #: %1: the most minutes allowed (a week).
            RefusalCode.ALARM_OUT_OF_RANGE: self.tr(
                "the alarm must be between 0 and %1 minutes before"
            ),
            #: Options of the command line (--caldav URL, --vdir DIR): keep them as they are.
            RefusalCode.CALDAV_OR_VDIR: self.tr("give either --caldav URL or --vdir DIR"),
            #: --password-command is an option of the command line: keep it as it is.
            RefusalCode.PASSWORD_AND_COMMAND: self.tr(
                "give a password or a --password-command, not both"
            ),
            #: “pass show calendar” is a command: keep it as it is.
            RefusalCode.NO_KEYRING: self.tr(
                "No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is "
                "available on this computer, so Planner cannot keep the password safely. Give a "
                "command that prints the password instead, such as “pass show calendar”."
            ),
            #: “pass show calendar” and the command line in brackets are commands: keep them
            #: as they are.
            RefusalCode.NO_KEYRING_COMMAND: self.tr(
                "No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is "
                "available on this computer, so Planner cannot keep the password safely. Give a "
                "command that prints the password instead, such as “pass show calendar”. "
                "(planner calendar add … --password-command CMD)"
            ),
            #: %1: a value given to Planner (a name, a key, an address, a file), its bytes
            #: that are not UTF-8 shown as escapes.
            RefusalCode.NOT_UTF8_VALUE: self.tr(
                "“%1” is not UTF-8 text; Planner keeps names, keys, addresses and the files it "
                "remembers as UTF-8"
            ),
            #: %1: the largest number the database can hold.
            RefusalCode.NUMBER_TOO_BIG: self.tr(
                "a number beyond what the database can hold (at most %1) was given"
            ),
            #: %1: the format's name given; %2: the names of the formats Planner reads
            #: (identifiers: keep them as they are; “auto” is one too).
            RefusalCode.UNKNOWN_FORMAT_NAME: self.tr("unknown format “%1”; choose from auto, %2"),
            #: %1: a file. .png and .svg are file name endings: keep them.
            RefusalCode.QR_SUFFIX: self.tr("%1: a QR code is saved as .png or .svg"),
            #: %1: a conference's title. --program-url URL is an option of the command line,
            #: Giggity an app for phones: keep them as they are.
            RefusalCode.NO_PROGRAM_ADDRESS: self.tr(
                "Planner does not know where the program of “%1” is published; give its web "
                "address once with --program-url URL (the address Giggity loads it from, e.g. "
                "https://fosdem.org/2025/schedule/xml)"
            ),
        }
        return texts[code]


def _size(size: int) -> str:
    """A size in bytes as the locale writes it ("2,1 MB")."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


_KINDS = frozenset(
    {
        "a conference program",
        "a favourites file",
        "a bookmarks file",
        "an agenda file",
        "shared favourites",
        "a quick-start snapshot",
        "an event file",
        "a folder",
        "a named pipe (FIFO)",
        "a socket",
        "a device",
        "not a regular file",
    }
)
REFUSALS = RefusalTexts()
