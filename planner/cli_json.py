"""The command line's public JSON: every document `planner ... --json` prints is built
here, field by field, and nowhere else.

It is a public interface (see `planner.cli`): add fields, never rename or drop one.
Times are ISO 8601 in the conference's zone (or the zone given), dates ISO dates.
Standard library only, and nothing but the value objects the core hands out.
"""

from __future__ import annotations

from datetime import UTC
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from datetime import datetime, tzinfo
    from pathlib import Path
    from zoneinfo import ZoneInfo

    from planner.calendars.sync import SyncReport
    from planner.domain.agenda import BusyInfo, ConferenceInfo, OverlayInfo, Status, TalkInfo
    from planner.domain.calendars import TargetInfo
    from planner.domain.conflicts import (
        Commitment,
        ConflictSet,
        ConflictSettings,
        Detection,
        Finding,
    )
    from planner.domain.resolution import Decision, Resolution
    from planner.domain.suggest import Suggestion
    from planner.domain.updates import ImportReport
    from planner.services import AgendaImport, Comparison, PhoneLink

Document = dict[str, Any]


def iso(moment: datetime, zone: tzinfo) -> str:
    """`moment` in the conference's zone; in UTC where that zone would take it beyond the
    calendar (a busy block an older Planner saved on 9999-12-31)."""
    try:
        return moment.astimezone(zone).isoformat()
    except OverflowError:
        return moment.astimezone(UTC).isoformat()


# -- conferences and sessions -------------------------------------------------------------
def conference_json(conference: ConferenceInfo) -> Document:
    return {
        "id": conference.id,
        "title": conference.title,
        "acronym": conference.acronym,
        "time_zone": conference.time_zone,
        "start": conference.start.isoformat(),
        "end": conference.end.isoformat(),
        "sessions": conference.talk_count,
        "source": conference.source,
        "version": conference.version,
        "format": conference.format,
        "notice": conference.notice,
        "url": conference.url,
        "imported_at": conference.imported_at.isoformat(),
    }


def session_json(talk: TalkInfo, zone: ZoneInfo) -> Document:
    star = talk.star
    return {
        "key": talk.key,
        "title": talk.title,
        "start": iso(talk.start, zone),
        "end": iso(talk.end, zone),
        "day": talk.start.astimezone(zone).date().isoformat(),
        "room": talk.room,
        "track": talk.track,
        "speakers": list(talk.speaker_names),
        "starred": star is not None,
        "priority": star.priority.value if star else None,
        "status": star.status.value if star else None,
        # The user's note; null for a session with neither a star nor a note.
        "note": talk.note if star or talk.note else None,
        "conference_id": talk.conference_id,
        "subtitle": talk.subtitle,
        "type": talk.type,
        "language": talk.language,
        "abstract": talk.abstract,
        "url": talk.url,
        "links": [{"url": link.url, "title": link.title} for link in talk.links],
        "untitled": talk.untitled,
        "cancelled": talk.cancelled,
    }


def unstarred_json(key: str, title: str, removed: bool) -> Document:
    return {"key": key, "title": title, "removed": removed}


def import_report_json(report: ImportReport) -> Document:
    # Imported here: the read commands' documents need none of its dataclasses (each costs
    # Python 5-8 M instructions to create) nor its `difflib`.
    from planner.domain.updates import ChangeKind

    return {
        "conference_id": report.conference_id,
        "title": report.title,
        "created": report.created,
        "format": report.format,
        "source": report.source,
        "unchanged": report.unchanged,
        "counts": {
            "sessions": report.sessions,
            "speakers": report.speakers,
            "rooms": report.rooms,
            "tracks": report.tracks,
            "days": report.days,
            "added": report.count(ChangeKind.ADDED),
            "removed": report.count(ChangeKind.REMOVED),
            "moved": report.count(ChangeKind.MOVED),
            "changed": report.count(ChangeKind.CHANGED),
        },
        "changes": [
            {
                "kind": change.kind.value,
                "key": change.key,
                "title": change.title,
                "starred": change.starred,
                "details": list(change.details),
                "previous_key": change.previous_key or None,
            }
            for change in report.changes
        ],
        "warnings": list(report.warnings),
    }


