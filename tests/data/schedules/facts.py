"""Expected facts of each corpus file, read with the standard library only, as the file says.

Independent of Planner on purpose: this reads each file literally, as its format defines
it, and writes `FILE.facts.json` beside it - the number of events, the distinct rooms and
speakers, and the first and last start - which the tests then hold Planner's import to.
Run it again only when a file is added (`python tests/data/schedules/facts.py`); the files
themselves never change.

None of Planner's readings of what a file *means* is repeated here. Where Planner reads a
file differently from what it literally says (a "Z" on local clock times, speakers named in
a description line, Sessionize's "Z"), the facts below are what the file says, and the
facts JSON carries a separate `"hand"` block, written and checked by a person against the
file's own evidence (kept in the block) and never touched by this script; the tests check
Planner against the hand block there and assert that it differs from the literal facts.

What counts, per format:
- events: every event of the schedule; iCalendar VEVENTs not marked CANCELLED; Sessionize
  sessions with a start (once each, the GridSmart view repeats none).
- rooms, speakers: distinct non-empty names, white space collapsed. Speakers are the
  people the format names as such: frab/Pentabarf `<persons><person>`, and a bare
  `<person>` element as one name, its text as written; c3voc JSON participants whose
  `role` is SPEAKER (schema2.json's default); Sessionize's session speakers; xCal
  `<attendee>`. iCalendar has no speaker property (ATTENDEE is an invitee): none.
- starts: an instant where the file gives an offset or "Z", else the wall-clock time as
  written (no offset): the tests place those in the zone they import with.
- derived inputs (`derived/`): a real file with characters inserted. Their facts are those
  of the original, after checking that undoing the stated change gives it byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent

# derived file -> (the real file it came from, the line that was added as line 2, the
# character inserted); README.md and the file's .license say where and why.
DERIVED = {
    "derived/39c3-control-characters.xml": (
        "xml/eventfahrplan-schedule-39c3-20251206.xml",
        2,
        b"\x06",
    ),
}


def _name(text: str | None) -> str:
    return " ".join((text or "").split())


def _moment(text: str) -> datetime | None:
    text = text.strip()
    if not text:
        return None
    if text.endswith("Z"):
        text = text[:-1] + "+00:00"
    match = re.fullmatch(r"(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)(.*)", text)
    if match:  # iCalendar's basic format
        y, mo, d, h, mi, s, rest = match.groups()
        text = f"{y}-{mo}-{d}T{h}:{mi}:{s}{rest}"
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


# -- frab / Pentabarf XML --------------------------------------------------------------
def _clock(text: str) -> tuple[int, int] | None:
    match = re.fullmatch(r"\s*(\d{1,2}):(\d\d)(?::\d\d)?\s*", text or "")
    return (int(match[1]), int(match[2])) if match else None


def frab_xml(data: bytes) -> list[dict[str, Any]]:
    root = ET.fromstring(data)
    conference = root.find("conference")
    day_change = _clock(conference.findtext("day_change") or "") if conference is not None else None
    events = []
    for day in root.findall("day"):
        day_date = (day.get("date") or "")[:10]
        day_start = day.get("start", "")
        boundary = _clock(day_start[11:16]) if len(day_start) > 10 else day_change
        for holder in [day, *day.findall("room")]:
            room_name = holder.get("name", "") if holder.tag == "room" else ""
            for event in holder.findall("event"):
                start = _moment(event.findtext("date") or "")
                clock = _clock(event.findtext("start") or "")
                # Pentabarf without <date>: the day's date and <start>, times before the
                # day's change-over belonging to the next calendar day
                if start is None and clock is not None and day_date:
                    start = datetime.fromisoformat(f"{day_date}T{clock[0]:02d}:{clock[1]:02d}")
                    if boundary is not None and clock < boundary:
                        start += timedelta(days=1)
                persons = [_name(p.text) for p in event.findall("persons/person")]
                persons.extend(_name(p.text) for p in event.findall("person"))
                events.append(
                    {
                        "start": start,
                        "room": _name(event.findtext("room")) or _name(room_name),
                        "speakers": persons,
                    }
                )
    return events


# -- frab / c3voc JSON -------------------------------------------------------------------
def _text(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("name") or value.get("title") or value.get("slug") or "")
    return "" if value is None or isinstance(value, bool) else str(value)


def frab_json(data: bytes) -> list[dict[str, Any]]:
    schedule = json.loads(data)["schedule"]
    raw: list[tuple[dict[str, Any], str]] = []
    for day in schedule["conference"].get("days") or []:
        for room, items in (day.get("rooms") or {}).items():
            raw.extend((item, room) for item in items)
    raw.extend((item, "") for item in schedule.get("events") or [])
    events = []
    for item, room in raw:
        people = item.get("persons") or item.get("participants") or []
        names = []
        for person in people:
            if isinstance(person, str):
                names.append(_name(person))
            elif str(person.get("role", "SPEAKER")) == "SPEAKER":
                names.append(_name(_text(person.get("public_name") or person.get("name"))))
        events.append(
            {
                "start": _moment(_text(item.get("date") or item.get("start"))),
                "room": _name(_text(item.get("room"))) or _name(room),
                "speakers": names,
            }
        )
    return events


# -- Sessionize --------------------------------------------------------------------------
def sessionize(data: bytes) -> list[dict[str, Any]]:
    document = json.loads(data)
    sessions: list[dict[str, Any]] = []
    speakers: dict[str, str] = {}
    rooms: dict[str, str] = {}
    if isinstance(document, dict):
        sessions = document.get("sessions", [])
        speakers = {s["id"]: _name(s.get("fullName")) for s in document.get("speakers", [])}
        rooms = {str(r["id"]): _name(r["name"]) for r in document.get("rooms", [])}
    else:
        seen = set()
        for group in document:
            if "fullName" in group:
                continue
            sessions.extend(group.get("sessions", []))
            for room in group.get("rooms", []):
                for session in room.get("sessions", []):
                    if session["id"] not in seen:
                        seen.add(session["id"])
                        sessions.append(session)
    events = []
    for session in sessions:
        if not session.get("startsAt"):
            continue
        names = [
            _name(s["name"]) if isinstance(s, dict) else speakers.get(s, "")
            for s in session.get("speakers", [])
        ]
        room = _name(session.get("room")) or rooms.get(str(session.get("roomId")), "")
        events.append({"start": _moment(session["startsAt"]), "room": room, "speakers": names})
    return events


# -- iCalendar -----------------------------------------------------------------------------
def _unescape(value: str) -> str:
    return re.sub(r"\\([\\,;nN])", lambda m: "\n" if m[1] in "nN" else m[1], value)


def ical(data: bytes) -> list[dict[str, Any]]:
    text = re.sub(rb"\r?\n[ \t]", b"", data).decode("utf-8-sig")  # RFC 5545 3.1
    events: list[dict[str, Any]] = []
    for block in re.findall(r"BEGIN:VEVENT\r?\n(.*?)END:VEVENT", text, re.S):
        props: dict[str, tuple[str, str]] = {}
        for line in block.splitlines():
            name_params, _, value = line.partition(":")
            name = name_params.split(";", 1)[0].upper()
            props.setdefault(name, (name_params, value))
        if props.get("STATUS", ("", ""))[1].strip().upper() == "CANCELLED":
            continue
        params, value = props.get("DTSTART", ("", ""))
        start = _moment(value)
        tzid = re.search(r";TZID=([^;:]+)", params)
        if start is not None and tzid and start.tzinfo is None:
            start = start.replace(tzinfo=ZoneInfo(tzid[1].strip('"')))
        room = _name(_unescape(props.get("LOCATION", ("", ""))[1]))
        events.append({"start": start, "room": room, "speakers": []})
    return events


# -- xCal: Pentabarf's dialect and RFC 6321 ------------------------------------------------
def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _xcal_properties(vevent: ET.Element) -> dict[str, list[ET.Element]]:
    """A VEVENT's properties by name: Pentabarf puts them directly in <vevent>, RFC 6321
    inside <properties>."""
    found: dict[str, list[ET.Element]] = {}
    for child in vevent:
        holders = list(child) if _local(child.tag) == "properties" else [child]
        for prop in holders:
            found.setdefault(_local(prop.tag), []).append(prop)
    return found


def _xcal_value(prop: ET.Element) -> str:
    """RFC 6321 types a value in a child element (<text>, <date-time>, ...), except where
    a property holds its text bare, as Pentabarf's dialect always does."""
    values = [v for v in prop if _local(v.tag) != "parameters"]
    return (values[0].text if values else prop.text) or ""


