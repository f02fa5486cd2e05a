"""Why a program file is refused, as a code with values (see `planner.domain.messages`).

A `Refusal` is the `problem` of a `BadInputError`: a `str` holding the English the command
line prints and its JSON carries (unchanged since these were plain strings), which also
keeps its code and values, so that the window says it in its language
(`planner.ui.core_text.RefusalTexts`). Words of a library or the system (a JSON parser's
reason, an OS error) are values: they stay as they were said.
"""

from __future__ import annotations

from enum import StrEnum

from planner.domain.display import size_text


class RefusalCode(StrEnum):
    """Why a file is refused; `_ENGLISH` has each one's English, its values in order."""

    # Reading the file.
    TOO_BIG = "too-big"  # size in bytes, limit in MiB, what it should be ("a conference program")
    CANNOT_READ = "cannot-read"  # the system's words
    UNKNOWN_ZONE = "unknown-zone"  # the zone's name
    IS_FOLDER = "is-folder"
    NO_SUCH_FILE = "no-such-file"
    PERMISSION_DENIED = "permission-denied"
    NOT_A_FILE = "not-a-file"  # what it is ("a named pipe (FIFO)", `display.file_kind`)
    NOT_REGULAR = "not-regular"  # a kind of file `display.file_kind` has no name for
    EMPTY = "empty"
    BINARY = "binary"  # not text at all
    BINARY_PROGRAM = "binary-program"
    BAD_BYTE = "bad-byte"  # encoding, offset
    BAD_ENCODING = "bad-encoding"  # encoding
    UNKNOWN_FORMAT = "unknown-format"  # the formats Planner reads
    TOO_DEEP = "too-deep"  # nested too deeply to be a program
    TIME_OUT_OF_RANGE = "time-out-of-range"
    NOT_A_WEB_ADDRESS = "not-a-web-address"
    # JSON.
    JSON_TOO_DEEP = "json-too-deep"  # levels
    JSON_NESTED = "json-nested"
    BAD_JSON = "bad-json"  # the parser's words
    JSON_HUGE_NUMBER = "json-huge-number"
    NOT_AN_OBJECT = "not-an-object"  # where (a path in the file)
    NOT_TEXT = "not-text"  # where, field
    FIELD_TOO_LONG = "field-too-long"  # where, field, length, limit
    MISSING = "missing"  # where, field
    NOT_A_LIST = "not-a-list"  # where, field
    NOT_A_FLAG = "not-a-flag"  # where, field
    # Planner's own program files.
    NOT_A_DATE = "not-a-date"  # where, field, value
    NOT_A_DATE_TIME = "not-a-date-time"  # where, field, value
    DATE_OUT_OF_RANGE = "date-out-of-range"  # where, field, value
    SESSION_OUT_OF_RANGE = "session-out-of-range"  # where, title, start, end
    NOT_A_PLANNER_FILE = "not-a-planner-file"  # the format's tag
    UNSUPPORTED_VERSION = "unsupported-version"  # the file's version (as written), this one's
    CONFERENCE_ENDS_EARLY = "conference-ends-early"  # where
    NOT_A_ROOM_NAME = "not-a-room-name"  # index
    KEY_TWICE = "key-twice"  # where, key
    SPEAKERS_NOT_NAMES = "speakers-not-names"  # where
    # XML.
    TOO_MANY_CONTROLS = "too-many-controls"  # limit
    XML_ENTITIES = "xml-entities"
    XML_EXTERNAL = "xml-external"
    XML_FEATURE = "xml-feature"  # the XML reader's words
    NOT_WELL_FORMED = "not-well-formed"  # the XML reader's words
    NOT_XML = "not-xml"  # the XML reader's words
    XML_TOO_DEEP = "xml-too-deep"  # levels
    # The formats.
    NOT_ICALENDAR = "not-icalendar"
    ICALENDAR_TZID = "icalendar-tzid"
    BAD_ICALENDAR = "bad-icalendar"  # the iCalendar library's words
    NO_VEVENTS = "no-vevents"
    SESSIONIZE_SPEAKERS = "sessionize-speakers"
    NO_SESSIONIZE_SESSIONS = "no-sessionize-sessions"
    NOT_FRAB_XML = "not-frab-xml"  # the root element's name
    NO_FRAB_EVENTS = "no-frab-events"
    NOT_XCAL = "not-xcal"
    XCAL_WITHOUT_CALENDAR = "xcal-without-calendar"
    NO_XCAL_EVENTS = "no-xcal-events"
    NOT_FRAB_JSON = "not-frab-json"
    # What every program must be (`ProgramBuilder`).
    NO_SESSIONS = "no-sessions"
    NO_SESSIONS_IN_RANGE = "no-sessions-in-range"
    TOO_MANY_SPEAKERS = "too-many-speakers"  # limit
    TOO_MANY_SESSIONS = "too-many-sessions"  # limit
    TOO_LONG = "too-long"  # where (a Where, or `Part`), what (`Field`), length, limit
    TRACK_COLOUR_TOO_LONG = "track-colour-too-long"  # track, length, limit
    ENDS_BEFORE_START = "ends-before-start"  # where, title
    LASTS_DAYS = "lasts-days"  # where, title, days
    SESSION_SPEAKERS = "session-speakers"  # where, count, limit
    KEY_TOO_LONG = "key-too-long"  # where, length, limit


