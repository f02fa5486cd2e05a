"""xCal: iCalendar in XML, in the two dialects that exist in the wild.

1. **RFC 6321**: `<icalendar xmlns="urn:ietf:params:xml:ns:icalendar-2.0">`, each component
   with `<properties>` and `<components>`, each value typed (`<date-time>`, `<text>`, …)
   and parameters spelled out. Converted to iCalendar text and read as `.ics`; only what a
   program feed uses is mapped (text, date, date-time, duration, uri and cal-address
   values, with their parameters). Django sites (PyConES 2015 and 2016's `schedule/xcal.xml`)
   publish a looser form of it, read the same way: each `<vevent>` directly inside
   `<vcalendar>` with no `<components>` around it (RFC 6321 3.4 wants one), and a
   `<location>` holding its text bare instead of in a `<text>` value element (3.6.1 wants
   the value typed). An untyped property's text is taken as a TEXT value, the type the
   property has by default in RFC 5545 (LOCATION, 3.8.1.7).
2. **Pentabarf's xCal**, which frab and pretalx still publish as `schedule.xcal` (it
   predates RFC 6321 by years, from the 2005 `draft-royer-calsch-xcal` era): a root
   `<iCalendar xmlns:xCal="urn:ietf:params:xml:ns:xcal">` whose elements are in no
   namespace at all, `<vevent>` directly inside `<vcalendar>`, properties as plain
   elements holding their text, floating times in iCalendar's basic format
   (`<dtstart>20150811T160000</dtstart>`, local to the conference and naming no zone, so
   the user is asked), a `<location>`, the speakers as one `<attendee>` each (a display
   name, not a cal-address), and `pentabarf:` elements with the title and subtitle apart
   (`<summary>` joins them as "Title- Subtitle").

Both go through the iCalendar reader's rules for zones, rooms and speakers.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from planner.domain.errors import BadInputError
from planner.domain.refusals import Refusal, RefusalCode
from planner.formats import ical
from planner.formats.common import ReadOptions
from planner.formats.times import parse_duration, parse_moment
from planner.formats.xml_safety import XmlRepairs, local_name, parse_xml, text_of

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

    from planner.domain.program import Program

NAME = "xcal"
LABEL = "xCal (iCalendar in XML)"
EXTENSIONS = (".xcs", ".xcal")
NAMESPACE = "urn:ietf:params:xml:ns:icalendar-2.0"  # RFC 6321
PENTABARF_NAMESPACE = "urn:ietf:params:xml:ns:xcal"  # the draft's, as Pentabarf declares it
_PENTABARF_ELEMENTS = "{http://pentabarf.org}"

_ROOT = re.compile(r"<(?:[\w.-]+:)?icalendar[\s>/]", re.IGNORECASE)


def sniff(head: str) -> bool:
    return (NAMESPACE in head or PENTABARF_NAMESPACE in head) and bool(_ROOT.search(head))


# -- RFC 6321 ----------------------------------------------------------------------------
def _value_text(kind: str, value: str) -> str:
    value = value.strip()
    if kind == "date-time":
        return value.replace("-", "").replace(":", "")
    if kind == "date":
        return value.replace("-", "")
    if kind == "text":
        from icalendar import vText  # only xCal files pay for importing icalendar

        return vText(value).to_ical().decode("utf-8")
    return value


def _property_line(prop: ET.Element) -> str:
    name = local_name(prop.tag).upper()
    parameters = ""
    values: list[str] = []
    for child in prop:
        kind = local_name(child.tag)
        if kind == "parameters":
            for parameter in child:
                texts = [(v.text or "").strip() for v in parameter]
                parameters += f";{local_name(parameter.tag).upper()}={','.join(texts)}"
        else:
            values.append(_value_text(kind, child.text or ""))
    if not values and (prop.text or "").strip():  # untyped: the property's default, TEXT
        values.append(_value_text("text", prop.text or ""))
    separator = "," if name in ("CATEGORIES", "RESOURCES") else ";"
    return f"{name}{parameters}:{separator.join(values)}"


def _component_lines(component: ET.Element) -> list[str]:
    name = local_name(component.tag).upper()
    lines = [f"BEGIN:{name}"]
    for section in component:
        kind = local_name(section.tag)
        if kind == "properties":
            lines.extend(_property_line(prop) for prop in section)
        elif kind == "components":
            for child in section:
                lines.extend(_component_lines(child))
        elif _is_component(section):  # a component with no <components> around it
            lines.extend(_component_lines(section))
    lines.append(f"END:{name}")
    return lines


def _is_component(element: ET.Element) -> bool:
    return any(local_name(child.tag) in ("properties", "components") for child in element)


def _calendars(root: ET.Element, source: str) -> list[ET.Element]:
    if local_name(root.tag).lower() != "icalendar":
        raise BadInputError(source, Refusal(RefusalCode.NOT_XCAL))
    calendars = [child for child in root if local_name(child.tag).lower() == "vcalendar"]
    if not calendars:
        raise BadInputError(source, Refusal(RefusalCode.XCAL_WITHOUT_CALENDAR))
    return calendars


def _is_rfc6321(calendars: list[ET.Element]) -> bool:
    # the calendar's own sections, or (the looser form) its events' directly inside it
    return any(
        _is_component(calendar) or any(_is_component(child) for child in calendar)
        for calendar in calendars
    )


def to_ical(data: bytes, source: str) -> bytes:
    """An RFC 6321 document as iCalendar text."""
    calendars = _calendars(parse_xml(data, source), source)
    lines = [line for calendar in calendars for line in _component_lines(calendar)]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


# -- Pentabarf's xCal --------------------------------------------------------------------
def _children(element: ET.Element) -> dict[str, list[ET.Element]]:
    found: dict[str, list[ET.Element]] = {}
    for child in element:
        tag = str(child.tag)
        key = (
            "pentabarf:" + tag[len(_PENTABARF_ELEMENTS) :]
            if tag.startswith(_PENTABARF_ELEMENTS)
            else local_name(tag).lower()
        )
        found.setdefault(key, []).append(child)
    return found


def _text(found: dict[str, list[ET.Element]], name: str) -> str:
    elements = found.get(name)
    return text_of(elements[0]) if elements else ""


def _flat_duration(text: str) -> timedelta | None:
    """frab writes `HHMMSS` ("013000"), pretalx decimal hours ("1.50000")."""
    value = text.strip()
    if re.fullmatch(r"\d{6}", value):
        return timedelta(hours=int(value[:2]), minutes=int(value[2:4]), seconds=int(value[4:]))
    if re.fullmatch(r"\d{1,4}\.\d+", value):
        return timedelta(hours=float(value))
    try:
        return parse_duration(value) if value else None
    except ValueError:
        return None


def _moment(text: str) -> datetime | date | None:
    moment = parse_moment(text)
    if moment is not None and len(text.strip()) == 8:  # a date alone: an all-day event
        return moment.date()
    return moment


def _flat_event(vevent: ET.Element) -> ical.CalendarEvent:
    found = _children(vevent)
    title = _text(found, "pentabarf:title") or _text(found, "summary")
    start_text, end_text = _text(found, "dtstart"), _text(found, "dtend")
    event = ical.CalendarEvent(
        uid=_text(found, "uid"),
        title=title,
        start=_moment(start_text),
        status=_text(found, "status"),
        description=_text(found, "description"),
        location=_text(found, "location"),
        url=_text(found, "url"),
        speakers=tuple(text_of(person) for person in found.get("attendee", ())),
        subtitle=_text(found, "pentabarf:subtitle"),
        type=_text(found, "category"),
        language=_text(found, "pentabarf:language-code") or _text(found, "pentabarf:language"),
    )
    if end_text:
        event.end = _moment(end_text)
        if event.end is None:
            event.problem = f"dtend {end_text[:40]!r} is not a date-time"
    elif _text(found, "duration"):
        event.duration = _flat_duration(_text(found, "duration"))
        if event.duration is None:
            event.problem = f"duration {_text(found, 'duration')[:40]!r} is unreadable"
    return event


def _read_flat(calendars: list[ET.Element], source: str, options: ReadOptions) -> Program:
    first = _children(calendars[0])
    title = _text(first, "x-wr-calname") or _text(first, "x-wr-caldesc")
    events = [
        _flat_event(child)
        for calendar in calendars
        for child in calendar
        if local_name(str(child.tag)).lower() == "vevent"
    ]
    if not events:
        raise BadInputError(source, Refusal(RefusalCode.NO_XCAL_EVENTS))
    zone = _text(first, "x-wr-timezone")
    return ical.program_from_events(events, source, NAME, title, zone, options)


def parse(data: bytes, source: str, options: ReadOptions | None = None) -> Program:
    options = options or ReadOptions()
    repairs = XmlRepairs()
    calendars = _calendars(parse_xml(data, source, repairs), source)
    if _is_rfc6321(calendars):
        lines = [line for calendar in calendars for line in _component_lines(calendar)]
        text = ("\r\n".join(lines) + "\r\n").encode("utf-8")
        program = replace(ical.parse(text, source, options), format=NAME)
    else:
        program = _read_flat(calendars, source, options)
    if repairs.removed:
        program = replace(program, warnings=(repairs.note(), *program.warnings))
    return program