# -- clashes --------------------------------------------------------------------------------
def commitment_json(item: Commitment, zone: ZoneInfo) -> Document:
    return {
        "key": item.key,
        "title": item.title,
        "start": iso(item.start, zone),
        "end": iso(item.end, zone),
        "room": item.room,
        "priority": item.priority.value if item.priority else None,
        "busy": item.is_busy,
    }


def finding_json(finding: Finding, zone: ZoneInfo) -> Document:
    return {
        "kind": finding.kind.value,
        "first": commitment_json(finding.first, zone),
        "second": commitment_json(finding.second, zone),
        "overlap_minutes": finding.overlap_minutes,
        "gap_minutes": finding.gap_minutes,
        "needed_minutes": finding.needed_minutes,
        "description": finding.describe(),
    }


def conflict_set_json(group: ConflictSet, zone: ZoneInfo) -> Document:
    return {
        "keys": list(group.keys),
        "overlap_minutes": group.overlap_minutes,
        "sessions": [commitment_json(m, zone) for m in group.members],
    }


def conflicts_json(
    conference_id: int, settings: ConflictSettings, detection: Detection, zone: ZoneInfo
) -> Document:
    return {
        "conference_id": conference_id,
        "settings": settings.to_json(),  # the stored form of the settings, on purpose
        "conflict_sets": [conflict_set_json(group, zone) for group in detection.sets],
        "findings": [finding_json(f, zone) for f in detection.findings],
    }


def decision_json(decision: Decision) -> Document:
    return {
        "key": decision.key,
        "title": decision.title,
        "from": decision.previous.value,
        "to": decision.status.value,
        "reason": decision.reason,
    }


def resolution_json(resolution: Resolution, dry_run: bool, zone: ZoneInfo) -> Document:
    return {
        "dry_run": dry_run,
        "changes": [decision_json(d) for d in resolution.changes],
        "decisions": [decision_json(d) for d in resolution.decisions],
        "unresolved": [conflict_set_json(group, zone) for group in resolution.unresolved],
        "unresolved_transfers": [finding_json(f, zone) for f in resolution.unresolved_transfers],
        "total_weight": resolution.total_weight,
    }


def kept_json(key: str, moved: Mapping[str, tuple[Status | None, Status]]) -> Document:
    """`resolve KEY`: whose status moved from what to what, and whether KEY was starred
    on the way (a session not starred before has no "from": it is not in "changes")."""
    return {
        "key": key,
        "changes": [
            {"key": other, "from": old.value, "to": new.value}
            for other, (old, new) in moved.items()
            if old is not None
        ],
        "starred": any(old is None for old, _ in moved.values()),
    }


def busy_json(busy: BusyInfo, zone: ZoneInfo) -> Document:
    shown = zone if busy.in_calendar else UTC  # beyond the calendar: both ends in UTC
    return {
        "id": busy.id,
        "key": busy.key,
        "title": busy.title,
        "start": iso(busy.start, shown),
        "end": iso(busy.end, shown),
    }


def suggestion_json(suggestion: Suggestion, zone: ZoneInfo) -> Document:
    return {
        "gap_start": iso(suggestion.gap.start, zone),
        "gap_end": iso(suggestion.gap.end, zone),
        **session_json(suggestion.talk, zone),
        "score": suggestion.score,
        "reasons": list(suggestion.reasons),
    }


# -- exports ----------------------------------------------------------------------------------
def pdf_written_json(target: Path, pages: int) -> Document:
    return {"path": str(target), "pages": pages}


def ics_written_json(target: Path, events: int) -> Document:
    return {"path": str(target), "events": events}


def live_json(target: Path | None) -> Document:
    """`export ics --live` (the file now followed), or `--stop-live` (None)."""
    return {"live": None} if target is None else {"path": str(target), "live": True}


# -- colleagues -------------------------------------------------------------------------------
def overlay_json(overlay: OverlayInfo, zone: ZoneInfo) -> Document:
    return {
        "id": overlay.id,
        "name": overlay.name,
        "source": overlay.source,
        "visible": overlay.visible,
        "imported_at": overlay.imported_at.isoformat(),
        "sessions": [
            {
                "key": s.talk_key or None,
                "title": s.title,
                "start": iso(s.start, zone),
                "priority": s.priority.value,
                "status": s.status.value,
                "note": s.note,
                "in_program": bool(s.talk_key),
            }
            for s in overlay.sessions
        ],
    }


