"""The agenda as CSV for spreadsheets: read back by Python's csv module."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from planner.domain.agenda import Priority, SpeakerInfo, Star, Status, TalkInfo
from planner.export import agenda_csv

ZONE = ZoneInfo("Europe/Brussels")
WHEN = datetime(2025, 1, 20, tzinfo=UTC)


def talk(key: str, title: str, hour: int, star: Star | None, **extra: object) -> TalkInfo:
    start = datetime(2025, 2, 1, hour, 5, tzinfo=UTC)
    return TalkInfo(
        1,
        1,
        key,
        title,
        start,
        start.replace(minute=55),
        "H.2215 (Ferrer)",
        "Go",
        "#123456",
        star=star,
        **extra,  # type: ignore[arg-type]
    )


def star(priority: Priority, status: Status, note: str = "") -> Star:
    return Star(priority, status, note, WHEN, WHEN)


def test_rows_in_time_order_with_local_times() -> None:
    talks = [
        talk(
            "b",
            "Second, with “quotes”",
            14,
            star(Priority.MAYBE, Status.PLAN_B, 'ask about "x"\nand y'),
            url="https://fosdem.org/b",
        ),
        talk("x", "Not starred", 9, None),
        talk(
            "a",
            "First",
            9,
            star(Priority.MUST, Status.ATTEND),
            speakers=(SpeakerInfo(1, "Ada"), SpeakerInfo(2, "Grace")),
        ),
        talk("c", "Dropped", 16, star(Priority.WANT, Status.SKIP), cancelled=True),
    ]
    data = agenda_csv.render(talks, ZONE)
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == list(agenda_csv.HEADER)
    assert rows[1:] == [
        ["2025-02-01", "10:05", "10:55", "H.2215 (Ferrer)", "First", "Ada, Grace",
         "Must see", "Attend", "", ""],
        ["2025-02-01", "15:05", "15:55", "H.2215 (Ferrer)", "Second, with “quotes”", "",
         "Maybe", "Plan B", 'ask about "x"\nand y', "https://fosdem.org/b"],
        ["2025-02-01", "17:05", "17:55", "H.2215 (Ferrer)", "Dropped", "",
         "Want to see", "Skip (cancelled)", "", ""],
    ]  # fmt: skip


def test_cells_a_spreadsheet_would_run_as_formulas_are_defused() -> None:
    hostile = talk(
        "h",
        '=HYPERLINK("https://evil.example","click")',
        9,
        star(Priority.WANT, Status.ATTEND, "+1 from me"),
        url="@SUM(A1)",
    )
    rows = list(csv.reader(io.StringIO(agenda_csv.render([hostile], ZONE).decode("utf-8-sig"))))
    assert rows[1][4] == '\'=HYPERLINK("https://evil.example","click")'
    assert rows[1][8] == "'+1 from me"
    assert rows[1][9] == "'@SUM(A1)"


def test_an_empty_agenda_is_just_the_header() -> None:
    assert agenda_csv.render([], ZONE).decode("utf-8-sig") == ",".join(agenda_csv.HEADER) + "\r\n"


def test_times_the_clocks_show_twice_name_their_zone() -> None:
    """Brussels falls back at 03:00 CEST on 26 October 2025: 02:30 comes twice. The two
    sessions an hour apart must not read the same; an ordinary time stays bare."""
    first = datetime(2025, 10, 26, 0, 30, tzinfo=UTC)  # 02:30 CEST
    talks = [
        TalkInfo(1, 1, "a", "Before", first, first.replace(hour=1), "R", "", "", star=WANT),
        TalkInfo(
            1, 1, "b", "After", first.replace(hour=1), first.replace(hour=2), "R", "", "", star=WANT
        ),
        TalkInfo(
            1, 1, "c", "Day", first.replace(hour=9), first.replace(hour=10), "R", "", "", star=WANT
        ),
    ]
    rows = list(csv.reader(io.StringIO(agenda_csv.render(talks, ZONE).decode("utf-8-sig"))))
    assert [(row[1], row[2]) for row in rows[1:]] == [
        ("02:30 CEST", "02:30 CET"),
        ("02:30 CET", "03:30"),
        ("10:30", "11:30"),
    ]


WANT = star(Priority.WANT, Status.ATTEND)
