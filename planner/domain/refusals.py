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
    # A program file that names no time zone (`TimeZoneRequired`: the window asks for one).
    NEEDS_ZONE = "needs-zone"
    NEEDS_ZONE_SESSIONIZE = "needs-zone-sessionize"
    NEEDS_ZONE_UTC_MARKED = "needs-zone-utc-marked"
    # What a calendar is given (a `UsageError` with a refusal).
    CALENDAR_NAME_TAKEN = "calendar-name-taken"
    CALENDAR_NEEDS_NAME = "calendar-needs-name"
    CALDAV_NOT_WEB = "caldav-not-web"
    CALDAV_CREDENTIALS = "caldav-credentials"
    FOLDER_NO_PASSWORD = "folder-no-password"
    # What the phone link is given (a `UsageError` with a refusal).
    PROGRAM_URL_INVALID = "program-url-invalid"
    PROGRAM_URL_NOT_WEB = "program-url-not-web"
    PROGRAM_URL_CREDENTIALS = "program-url-credentials"
    QR_TOO_LONG = "qr-too-long"
    # Agenda files (a colleague's shared agenda).
    AGENDA_TOO_BIG = "agenda-too-big"
    NOT_AN_AGENDA_FILE = "not-an-agenda-file"
    AGENDA_VERSION = "agenda-version"
    NO_CHECKSUM = "no-checksum"
    CHECKSUM_MISMATCH = "checksum-mismatch"
    AT = "at"
    AGENDA_TOO_MANY = "agenda-too-many"
    ENDS_BEFORE_IT_STARTS = "ends-before-it-starts"
    NOT_ONE_OF = "not-one-of"
    OTHER_CONFERENCE_AGENDA = "other-conference-agenda"
    # Dates and times in a shared file (`formats.times`).
    BAD_DATE = "bad-date"
    BAD_DATE_TIME = "bad-date-time"
    NO_OFFSET = "no-offset"
    BEYOND_DATES = "beyond-dates"
    # Other apps' favourites files.
    FAVOURITES_TOO_BIG = "favourites-too-big"
    BINARY_NOT = "binary-not"
    NOT_UTF8 = "not-utf8"
    BAD_CSV = "bad-csv"
    IS_EMPTY = "is-empty"
    TOO_MANY_FAVOURITES = "too-many-favourites"
    FAVOURITE_NOT_TEXT = "favourite-not-text"
    FAVOURITE_TOO_LONG = "favourite-too-long"
    NOT_A_CLOCK_TIME = "not-a-clock-time"
    NOT_AN_INSTANT = "not-an-instant"
    NO_TIME_ZONE = "no-time-zone"
    NOT_SOJOURNER = "not-sojourner"
    FIELD_COUNT = "field-count"
    HAS_NO = "has-no"
    NOT_A_WEEKDAY = "not-a-weekday"
    NOT_EVENTFAHRPLAN = "not-eventfahrplan"
    NOT_FOSDEM_PWA = "not-fosdem-pwa"
    FIELDS_OVER_HEADER = "fields-over-header"
    NOT_EVENT_OR_TRACK = "not-event-or-track"
    NOT_A_DAY_NUMBER = "not-a-day-number"
    NOT_COMPANION_UID = "not-companion-uid"
    SEVERAL_YEARS = "several-years"
    FIELD_NOT_INSTANT = "field-not-instant"
    NOT_UTC = "not-utc"
    # Giggity links.
    LINK_TOO_LONG = "link-too-long"
    NOT_GIGGITY = "not-giggity"
    NO_PROGRAM_URL = "no-program-url"
    PROGRAM_NOT_WEB = "program-not-web"
    NO_EVENTS_LISTED = "no-events-listed"
    NOT_BASE64 = "not-base64"
    DOES_NOT_UNPACK = "does-not-unpack"
    UNPACKS_TOO_MUCH = "unpacks-too-much"
    ENDS_EARLY = "ends-early"
    NOT_A_JSON_LIST = "not-a-json-list"
    TOO_MANY_IDS = "too-many-ids"
    NOT_AN_EVENT_ID = "not-an-event-id"
    # Matching a phone's favourites to a conference here.
    WEB_NOT_GIGGITY = "web-not-giggity"
    LINK_OTHER_CONFERENCE = "link-other-conference"
    OTHER_YEAR = "other-year"
    NONE_OF_SESSIONS_ELSEWHERE = "none-of-sessions-elsewhere"
    NONE_OF_SESSIONS_HERE = "none-of-sessions-here"
    NONE_OF_ANY = "none-of-any"
    NONE_OF_ANY_YEAR = "none-of-any-year"
    PROGRAM_NOT_IMPORTED = "program-not-imported"
    # Downloads.
    WEB_ONLY = "web-only"
    WEB_CREDENTIALS = "web-credentials"
    WEB_SPACES = "web-spaces"
    BAD_WEB_ADDRESS = "bad-web-address"
    DOWNLOAD_TOO_BIG = "download-too-big"
    OVER_LIMIT = "over-limit"
    CUT_SHORT_OF = "cut-short-of"
    DEADLINE = "deadline"
    NOT_MODIFIED_UNASKED = "not-modified-unasked"
    REDIRECT_NON_WEB = "redirect-non-web"
    REDIRECT_LOOP = "redirect-loop"
    HTTP_STATUS = "http-status"
    NO_ANSWER = "no-answer"
    UNREACHABLE = "unreachable"
    CUT_SHORT = "cut-short"
    LONG_HEADER = "long-header"
    DISCONNECTED = "disconnected"
    NOT_HTTP = "not-http"
    TOO_MANY_HEADERS = "too-many-headers"
    BAD_HTTP = "bad-http"
    BAD_ADDRESS_OR_ANSWER = "bad-address-or-answer"
    DOWNLOAD_FAILED = "download-failed"
    # An iCalendar event's time that cannot be read (the value of `NoteCode.UNREADABLE_TIME`).
    ICAL_END_NOT_DATE = "ical-end-not-date"  # the value (its repr)
    ICAL_NOT_DURATION = "ical-not-duration"  # the value (its repr)
    ICAL_NOT_DATE = "ical-not-date"  # the value (its repr)
    DATE_VALUE_OUT_OF_RANGE = "date-value-out-of-range"  # Python's OverflowError
    # What the core is asked to do (a `UsageError` with a refusal): the window's own
    # checks keep most of these from reaching it, but one that does is said translated.
    BUSY_NEEDS_ZONE = "busy-needs-zone"
    BUSY_ENDS_FIRST = "busy-ends-first"
    BUSY_OUT_OF_RANGE = "busy-out-of-range"  # the earliest date, the latest date-time (UTC)
    WALKING_OUT_OF_RANGE = "walking-out-of-range"  # the limit, the value given
    TOLERANCE_OUT_OF_RANGE = "tolerance-out-of-range"  # the limit, the value given
    ROOMS_WALK_OUT_OF_RANGE = "rooms-walk-out-of-range"  # room, room, limit, value given
    ALARM_OUT_OF_RANGE = "alarm-out-of-range"  # the limit
    CALDAV_OR_VDIR = "caldav-or-vdir"
    PASSWORD_AND_COMMAND = "password-and-command"
    NO_KEYRING = "no-keyring"
    NO_KEYRING_COMMAND = "no-keyring-command"
    NOT_UTF8_VALUE = "not-utf8-value"  # the value, as `display.path_text` shows it
    NUMBER_TOO_BIG = "number-too-big"  # the largest number the database holds
    UNKNOWN_FORMAT_NAME = "unknown-format-name"  # the name given, the formats Planner reads
    QR_SUFFIX = "qr-suffix"  # the file
    NO_PROGRAM_ADDRESS = "no-program-address"  # the conference's title


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
    RefusalCode.AGENDA_TOO_BIG: "is {0}; an agenda file is at most {1} MiB",
    RefusalCode.NOT_AN_AGENDA_FILE: "is not a Planner agenda file",
    RefusalCode.AGENDA_VERSION: "is an agenda file of version {0}; this Planner reads version {1}",
    RefusalCode.NO_CHECKSUM: "has no checksum (it was not written by Planner, or was cut short)",
    RefusalCode.CHECKSUM_MISMATCH: (
        "was changed or damaged after it was shared (its checksum does not match)"
    ),
    RefusalCode.AT: "{0}: {1}",
    RefusalCode.AGENDA_TOO_MANY: "lists {0:,} sessions (limit {1:,})",
    RefusalCode.ENDS_BEFORE_IT_STARTS: "ends before it starts",
    RefusalCode.NOT_ONE_OF: "{0} {1!r} is not one of {2}",
    RefusalCode.OTHER_CONFERENCE_AGENDA: (
        "is an agenda for “{0}”, which is not the conference open here; import that conference's "
        "program first"
    ),
    RefusalCode.BAD_DATE: "{0!r} is not a date (YYYY-MM-DD)",
    RefusalCode.BAD_DATE_TIME: "{0!r} is not an ISO 8601 date-time",
    RefusalCode.NO_OFFSET: "{0!r} has no UTC offset and no time zone is known",
    RefusalCode.BEYOND_DATES: "{0} is beyond the range of dates Planner keeps",
    RefusalCode.FAVOURITES_TOO_BIG: "is {0}; {1} is at most {2} MiB",
    RefusalCode.BINARY_NOT: "is binary data, not {0}",
    RefusalCode.NOT_UTF8: "is not UTF-8 text (byte {0:,} is not valid UTF-8)",
    RefusalCode.BAD_CSV: "is not valid CSV ({0})",
    RefusalCode.IS_EMPTY: "is empty",
    RefusalCode.TOO_MANY_FAVOURITES: "lists {0:,} favourites (limit {1:,})",
    RefusalCode.FAVOURITE_NOT_TEXT: "{0}: {1} is not text",
    RefusalCode.FAVOURITE_TOO_LONG: "{0}: {1} is {2:,} characters long",
    RefusalCode.NOT_A_CLOCK_TIME: "{0}: {1!r} is not a time of day",
    RefusalCode.NOT_AN_INSTANT: "{0}: {1!r} is not a date and time",
    RefusalCode.NO_TIME_ZONE: "{0}: {1!r} has no time zone",
    RefusalCode.NOT_SOJOURNER: "is not a Sojourner favourites file (no {0})",
    RefusalCode.FIELD_COUNT: "{0} has {1} fields, not {2}",
    RefusalCode.HAS_NO: "{0} has no {1}",
    RefusalCode.NOT_A_WEEKDAY: "{0}: {1!r} is not a weekday",
    RefusalCode.NOT_EVENTFAHRPLAN: "is not an EventFahrplan favourites export (no lectures)",
    RefusalCode.NOT_FOSDEM_PWA: "is not a FOSDEM PWA bookmarks file (no type,id header)",
    RefusalCode.FIELDS_OVER_HEADER: "{0} has {1} fields, the header {2}",
    RefusalCode.NOT_EVENT_OR_TRACK: "{0}: type {1!r} is not event or track",
    RefusalCode.NOT_A_DAY_NUMBER: "{0}: day {1!r} is not a day number",
    RefusalCode.NOT_COMPANION_UID: "{0}: UID {1!r} is not one FOSDEM Companion writes",
    RefusalCode.SEVERAL_YEARS: "mixes bookmarks of several FOSDEM years",
    RefusalCode.FIELD_NOT_INSTANT: "{0}: {1} is not a date and time",
    RefusalCode.NOT_UTC: "{0}: {1} is not a date and time in UTC",
    RefusalCode.LINK_TOO_LONG: "is {0:,} characters long; too long for a link",
    RefusalCode.NOT_GIGGITY: "is not a Giggity link (those start with {0})",
    RefusalCode.NO_PROGRAM_URL: "names no program (its url= part is missing or empty)",
    RefusalCode.PROGRAM_NOT_WEB: "names a program at {0!r}, not a web address",
    RefusalCode.NO_EVENTS_LISTED: "lists no events (it has no see= or del= part)",
    RefusalCode.NOT_BASE64: "is damaged: its {0}= part is not base64url text",
    RefusalCode.DOES_NOT_UNPACK: "is damaged: its {0}= part does not unpack ({1})",
    RefusalCode.UNPACKS_TOO_MUCH: "is damaged: its {0}= part unpacks to too much data",
    RefusalCode.ENDS_EARLY: "is cut short: its {0}= part ends early",
    RefusalCode.NOT_A_JSON_LIST: "is damaged: its {0}= part is not a JSON list",
    RefusalCode.TOO_MANY_IDS: "lists {0:,} events in {1}= (limit {2:,})",
    RefusalCode.NOT_AN_EVENT_ID: "is damaged: item {0} of its {1}= part is not an event id",
    RefusalCode.WEB_NOT_GIGGITY: (
        "is a web address but not a Giggity link ({0}…); save the file it points to and import that"
    ),
    RefusalCode.LINK_OTHER_CONFERENCE: "is a link for “{0}”, which is not the conference open here",
    RefusalCode.OTHER_YEAR: "holds {0} favourites of {1}; “{2}” is in {3}",
    RefusalCode.NONE_OF_SESSIONS_ELSEWHERE: (
        "names none of the sessions of “{0}”; they are in “{1}”"
    ),
    RefusalCode.NONE_OF_SESSIONS_HERE: (
        "names none of the sessions of “{0}”, nor of any conference here"
    ),
    RefusalCode.NONE_OF_ANY: "names none of the sessions of any conference imported here",
    RefusalCode.NONE_OF_ANY_YEAR: (
        "names none of the sessions of any conference of {0} imported here"
    ),
    RefusalCode.PROGRAM_NOT_IMPORTED: (
        "is a link for the program at {0}, which has not been imported here; import it first, or "
        "say which conference it is for"
    ),
    RefusalCode.WEB_ONLY: "only http:// and https:// addresses can be imported",
    RefusalCode.WEB_CREDENTIALS: (
        "a web address with a user name or password cannot be imported (Planner sends no "
        "credentials, and would keep the password in plain text)"
    ),
    RefusalCode.WEB_SPACES: "is not a valid web address (it contains spaces or control characters)",
    RefusalCode.BAD_WEB_ADDRESS: "is not a valid web address ({0})",
    RefusalCode.DOWNLOAD_TOO_BIG: "is {0}, over the {1} MiB limit",
    RefusalCode.OVER_LIMIT: "is over the {0} MiB limit",
    RefusalCode.CUT_SHORT_OF: (
        "the connection closed before the whole file had arrived ({0} of {1})"
    ),
    RefusalCode.DEADLINE: "did not finish downloading within {0} seconds",
    RefusalCode.NOT_MODIFIED_UNASKED: (
        "the server answered 304 Not Modified, but Planner asked for the whole file (it has no "
        "copy to keep)"
    ),
    RefusalCode.REDIRECT_NON_WEB: "the server redirect to a non-web address refused",
    RefusalCode.REDIRECT_LOOP: "the server redirects in a loop (or more than 10 times)",
    RefusalCode.HTTP_STATUS: "the server answered {0} {1}",
    RefusalCode.NO_ANSWER: "did not answer within {0} seconds",
    RefusalCode.UNREACHABLE: "cannot be reached ({0})",
    RefusalCode.CUT_SHORT: "the connection closed before the whole file had arrived",
    RefusalCode.LONG_HEADER: "the server sent a header line longer than HTTP clients accept",
    RefusalCode.DISCONNECTED: "the server closed the connection without answering",
    RefusalCode.NOT_HTTP: "the server's answer is not HTTP (a bad status line)",
    RefusalCode.TOO_MANY_HEADERS: "the server sent more headers than HTTP clients accept",
    RefusalCode.BAD_HTTP: "the server's answer is not valid HTTP ({0})",
    RefusalCode.BAD_ADDRESS_OR_ANSWER: "is not a valid web address or answer ({0})",
    RefusalCode.DOWNLOAD_FAILED: "download failed ({0})",
}
_ENGLISH |= {
    RefusalCode.CALENDAR_NAME_TAKEN: "there is already a calendar target called {0!r}",
    RefusalCode.CALENDAR_NEEDS_NAME: "a calendar target needs a name",
    RefusalCode.CALDAV_NOT_WEB: "{0}: a CalDAV address must be an http:// or https:// URL",
    RefusalCode.CALDAV_CREDENTIALS: (
        "{0}: give the user name on its own (--username), and no password in the address (the "
        "keyring or --password-command keeps it)"
    ),
    RefusalCode.FOLDER_NO_PASSWORD: "a folder needs no user name or password",
    RefusalCode.PROGRAM_URL_INVALID: "the program URL is not a valid web address: {0!r}",
    RefusalCode.PROGRAM_URL_NOT_WEB: (
        "the program URL must be a web address (http or https), not {0!r}"
    ),
    RefusalCode.PROGRAM_URL_CREDENTIALS: (
        "the program URL must not hold a user name or password: {0!r} (a phone link is shared, and "
        "what it holds with it)"
    ),
    RefusalCode.QR_TOO_LONG: (
        "the link is {0:,} bytes long; a QR code holds at most {1:,} (share the link itself, or "
        "fewer sessions)"
    ),
    RefusalCode.NEEDS_ZONE: "states no time zone; say which one, e.g. --tz Europe/Brussels",
    RefusalCode.NEEDS_ZONE_SESSIONIZE: (
        "states no time zone (Sessionize files never do); say which one, e.g. --tz Europe/Brussels"
    ),
    RefusalCode.NEEDS_ZONE_UTC_MARKED: (
        "states no time zone (its times are marked UTC but match the local <start> times); "
        "say which one, e.g. --tz Europe/Brussels"
    ),
}
_ENGLISH |= {
    RefusalCode.ICAL_END_NOT_DATE: "DTEND is not a date or date-time: {0}",
    RefusalCode.ICAL_NOT_DURATION: "DURATION is not a duration: {0}",
    RefusalCode.ICAL_NOT_DATE: "not a date or date-time: {0}",
    RefusalCode.DATE_VALUE_OUT_OF_RANGE: "date value out of range",
    RefusalCode.BUSY_NEEDS_ZONE: "busy block times need a time zone",
    RefusalCode.BUSY_ENDS_FIRST: "a busy block must end after it starts",
    RefusalCode.BUSY_OUT_OF_RANGE: "a busy block must start on or after {0} and end by {1} UTC",
    RefusalCode.WALKING_OUT_OF_RANGE: (
        "the walking time must be between 0 and {0} minutes, not {1}"
    ),
    RefusalCode.TOLERANCE_OUT_OF_RANGE: "the tolerance must be between 0 and {0} minutes, not {1}",
    RefusalCode.ROOMS_WALK_OUT_OF_RANGE: (
        "the walking time between {0} and {1} must be between 0 and {2} minutes, not {3}"
    ),
    RefusalCode.ALARM_OUT_OF_RANGE: "the alarm must be between 0 and {0} minutes before",
    RefusalCode.CALDAV_OR_VDIR: "give either --caldav URL or --vdir DIR",
    RefusalCode.PASSWORD_AND_COMMAND: "give a password or a --password-command, not both",
    RefusalCode.NO_KEYRING: (
        "No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available "
        "on this computer, so Planner cannot keep the password safely. Give a command that "
        "prints the password instead, such as “pass show calendar”."
    ),
    RefusalCode.NO_KEYRING_COMMAND: (
        "No desktop keyring (GNOME Keyring, KWallet or another Secret Service) is available "
        "on this computer, so Planner cannot keep the password safely. Give a command that "
        "prints the password instead, such as “pass show calendar”. (planner calendar add … "
        "--password-command CMD)"
    ),
    RefusalCode.NOT_UTF8_VALUE: (
        "'{0}' is not UTF-8 text; Planner keeps names, keys, addresses and the files it "
        "remembers as UTF-8"
    ),
    RefusalCode.NUMBER_TOO_BIG: (
        "a number beyond what the database can hold (at most {0}) was given"
    ),
    RefusalCode.UNKNOWN_FORMAT_NAME: "unknown format {0!r}; choose from auto, {1}",
    RefusalCode.QR_SUFFIX: "{0}: a QR code is saved as .png or .svg",
    RefusalCode.NO_PROGRAM_ADDRESS: (
        "Planner does not know where the program of “{0}” is published; give its web address "
        "once with --program-url URL (the address Giggity loads it from, e.g. "
        "https://fosdem.org/2025/schedule/xml)"
    ),
}
# Which values are sizes in bytes (an `int`, written as "2.1 MB").
SIZES: dict[RefusalCode, tuple[int, ...]] = {
    RefusalCode.TOO_BIG: (0,),
    RefusalCode.AGENDA_TOO_BIG: (0,),
    RefusalCode.FAVOURITES_TOO_BIG: (0,),
    RefusalCode.DOWNLOAD_TOO_BIG: (0,),
    RefusalCode.CUT_SHORT_OF: (0, 1),
}
# Which values are a position in the file (an index in a JSON list, a byte's offset): an
# `int` written as digits, without the grouping a count takes ("rooms[1500]").
POSITIONS: dict[RefusalCode, tuple[int, ...]] = {
    RefusalCode.NOT_A_ROOM_NAME: (0,),
    RefusalCode.BAD_BYTE: (1,),
}


class Refusal(str):
    """Why a file is refused: the English (a `str`, as it always was) with its code and
    values, for the window to say in its language."""

    code: RefusalCode
    values: tuple[object, ...]

    def __new__(cls, code: RefusalCode, *values: object) -> Refusal:
        sizes = SIZES.get(code, ())
        shown = tuple(
            size_text(value) if index in sizes and isinstance(value, int) else value
            for index, value in enumerate(values)
        )
        refusal = super().__new__(cls, _ENGLISH[code].format(*shown))
        refusal.code, refusal.values = code, values
        return refusal

    def __getnewargs__(self) -> tuple[object, ...]:  # type: ignore[override]
        return (self.code, *self.values)