def agenda_import_json(result: AgendaImport, merged: Sequence[str], zone: ZoneInfo) -> Document:
    return {
        **overlay_json(result.overlay, zone),
        "unmatched": [{"title": s.title, "start": iso(s.start, zone)} for s in result.unmatched],
        "other_program_version": result.other_program_version,
        "merged": list(merged),
        "app": result.app or None,  # whose favourites (Giggity...), None for agenda files
        "not_imported": list(result.not_imported),  # what could not be shown, and why
        "replaced": result.replaced,  # their agenda imported before, replaced by this one
    }


def phone_link_json(share: PhoneLink, qr: str | None, zone: ZoneInfo) -> Document:
    """`agenda link`: the Giggity link and what is (not) in it."""
    return {
        "link": share.link,
        "program_url": share.feed_url,
        "program_url_from": share.feed_url_from,  # "given", "remembered" or "import"
        "sessions": len(share.linked),
        "keys": list(share.linked),
        "not_linked": [
            {"key": t.key, "title": t.title, "start": iso(t.start, zone)} for t in share.not_linked
        ],
        "qr": qr,
    }


def csv_written_json(target: Path, sessions: int) -> Document:
    return {"path": str(target), "sessions": sessions}


def agenda_written_json(target: str, sessions: int) -> Document:
    return {"path": target, "sessions": sessions}


def overlay_removed_json(overlay_id: int) -> Document:
    return {"id": overlay_id, "removed": True}


def merged_json(overlay_id: int, merged: Sequence[str]) -> Document:
    return {"id": overlay_id, "merged": list(merged)}


def comparison_json(
    overlay_id: int, comparison: Comparison, talks: Mapping[str, TalkInfo], zone: ZoneInfo
) -> Document:
    def brief(keys: tuple[str, ...]) -> list[Document]:
        return [
            {"key": k, "title": talks[k].title, "start": iso(talks[k].start, zone)} for k in keys
        ]

    return {
        "id": overlay_id,
        "name": comparison.overlay.name,
        "shared": brief(comparison.shared),
        "only_mine": brief(comparison.only_mine),
        "only_theirs": brief(comparison.only_theirs),
        "common_free": [
            {"start": iso(a, zone), "end": iso(b, zone)} for a, b in comparison.common_free
        ],
    }


# -- calendar targets -------------------------------------------------------------------------
def target_json(target: TargetInfo, pending: int | None) -> Document:
    from planner.domain.calendars import TargetKind  # an enum: only this document needs it

    failure = target.last_failure
    return {
        "name": target.name,
        "kind": target.kind.value,
        "conference_id": target.conference_id,
        "location": target.location,
        "calendar": target.calendar_name if target.kind is TargetKind.CALDAV else None,
        "calendar_url": target.calendar_url or None,
        "username": target.username or None,
        "password": (
            "command"
            if target.password_command
            else "keyring"
            if target.kind is TargetKind.CALDAV and target.username
            else None
        ),
        "include_plan_b": target.include_plan_b,
        "alarm_minutes": target.alarm_minutes,
        "last_sync": target.last_sync.isoformat() if target.last_sync else None,
        "last_error": target.last_error or None,
        # The same as a code with its values (see `SyncFailure`), for a program to tell
        # failures apart without reading English.
        "last_error_code": failure.code.value if failure else None,
        "last_error_values": failure.values() if failure else None,
        "pending": pending,
    }


def target_removed_json(name: str) -> Document:
    return {"name": name, "removed": True}


def sync_report_json(report: SyncReport) -> Document:
    return {
        "target": report.target,
        "kind": report.kind,
        "ok": report.ok,
        "created": report.created,
        "updated": report.updated,
        "removed": report.removed,
        "unchanged": report.unchanged,
        "conflicts": list(report.conflicts),
        "notes": list(report.notes),
        "errors": [report.error] if report.error else [],
        # Why it failed: "offline" (tried again later), "refused" (the user name or
        # password), "failed" (anything else); null when it did not.
        "problem": report.problem.value or None,
        "pending": report.pending,
    }
