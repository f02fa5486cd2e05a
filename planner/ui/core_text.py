"""The core's explanations in the window's language.

The core returns codes with values where it explains something (`planner.domain.messages`,
a `Finding`'s kind and minutes, an `ImportReport`'s counts); `str()` of those is the
English the command line prints. Here each becomes a whole translated sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.calendars.messages import (
    CheckCode,
    NetworkCause,
    Request,
    ServerCode,
    ServerMessage,
)
from planner.domain.conflicts import FindingKind
from planner.domain.messages import DetailCode, ReasonCode, SuggestionCode
from planner.domain.updates import ChangeKind
from planner.ui.i18n import Translatable, arg
from planner.ui.locale_format import Formats
from planner.ui.words import WORDS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from planner.calendars.messages import ConnectionChecked
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

    def change(self, change: Change) -> str:
        """One line of the import report: what happened to a session, and the details."""
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
        if change.starred:
            text = arg(self.tr("%1 [starred]"), text)
        return text

    def import_summary(self, report: ImportReport) -> str:
        """The import's one line: what was imported or updated, its size, what changed."""
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
        if said.code is ServerCode.UNREACHABLE and not said.status:
            causes = {
                NetworkCause.CERTIFICATE: self.tr("its TLS certificate could not be verified"),
                NetworkCause.REFUSED: self.tr("connection refused"),
                NetworkCause.TIMED_OUT: self.tr("timed out"),
                NetworkCause.UNKNOWN_HOST: self.tr("unknown host name"),
                NetworkCause.NO_NETWORK: self.tr("no network or unknown host name"),
            }
            cause = causes.get(said.cause, said.detail)
            #: A server's host name, then why it cannot be reached.
            return arg(self.tr("%1 cannot be reached (%2)"), said.host, cause)
        if said.code is ServerCode.LOGIN_REFUSED and not said.status:
            return arg(
                self.tr("%1 refused the user name or password (check them, or the app password)"),
                said.host,
            )
        if said.code is ServerCode.SERVER_SAID:
            #: A server's host name, then the error the CalDAV library reported (English).
            return arg(self.tr("%1: %2", "a server, then what it said"), said.host, said.detail)
        #: %1: an HTTP status code (404), %2: its reason as the server sent it (Not Found).
        refused = {
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
        said: ServerMessage | None = getattr(error, "said", None)
        if said is None:
            return str(error)
        target: str = getattr(error, "target", "")
        if target:
            #: A calendar's name, then what went wrong with its server.
            text = self.tr("%1: %2", "a calendar, then what went wrong")
            return arg(text, target, self.server(said))
        return self.server(said)

    def checked(self, found: ConnectionChecked) -> str:
        """What a connection test found."""
        if found.code is CheckCode.WRITABLE:
            #: A folder or file, which a calendar test could write to.
            return arg(self.tr("%1 can be written"), found.location)
        if found.code is CheckCode.CREATED:
            text = self.tr("%1: created the calendar “%2” at %3")
        else:
            text = self.tr("%1: found the calendar “%2” at %3")
        return arg(text, found.target, found.calendar, found.url)


CORE = CoreTexts()
