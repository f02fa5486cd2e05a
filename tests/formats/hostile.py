"""A corpus of malformed, hostile and absurd program files, shared by several tests."""

from __future__ import annotations

import json
from dataclasses import dataclass

FRAB_XML = """<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <conference><title>Mini</title><time_zone_name>Europe/Berlin</time_zone_name>
    <start>2024-05-01</start><end>2024-05-01</end></conference>
  <day date="2024-05-01" index="1">
    <room name="A">
      <event id="1" guid="11111111-1111-1111-1111-111111111111">
        <date>2024-05-01T10:00:00+02:00</date><start>10:00</start><duration>00:30</duration>
        <room>A</room><title>{title}</title>
        <persons>{persons}</persons>
      </event>
    </room>
  </day>
</schedule>
"""


def frab_xml(title: str = "Hello", persons: str = "<person>Ada</person>") -> bytes:
    return FRAB_XML.format(title=title, persons=persons).encode()


def frab_json(**event_changes: object) -> bytes:
    event: dict[str, object] = {
        "id": 1,
        "guid": "22222222-2222-2222-2222-222222222222",
        "date": "2024-05-01T10:00:00+02:00",
        "start": "10:00",
        "duration": "00:30",
        "room": "A",
        "title": "Hello",
        "persons": [{"public_name": "Ada"}],
    }
    event.update(event_changes)
    document = {
        "schedule": {
            "version": "1",
            "conference": {
                "title": "Mini",
                "acronym": "mini",
                "start": "2024-05-01",
                "end": "2024-05-01",
                "time_zone_name": "Europe/Berlin",
                "days": [{"index": 1, "date": "2024-05-01", "rooms": {"A": [event]}}],
            },
        }
    }
    return json.dumps(document).encode()


def sessionize(**session_changes: object) -> bytes:
    session: dict[str, object] = {
        "id": "1",
        "title": "Hello",
        "startsAt": "2024-05-01T10:00:00",
        "endsAt": "2024-05-01T10:30:00",
        "speakers": [],
        "roomId": 1,
    }
    session.update(session_changes)
    return json.dumps(
        {"sessions": [session], "speakers": [], "rooms": [{"id": 1, "name": "A"}], "categories": []}
    ).encode()


ICAL = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
    "UID:1@test\r\nSUMMARY:{summary}\r\nDTSTART;TZID=Europe/Berlin:20240501T100000\r\n"
    "DTEND;TZID=Europe/Berlin:{end}\r\nLOCATION:A\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def ical(summary: str = "Hello", end: str = "20240501T103000") -> bytes:
    return ICAL.format(summary=summary, end=end).encode()


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<schedule><conference><title>&lol9;</title></conference></schedule>
"""

XXE_FILE = b"""<?xml version="1.0"?>
<!DOCTYPE schedule [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<schedule><conference><title>&secret;</title></conference></schedule>
"""

XXE_URL = b"""<?xml version="1.0"?>
<!DOCTYPE schedule [<!ENTITY remote SYSTEM "http://127.0.0.1:9/evil.dtd">]>
<schedule><conference><title>&remote;</title></conference></schedule>
"""

XXE_PARAMETER = b"""<?xml version="1.0"?>
<!DOCTYPE schedule [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>
<schedule/>
"""


@dataclass(frozen=True)
class Hostile:
    name: str
    data: bytes
    filename: str
    message: str  # a regular expression the error must match
    time_zone: str | None = None


HOSTILE = [
    Hostile("xml-billion-laughs", BILLION_LAUGHS, "bomb.xml", "declares XML entities"),
    Hostile("xml-external-entity-file", XXE_FILE, "xxe.xml", "declares XML entities"),
    Hostile("xml-external-entity-url", XXE_URL, "xxe.xml", "declares XML entities"),
    Hostile("xml-parameter-entity", XXE_PARAMETER, "xxe.xml", "declares XML entities|external"),
    Hostile(
        "xml-malformed",
        frab_xml().replace(b"</room>", b"", 1),
        "bad.xml",
        r"not well-formed XML .*line \d+",
    ),
    Hostile("xml-truncated", frab_xml()[:300], "cut.xml", r"not well-formed XML"),
    Hostile(
        "xml-huge-title",
        frab_xml(title="x" * 100_000),
        "long.xml",
        "title is 100,000 characters long",
    ),
    Hostile(
        "xml-million-speakers",
        frab_xml(persons="<person>a</person>" * 1_000_000),
        "crowd.xml",
        "1,000,000 speakers",
    ),
    Hostile(
        "xml-wrong-root",
        b"<?xml version='1.0'?><html><body/></html>",
        "page.xml",
        "is not a conference program|not a frab schedule",
    ),
    Hostile(
        "xml-unknown-encoding",
        b"<?xml version='1.0' encoding='x-klingon'?><schedule/>",
        "enc.xml",
        "cannot be read as XML|not well-formed|unknown encoding",
    ),
    Hostile("json-truncated", frab_json()[:200], "cut.json", r"not valid JSON.*line 1"),
    Hostile(
        "json-deeply-nested",
        b'{"schedule": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
        "deep.json",
        "nested deeper than",
    ),
    Hostile(
        "json-end-before-start",
        frab_json(end="2024-05-01T09:00:00+02:00"),
        "neg.json",
        "ends before it starts",
    ),
    Hostile(
        "json-year-zero",
        frab_json(date="0000-05-01T10:00:00+02:00", start=None),
        "zero.json",
        "no usable start|contains no sessions",
    ),
    Hostile("json-absurd-length", frab_json(duration="9999:00"), "long.json", "lasts 416 days"),
    Hostile(
        "json-wrong-types",
        json.dumps({"schedule": {"conference": []}}).encode(),
        "types.json",
        "not a frab schedule",
    ),
    Hostile(
        "sessionize-end-before-start",
        sessionize(endsAt="2024-05-01T09:00:00"),
        "s.json",
        "ends before it starts",
        "Europe/Berlin",
    ),
    Hostile(
        "sessionize-unknown-zone", sessionize(), "s.json", "unknown time zone", "Mars/Olympus_Mons"
    ),
    Hostile("ical-end-before-start", ical(end="20240501T090000"), "e.ics", "ends before it starts"),
    Hostile(
        "ical-garbage-lines",
        b"BEGIN:VCALENDAR\r\n\x00\x01\x02 garbage\r\n",
        "g.ics",
        "binary data|not valid iCalendar|contains no events",
    ),
    Hostile("ical-truncated", ical()[:120], "t.ics", "not valid iCalendar|contains no events"),
    Hostile("binary-garbage", bytes(range(256)) * 64, "schedule.xml", "binary data"),
    Hostile(
        "invalid-utf8",
        b'{"schedule": {"conference": {"title": "\xff\xfe\xfa"}}}',
        "bad.json",
        "not valid UTF-8",
    ),
    Hostile("empty", b"", "empty.json", "file is empty"),
    Hostile("whitespace", b" \n\t\n", "blank.xml", "file is empty"),
]