class Part(StrEnum):
    """A part of a program that is not one session (for `TOO_LONG`)."""

    CONFERENCE = "the conference"
    SPEAKER = "a speaker"
    TRACK = "a track"
    ROOM = "a room"


class Field(StrEnum):
    """A text of a program that can be too long (for `TOO_LONG`)."""

    TITLE = "title"
    KEY = "key"
    ABSTRACT = "abstract"
    DESCRIPTION = "description"
    ROOM = "room"
    TRACK = "track"
    SUBTITLE = "subtitle"
    TYPE = "type"
    LANGUAGE = "language"
    URL = "URL"
    LINK = "link"
    LINK_TITLE = "link title"
    NAME = "name"
    ORGANIZATION = "organization"
    BIOGRAPHY = "biography"
    ACRONYM = "acronym"
    VERSION = "version"
    NOTICE = "notice"


_ENGLISH: dict[RefusalCode, str] = {
    RefusalCode.TOO_BIG: "file is {0}, over the {1} MiB limit for {2}",
    RefusalCode.CANNOT_READ: "cannot be read ({0})",
    RefusalCode.UNKNOWN_ZONE: "unknown time zone {0!r}",
    RefusalCode.IS_FOLDER: "is a folder, not a file",
    RefusalCode.NO_SUCH_FILE: "no such file",
    RefusalCode.PERMISSION_DENIED: "permission denied",
    RefusalCode.NOT_A_FILE: "is {0}, not a file; Planner reads files only",
    RefusalCode.NOT_REGULAR: "is not a regular file; Planner reads files only",
    RefusalCode.EMPTY: "file is empty",
    RefusalCode.BINARY: "is binary data, not a text file",
    RefusalCode.BINARY_PROGRAM: "is binary data, not a conference program",
    RefusalCode.BAD_BYTE: "is not valid {0} text (bad byte at offset {1})",
    RefusalCode.BAD_ENCODING: "is not valid {0} text",
    RefusalCode.UNKNOWN_FORMAT: "is not a conference program in any format Planner reads ({0})",
    RefusalCode.TOO_DEEP: "is nested too deeply to be a conference program",
    RefusalCode.TIME_OUT_OF_RANGE: "has a date or time out of range",
    RefusalCode.NOT_A_WEB_ADDRESS: (
        "only http:// and https:// addresses can be imported (or a file)"
    ),
    RefusalCode.JSON_TOO_DEEP: "JSON nested deeper than {0} levels",
    RefusalCode.JSON_NESTED: "JSON nested too deeply",
    RefusalCode.BAD_JSON: "is not valid JSON: {0}",
    RefusalCode.JSON_HUGE_NUMBER: "is not valid JSON: a number with thousands of digits",
    RefusalCode.NOT_AN_OBJECT: "{0} should be an object",
    RefusalCode.NOT_TEXT: "{0}: {1!r} should be text",
    RefusalCode.FIELD_TOO_LONG: "{0}: {1!r} is {2:,} characters long (limit {3:,})",
    RefusalCode.MISSING: "{0}: {1!r} is missing",
    RefusalCode.NOT_A_LIST: "{0}: {1!r} should be a list",
    RefusalCode.NOT_A_FLAG: "{0}: {1!r} should be true or false",
    RefusalCode.NOT_A_DATE: "{0}: {1!r} is not a date (YYYY-MM-DD): {2!r}",
    RefusalCode.NOT_A_DATE_TIME: "{0}: {1!r} is not an ISO 8601 date-time: {2!r}",
    RefusalCode.DATE_OUT_OF_RANGE: "{0}: {1!r} is out of the range of dates Planner keeps: {2!r}",
    RefusalCode.SESSION_OUT_OF_RANGE: (
        "{0}: (“{1}”) has a date-time out of the range Planner keeps: {2!r} to {3!r}"
    ),
    RefusalCode.NOT_A_PLANNER_FILE: 'is not a Planner program file (no "format": "{0}")',
    RefusalCode.UNSUPPORTED_VERSION: (
        "Planner program format version {0} is not supported (this build reads version {1})"
    ),
    RefusalCode.CONFERENCE_ENDS_EARLY: "{0}: 'end' is before 'start'",
    RefusalCode.NOT_A_ROOM_NAME: "rooms[{0}] should be a room name",
    RefusalCode.KEY_TWICE: "{0}: key {1!r} is used twice",
    RefusalCode.SPEAKERS_NOT_NAMES: "{0}: 'speakers' should be a list of names",
    RefusalCode.TOO_MANY_CONTROLS: (
        "is not well-formed XML (over {0:,} control characters that XML forbids)"
    ),
    RefusalCode.XML_ENTITIES: (
        "declares XML entities, which Planner refuses to expand (a common way to attack XML "
        "readers)"
    ),
    RefusalCode.XML_EXTERNAL: "refers to external XML resources, which Planner never loads",
    RefusalCode.XML_FEATURE: "uses an XML feature Planner refuses ({0})",
    RefusalCode.NOT_WELL_FORMED: "is not well-formed XML ({0})",
    RefusalCode.NOT_XML: "cannot be read as XML ({0})",
    RefusalCode.XML_TOO_DEEP: "XML nested deeper than {0} levels",
    RefusalCode.NOT_ICALENDAR: (
        "is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)"
    ),
    RefusalCode.ICALENDAR_TZID: "is not valid iCalendar (a TZID names no time zone)",
    RefusalCode.BAD_ICALENDAR: "is not valid iCalendar ({0})",
    RefusalCode.NO_VEVENTS: "contains no events (VEVENT)",
    RefusalCode.SESSIONIZE_SPEAKERS: (
        "is a Sessionize speaker list without sessions; export the “All” or “Sessions” view instead"
    ),
    RefusalCode.NO_SESSIONIZE_SESSIONS: "contains no Sessionize sessions",
    RefusalCode.NOT_FRAB_XML: (
        "is XML, but not a frab schedule (its root element is <{0}>, not <schedule>)"
    ),
    RefusalCode.NO_FRAB_EVENTS: "contains no sessions (no <event> inside a <day>)",
    RefusalCode.NOT_XCAL: "is XML, but not xCal (no <icalendar> root element)",
    RefusalCode.XCAL_WITHOUT_CALENDAR: "is an xCal file without a calendar",
    RefusalCode.NO_XCAL_EVENTS: "contains no events (<vevent>)",
    RefusalCode.NOT_FRAB_JSON: "is JSON, but not a frab schedule (no schedule.conference)",
    RefusalCode.NO_SESSIONS: "contains no sessions",
    RefusalCode.NO_SESSIONS_IN_RANGE: (
        "contains no sessions within the range of dates Planner keeps"
    ),
    RefusalCode.TOO_MANY_SPEAKERS: "has more than {0:,} speakers",
    RefusalCode.TOO_MANY_SESSIONS: "has more than {0:,} sessions",
    RefusalCode.TOO_LONG: "{0}: {1} is {2:,} characters long (limit {3:,})",
    RefusalCode.TRACK_COLOUR_TOO_LONG: (
        "track “{0}”: colour is {1:,} characters long (limit {2:,})"
    ),
    RefusalCode.ENDS_BEFORE_START: "{0} (“{1}”) ends before it starts",
    RefusalCode.LASTS_DAYS: "{0} (“{1}”) lasts {2} days",
    RefusalCode.SESSION_SPEAKERS: "{0} has {1:,} speakers (limit {2})",
    RefusalCode.KEY_TOO_LONG: (
        "{0}: its GUID or id is too long to identify it by ({1:,} characters; limit {2})"
    ),
}


class Refusal(str):
    """Why a file is refused: the English (a `str`, as it always was) with its code and
    values, for the window to say in its language."""

    code: RefusalCode
    values: tuple[object, ...]

    def __new__(cls, code: RefusalCode, *values: object) -> Refusal:
        shown = values
        if code is RefusalCode.TOO_BIG and isinstance(values[0], int):
            shown = (size_text(values[0]), *values[1:])
        refusal = super().__new__(cls, _ENGLISH[code].format(*shown))
        refusal.code, refusal.values = code, values
        return refusal

    def __getnewargs__(self) -> tuple[object, ...]:  # type: ignore[override]
        return (self.code, *self.values)
