"""Dates, times, weekdays, durations and numbers in several locales (12 h and 24 h)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

from PySide6.QtCore import QLocale

from planner.ui import i18n
from planner.ui.locale_format import Formats

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

LONDON = ZoneInfo("Europe/London")
START = datetime(2019, 5, 13, 11, 5, tzinfo=UTC)
END = START + timedelta(minutes=45)
DAY = date(2019, 5, 13)


@pytest.fixture(autouse=True)
def _gui(qapp) -> None:
    """Translated parts (durations) need the application's translators."""


@pytest.mark.parametrize(
    ("locale", "time", "times", "hour", "day", "day_short", "full", "weekday", "number"),
    [
        (
            "en_US",
            "12:05\u202fPM",  # CLDR: a narrow no-break space before AM/PM
            "12:05\u202fPM–12:50\u202fPM",
            "12\u202fPM",
            "Monday, May 13",
            "Mon, May 13",
            "Monday, May 13, 2019",
            "Mon",
            "12,345",
        ),
        (
            "de_DE",
            "12:05",
            "12:05–12:50",
            "12:05",
            "Montag, 13. Mai",
            "Mo., 13. Mai",
            "Montag, 13. Mai 2019",
            "Mo",
            "12.345",
        ),
        (
            "pt_BR",
            "12:05",
            "12:05–12:50",
            "12:05",
            "segunda-feira, 13 de maio",
            "seg., 13 de mai.",
            "segunda-feira, 13 de maio de 2019",
            "seg.",
            "12.345",
        ),
        (
            "fr_FR",
            "12:05",
            "12:05–12:50",
            "12:05",
            "lundi 13 mai",
            "lun. 13 mai",
            "lundi 13 mai 2019",
            "lun.",
            "12\u202f345",
        ),
        (
            "cs_CZ",
            "12:05",
            "12:05–12:50",
            "12:05",
            "pondělí 13. května",
            "po 13. kvě",
            "pondělí 13. května 2019",
            "po",
            "12\u00a0345",
        ),
        # Year first, with the year's own mark: the day still comes out whole.
        (
            "ja_JP",
            "12:05",
            "12:05–12:50",
            "12:05",
            "5月13日月曜日",
            "5月13日月",
            "",
            "月",
            "12,345",
        ),
    ],
)
def test_locale_writes_dates_and_times(
    locale: str,
    time: str,
    times: str,
    hour: str,
    day: str,
    day_short: str,
    full: str,
    weekday: str,
    number: str,
) -> None:
    formats = Formats(QLocale(locale))
    assert formats.time(START, LONDON) == time  # 11:05 UTC is 12:05 in London (BST)
    assert formats.time_range(START, END, LONDON) == times
    assert formats.hour(START.replace(minute=0), LONDON) == hour.replace(":05", ":00")
    assert formats.day(DAY) == day
    assert formats.day_short(DAY) == day_short
    if full:
        assert formats.date(DAY) == full
    assert formats.weekday(DAY) == weekday
    assert formats.number(12345) == number


def test_twelve_hour_follows_the_locale() -> None:
    assert Formats(QLocale("en_US")).twelve_hour
    assert not Formats(QLocale("en_GB")).twelve_hour
    assert not Formats(QLocale("de_DE")).twelve_hour


def test_times_are_shown_in_the_display_zone() -> None:
    formats = Formats(QLocale("de_DE"))
    assert formats.time(START, ZoneInfo("America/New_York")) == "07:05"
    assert formats.time(START, ZoneInfo("Asia/Tokyo")) == "20:05"


def test_when_joins_day_and_times() -> None:
    assert Formats(QLocale("en_US")).when(START, END, LONDON) == (
        "Monday, May 13, 12:05\u202fPM–12:50\u202fPM"
    )
    assert Formats(QLocale("de_DE")).when(START, END, LONDON, year=True) == (
        "Montag, 13. Mai 2019, 12:05–12:50"
    )
    assert Formats(QLocale("en_GB")).day_time(START, LONDON) == "Mon 12:05"


def test_default_formats_follow_qts_default_locale() -> None:
    QLocale.setDefault(QLocale("de_DE"))
    try:
        assert Formats().time(START, LONDON) == "12:05"
        assert Formats().day(DAY) == "Montag, 13. Mai"
    finally:
        QLocale.setDefault(QLocale.system())


@pytest.fixture
def polish(qapp, tmp_path: Path) -> Iterator[None]:
    i18n.install(qapp, i18n.Choice("pl", chosen=True), tmp_path)
    yield
    i18n.install(qapp, i18n.Choice("en", chosen=False), tmp_path)


def test_durations_in_english() -> None:
    formats = Formats(QLocale("en_US"))
    assert formats.duration(timedelta(minutes=50)) == "50 min"
    assert formats.duration(timedelta(minutes=120)) == "2 h"
    assert formats.duration(timedelta(minutes=90)) == "1 h 30 min"
    assert formats.duration(timedelta(seconds=29)) == "0 min"
    assert formats.duration(timedelta(minutes=-15)) == "-15 min"


@pytest.mark.usefixtures("polish")
def test_durations_use_the_languages_plural_forms() -> None:
    formats = Formats()
    assert formats.duration(timedelta(hours=2)) == "2 godz."
    assert formats.duration(timedelta(minutes=65)) == "1 godz. 5 min"
    assert formats.number(12345) == "12\u00a0345"
