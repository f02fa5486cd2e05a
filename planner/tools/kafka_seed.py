"""Convert the scraped Kafka Summit London 2019 program page into a Planner program file.

    python -m planner.tools.kafka_seed [SOURCE.txt] [OUT.planner-program.json]

Defaults: `data/sources/kafka-summit-london-2019-program.txt` (a copy of the scrape, see
`data/sources/kafka-summit-london-2019-README.md`) to
`data/kafka-summit-london-2019.planner-program.json`. The output is deterministic, and a
test re-runs this conversion and compares it with the committed file.

What the page gives and what it doesn't: four tracks of talks, each with a description;
many talks lost their title and speaker line in the scrape, and the page never had times
or rooms. So:
- confirmed titles and speakers (from public slides and session pages, listed in
  `CONFIRMED`) are attached to their descriptions by a phrase that identifies them;
- any other talk without a title gets a short label drawn from its description and is
  flagged `untitled` - titles and speakers are never invented;
- times and rooms are illustrative: the four tracks run in parallel over 13-14 May 2019,
  one room per track, and the program carries a notice the app shows the user.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from planner.domain.program import (
    Program,
    ProgramDay,
    ProgramSpeaker,
    ProgramTalk,
    ProgramTrack,
)
from planner.formats import planner_json

ZONE_NAME = "Europe/London"
ZONE = ZoneInfo(ZONE_NAME)
DAYS = (date(2019, 5, 13), date(2019, 5, 14))
TRACKS = (
    ProgramTrack("Core Kafka", "#1565c0"),
    ProgramTrack("Event-Driven Development", "#c62828"),
    ProgramTrack("Stream Processing", "#2e7d32"),
    ProgramTrack("Use Cases", "#6a1b9a"),
)
KEYNOTE_TRACK = ProgramTrack("Keynotes", "#37474f")
KEYNOTE_ROOM = "Keynote Hall"
TRACK_ROOMS = {track.name: f"{track.name} Room" for track in TRACKS}

# Breakout slots (local time) after the morning keynotes; lunch sits between 3rd and 4th.
SLOTS = (
    (time(10, 30), time(11, 10)),
    (time(11, 20), time(12, 0)),
    (time(12, 10), time(12, 50)),
    (time(13, 50), time(14, 30)),
    (time(14, 40), time(15, 20)),
    (time(15, 50), time(16, 30)),
    (time(16, 40), time(17, 20)),
)

NOTICE = (
    "Illustrative timetable: the published program of Kafka Summit London 2019 listed no "
    "times or rooms. Planner placed the talks so that the four tracks run in parallel on "
    "13–14 May 2019, one room per track. Talks whose title was not recorded are labelled "
    "from their description and marked untitled."
)


@dataclass(frozen=True)
class Confirmed:
    """A talk whose title and speakers are confirmed from public sources."""

    track: str
    phrase: str  # identifies the talk's description on the page ("" for keynotes)
    title: str
    speakers: tuple[tuple[str, str], ...]  # (name, organization)


CONFIRMED = (
    Confirmed(
        "Core Kafka",
        "At AppsFlyer, a mobile attribution",
        "So You've Inherited Kafka? Now What?",
        (("Alon Gavra", "AppsFlyer"),),
    ),
    Confirmed(
        "Core Kafka",
        "leverages Kafka’s “rebalance protocol”",
        "Everything You Always Wanted to Know About Kafka's Rebalance Protocol but Were "
        "Afraid to Ask",
        (("Matthias J. Sax", "Confluent"),),
    ),
    Confirmed(
        "Core Kafka",
        "open source tools available (I counted over 50!)",
        "Show Me Kafka Tools That Will Increase My Productivity!",
        (("Stephane Maarek", "DataCumulus"),),
    ),
    Confirmed(
        "Stream Processing",
        "UD(A)F",
        "The Exciting Frontier of Custom KSQL Functions",
        (("Mitch Seymour", ""),),
    ),
)

# Confirmed keynotes; they are not on the scraped page (it lists breakout tracks only).
KEYNOTES = (
    (
        DAYS[0],
        time(9, 0),
        time(9, 30),
        Confirmed(
            "Keynotes",
            "",
            "Event Streaming: Lessons from our Cloud-Native Journey",
            (("Neha Narkhede", "Confluent"),),
        ),
    ),
    (
        DAYS[0],
        time(9, 30),
        time(10, 0),
        Confirmed(
            "Keynotes",
            "",
            "Growing an Engineering Culture with Apache Kafka",
            (("Keith Davidson", "Sky"),),
        ),
    ),
    (
        DAYS[1],
        time(9, 0),
        time(9, 45),
        Confirmed("Keynotes", "", "Is Kafka a Database?", (("Martin Kleppmann", ""),)),
    ),
)

_BULLET = "  • "
_VIEW_DESCRIPTION = "View Description"


@dataclass
class ScrapedTalk:
    track: str
    title: str = ""
    speaker_line: str = ""
    paragraphs: list[str] = field(default_factory=list)
    is_link: bool = False  # "View Kafka Summit NYC 2019 Sessions": navigation, not a talk


def scrape(text: str) -> list[ScrapedTalk]:
    """Split the page into talks, in page order, with their track."""
    track_names = {track.name for track in TRACKS}
    talks: list[ScrapedTalk] = []
    current: ScrapedTalk | None = None
    track = ""
    seen_view_description = False
    for raw_line in text.splitlines():
        line = raw_line.rstrip()
        if not line:
            continue
        if not line.startswith(" "):
            current = None
            track = line if line in track_names else ""
            continue
        if not track:
            continue
        if line.startswith(_BULLET):
            heading = line[len(_BULLET) :].strip()
            current = ScrapedTalk(track)
            talks.append(current)
            seen_view_description = heading == _VIEW_DESCRIPTION
            if not seen_view_description:
                current.title = heading
                current.is_link = heading.startswith("View Kafka Summit")
            continue
        if current is None:
            continue
        content = line.strip()
        if content == _VIEW_DESCRIPTION:
            seen_view_description = True
        elif not seen_view_description and not current.speaker_line:
            current.speaker_line = content
        elif seen_view_description:
            current.paragraphs.append(content)
    return [talk for talk in talks if not talk.is_link]


def parse_speakers(line: str) -> list[tuple[str, str]]:
    """ "A and B, Org and C, Other Org" -> [(A, Org), (B, Org), (C, Other Org)].

    Names without their own organisation share the next one given; everything after the
    first comma of a group is the organisation ("Jakub Korab, Solutions Architect, ...").
    """
    result: list[tuple[str, str]] = []
    waiting: list[str] = []
    for group in (part.strip() for part in line.split(" and ")):
        if "," in group:
            name, organization = (piece.strip() for piece in group.split(",", 1))
            for pending in waiting:
                result.append((pending, organization))
            waiting = []
            result.append((name, organization))
        elif group:
            waiting.append(group)
    result.extend((name, "") for name in waiting)
    return result


def label_from(description: str, words: int = 8) -> str:
    """A short label for a talk without a title: the opening words of its description."""
    sentence = re.split(r"(?<=[.!?])\s", description.strip(), maxsplit=1)[0]
    sentence = sentence.strip(" \"'“”‘’")
    tokens = sentence.split()
    label = " ".join(tokens[:words]).rstrip(",;:—–-")
    return label + ("…" if len(tokens) > words else "")


def slug(text: str, limit: int = 48) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", " ", ascii_text.lower()).split()
    result = ""
    for word in words:
        candidate = f"{result}-{word}" if result else word
        if len(candidate) > limit:
            break
        result = candidate
    return result or "talk"


def _instant(day: date, clock: time) -> datetime:
    return datetime.combine(day, clock, ZONE).astimezone(UTC)


def convert(text: str, source: str = "") -> Program:
    scraped = scrape(text)
    speakers: dict[str, ProgramSpeaker] = {}
    talks: list[ProgramTalk] = []
    used_keys: set[str] = set()
    unclaimed = list(CONFIRMED)

    def key_for(title: str) -> str:
        base = "ksl19-" + slug(title)
        key, counter = base, 1
        while key in used_keys:
            counter += 1
            key = f"{base}-{counter}"
        used_keys.add(key)
        return key

    def add_speakers(pairs: tuple[tuple[str, str], ...] | list[tuple[str, str]]) -> tuple[str, ...]:
        for name, organization in pairs:
            speakers.setdefault(name, ProgramSpeaker(name, organization))
        return tuple(name for name, _ in pairs)

    for day, start, end, keynote in KEYNOTES:
        talks.append(
            ProgramTalk(
                key=key_for(keynote.title),
                title=keynote.title,
                start=_instant(day, start),
                end=_instant(day, end),
                room=KEYNOTE_ROOM,
                track=KEYNOTE_TRACK.name,
                type="keynote",
                language="en",
                speakers=add_speakers(keynote.speakers),
            )
        )

    position_in_track: dict[str, int] = {}
    for item in scraped:
        abstract = "\n\n".join(item.paragraphs)
        title, untitled = item.title, False
        pairs = parse_speakers(item.speaker_line) if item.speaker_line else []
        if not title:
            match = next(
                (c for c in unclaimed if c.track == item.track and c.phrase in abstract), None
            )
            if match is not None:
                unclaimed.remove(match)
                title, pairs = match.title, list(match.speakers)
            else:
                title, untitled = label_from(abstract), True
        index = position_in_track.get(item.track, 0)
        position_in_track[item.track] = index + 1
        day = DAYS[min(index // len(SLOTS), len(DAYS) - 1)]
        slot_start, slot_end = SLOTS[index % len(SLOTS)]
        talks.append(
            ProgramTalk(
                key=key_for(title),
                title=title,
                start=_instant(day, slot_start),
                end=_instant(day, slot_end),
                room=TRACK_ROOMS[item.track],
                track=item.track,
                type="talk",
                language="en",
                abstract=abstract,
                speakers=add_speakers(pairs),
                untitled=untitled,
            )
        )
    if unclaimed:
        missing = ", ".join(c.title for c in unclaimed)
        raise ValueError(f"confirmed talks not found on the page: {missing}")

    talks.sort(
        key=lambda talk: (
            talk.start,
            list(TRACK_ROOMS.values()).index(talk.room)
            if talk.room in TRACK_ROOMS.values()
            else -1,
        )
    )
    return Program(
        title="Kafka Summit London 2019",
        acronym="KSL19",
        time_zone=ZONE_NAME,
        start=DAYS[0],
        end=DAYS[-1],
        source=source,
        version="2019 program page; illustrative timetable 1",
        format=planner_json.NAME,
        notice=NOTICE,
        days=tuple(ProgramDay(day) for day in DAYS),
        tracks=(*TRACKS, KEYNOTE_TRACK),
        rooms=(KEYNOTE_ROOM, *TRACK_ROOMS.values()),
        speakers=tuple(speakers.values()),
        talks=tuple(talks),
    )


REPO = Path(__file__).resolve().parents[2]
DEFAULT_SOURCE = REPO / "data" / "sources" / "kafka-summit-london-2019-program.txt"
DEFAULT_OUTPUT = REPO / "data" / "kafka-summit-london-2019.planner-program.json"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    source = Path(args[0]) if args else DEFAULT_SOURCE
    output = Path(args[1]) if len(args) > 1 else DEFAULT_OUTPUT
    program = convert(source.read_text(encoding="utf-8"))
    output.write_bytes(planner_json.dump(program))
    untitled = sum(talk.untitled for talk in program.talks)
    print(
        f"{output}: {len(program.talks)} sessions ({untitled} untitled), "
        f"{len(program.speakers)} speakers"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
