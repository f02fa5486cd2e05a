"""Deterministic synthetic conference programs of any size, for benchmarks.

`days × rooms` parallel tracks, sessions of 25-55 minutes with short breaks, titles and
abstracts of realistic length, and a pool of speakers shared across sessions (so some
speak several times). The same arguments always give the same program.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from xml.sax.saxutils import escape

WORDS = [
    "stream",
    "kafka",
    "event",
    "driven",
    "scale",
    "cloud",
    "native",
    "data",
    "pipeline",
    "latency",
    "consumer",
    "producer",
    "partition",
    "schema",
    "registry",
    "connect",
    "security",
    "observability",
    "kubernetes",
    "operator",
    "storage",
    "replication",
    "exactly",
    "once",
    "transaction",
    "analytics",
    "machine",
    "learning",
    "real",
    "time",
    "migration",
    "legacy",
    "microservice",
    "database",
    "index",
    "query",
    "graph",
    "rust",
    "python",
    "java",
    "go",
    "compiler",
    "runtime",
    "memory",
    "cache",
    "network",
    "protocol",
    "design",
    "testing",
    "reliability",
    "incident",
    "community",
    "open",
    "source",
    "governance",
    "privacy",
    "encryption",
    "identity",
    "api",
    "gateway",
    "mesh",
    "edge",
    "device",
    "sensor",
]


def _sentence(rng: random.Random, words: int) -> str:
    chosen = [rng.choice(WORDS) for _ in range(words)]
    return " ".join(chosen).capitalize() + "."


def synthetic_frab_xml(
    sessions: int, days: int = 5, rooms: int = 100, seed: int = 2019, zone: str = "Europe/Berlin"
) -> bytes:
    """A frab schedule XML with `sessions` events over `days` × `rooms`."""
    rng = random.Random(seed)
    speakers = [
        f"{rng.choice(WORDS).title()} {rng.choice(WORDS).title()}son {i}"
        for i in range(max(10, sessions // 3))
    ]
    start_day = date(2026, 6, 1)
    per_day = [sessions // days + (1 if i < sessions % days else 0) for i in range(days)]
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<schedule><version>synthetic</version><conference>",
        f"<acronym>synth-{sessions}</acronym><title>Synthetic Conference {sessions}</title>",
        f"<start>{start_day}</start><end>{start_day + timedelta(days=days - 1)}</end>",
        f"<days>{days}</days><time_zone_name>{zone}</time_zone_name></conference>",
    ]
    serial = 0
    for day_index in range(days):
        day = start_day + timedelta(days=day_index)
        out.append(f'<day index="{day_index + 1}" date="{day}">')
        room_events: list[list[str]] = [[] for _ in range(rooms)]
        clocks = [datetime(day.year, day.month, day.day, 9, 0) for _ in range(rooms)]
        for index in range(per_day[day_index]):
            room = index % rooms
            length = rng.choice((25, 30, 40, 45, 55))
            begin = clocks[room]
            clocks[room] = begin + timedelta(minutes=length + rng.choice((5, 10, 15)))
            serial += 1
            guid = f"{serial:08x}-0000-5000-8000-{seed:012x}"
            people = "".join(
                f"<person>{escape(rng.choice(speakers))}</person>"
                for _ in range(rng.choice((1, 1, 1, 2, 3)))
            )
            abstract = " ".join(
                _sentence(rng, rng.randint(8, 20)) for _ in range(rng.randint(2, 6))
            )
            room_events[room].append(
                f'<event guid="{guid}" id="{serial}"><start>{begin:%H:%M}</start>'
                f"<duration>00:{length:02d}</duration><room>Room {room + 1}</room>"
                f"<title>{escape(_sentence(rng, rng.randint(3, 9))[:-1])}</title>"
                f"<track>Track {room % 24 + 1}</track><type>talk</type>"
                f"<language>en</language><abstract>{escape(abstract)}</abstract>"
                f"<persons>{people}</persons></event>"
            )
        for room in range(rooms):
            out.append(f'<room name="Room {room + 1}">{"".join(room_events[room])}</room>')
        out.append("</day>")
    out.append("</schedule>")
    return "\n".join(out).encode()


def synthetic_start() -> datetime:
    return datetime(2026, 6, 1, 7, 0, tzinfo=UTC)
