"""xCal (RFC 6321): iCalendar in XML. Converted to iCalendar text, then read as `.ics`.

Only what a program feed uses is mapped (text, date, date-time, duration, uri and
cal-address values, with their parameters); the iCalendar reader does the rest, so both
formats follow the same rules for zones, speakers and rooms.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from planner.domain.errors import BadInputError
from planner.formats import ical
from planner.formats.xml_safety import local_name, parse_xml

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

    from planner.domain.program import Program
    from planner.formats.common import ReadOptions

NAME = "xcal"
LABEL = "xCal (iCalendar in XML)"
EXTENSIONS = (".xcs", ".xcal")
NAMESPACE = "urn:ietf:params:xml:ns:icalendar-2.0"


def sniff(head: str) -> bool:
    return NAMESPACE in head and "<icalendar" in head.replace(":icalendar", "<icalendar")


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
    lines.append(f"END:{name}")
    return lines


def to_ical(data: bytes, source: str) -> bytes:
    root = parse_xml(data, source)
    if local_name(root.tag) != "icalendar":
        raise BadInputError(source, "is XML, but not xCal (no <icalendar> root element)")
    lines: list[str] = []
    for calendar in root:
        if local_name(calendar.tag) == "vcalendar":
            lines.extend(_component_lines(calendar))
    if not lines:
        raise BadInputError(source, "is an xCal file without a calendar")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def parse(data: bytes, source: str, options: ReadOptions | None = None) -> Program:
    return replace(ical.parse(to_ical(data, source), source, options), format=NAME)