def xcal(data: bytes) -> list[dict[str, Any]]:
    root = ET.fromstring(data)
    events = []
    for vevent in root.iter():
        if _local(vevent.tag) != "vevent":
            continue
        props = _xcal_properties(vevent)

        def first(name: str, props: dict[str, list[ET.Element]] = props) -> str:
            return _xcal_value(props[name][0]) if name in props else ""

        if first("status").strip().upper() == "CANCELLED":
            continue
        events.append(
            {
                "start": _moment(first("dtstart").replace("-", "").replace(":", "")),
                "room": _name(first("location")),
                "speakers": [_name(_xcal_value(a)) for a in props.get("attendee", [])],
            }
        )
    return events


READERS = {".xml": frab_xml, ".ics": ical, ".xcal": xcal}


def undo_derivation(name: str, data: bytes) -> bytes:
    """The original of a derived file: its added line out, its inserted characters out."""
    _original, added_line, inserted = DERIVED[name]
    lines = data.split(b"\n")
    del lines[added_line - 1]
    return b"\n".join(lines).replace(inserted, b"")


def facts(path: Path) -> dict[str, Any]:
    name = path.relative_to(HERE).as_posix()
    data = path.read_bytes()
    if name in DERIVED:
        original = HERE / DERIVED[name][0]
        restored = undo_derivation(name, data)
        if hashlib.sha256(restored).digest() != hashlib.sha256(original.read_bytes()).digest():
            raise SystemExit(f"{name}: undoing its change does not give {DERIVED[name][0]}")
        data = restored
    if path.suffix == ".json":
        reader = sessionize if path.parent.name == "sessionize" else frab_json
    elif path.parent.name == "xcal":  # xCal whatever its name (PyConES: `xcal.xml`)
        reader = xcal
    else:
        reader = READERS[path.suffix]
    events = reader(data)
    starts = [e["start"] for e in events if e["start"] is not None]
    aware = [s for s in starts if s.tzinfo is not None]
    if aware and len(aware) == len(starts):
        ordered = sorted(s.astimezone(UTC) for s in aware)
    else:  # wall-clock times: local to a zone the file does not name
        ordered = sorted(s.replace(tzinfo=None) for s in starts)
    return {
        "events": len(events),
        "rooms": len({e["room"] for e in events if e["room"]}),
        "speakers": len({name for e in events for name in e["speakers"] if name}),
        "first_start": ordered[0].isoformat(),
        "last_start": ordered[-1].isoformat(),
    }


def corpus() -> list[Path]:
    return sorted(
        p
        for p in HERE.rglob("*")
        if p.is_file()
        and p.suffix in (".xml", ".json", ".ics", ".xcal")
        and p.parent.name != "schemas"
        and not p.name.endswith(".facts.json")
        and "Speaker" not in p.name  # Sessionize speaker lists hold no sessions
    )


def main() -> int:
    for path in corpus():
        target = path.with_name(path.name + ".facts.json")
        computed = facts(path)
        print(f"{path.relative_to(HERE)}: {json.dumps(computed)}")
        if target.exists():  # a person's "hand" block stays as that person wrote it
            hand = json.loads(target.read_text(encoding="utf-8")).get("hand")
            if hand is not None:
                computed["hand"] = hand
        target.write_text(
            json.dumps(computed, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
