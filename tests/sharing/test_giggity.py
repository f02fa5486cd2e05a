"""Giggity share links: Planner's encoder and decoder against Giggity's own algorithm."""

from __future__ import annotations

import base64
import json
import zlib
from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.domain.errors import BadInputError
from planner.formats import read_program_file
from planner.sharing import giggity

from ..conftest import SCHEDULES
from ..ui.test_refusal_texts import said_in_german
from . import giggity_reference as reference

if TYPE_CHECKING:
    from planner.domain.program import ProgramTalk

FOSDEM_2025 = SCHEDULES / "xml" / "fosdem-2025.xml"
FEED = "https://fosdem.org/2025/schedule/xml"


@pytest.fixture(scope="module")
def fosdem_talks() -> tuple[ProgramTalk, ...]:
    return read_program_file(FOSDEM_2025).talks


def planner_link(feed: str, talks: list[ProgramTalk]) -> str:
    ids = [giggity.link_id(t.source_id, t.guid) for t in talks]
    assert None not in ids
    return giggity.encode_link(feed, [i for i in ids if i is not None])


def test_planner_link_is_what_giggity_would_share(fosdem_talks: tuple[ProgramTalk, ...]) -> None:
    chosen = sorted(fosdem_talks, key=lambda t: (t.start, t.key))[::37]
    items = [reference.item(t.guid or None, t.source_id or None) for t in chosen]
    # Giggity's own export of the same reminders, character for character.
    assert planner_link(FEED, chosen) == reference.export_link(FEED, items)
    odd = "https://example.org/~me/sched ule.xml?x=ü&y=*"
    assert planner_link(odd, chosen) == reference.export_link(odd, items)


def test_giggity_reads_exactly_the_attended_events(fosdem_talks: tuple[ProgramTalk, ...]) -> None:
    chosen = sorted(fosdem_talks, key=lambda t: t.title)[::11]
    url, see, hidden = reference.import_link(planner_link(FEED, chosen))
    assert url == FEED
    assert see == {t.source_id for t in chosen}  # FOSDEM's numeric event ids
    assert hidden == set()
    every = [reference.item(t.guid or None, t.source_id or None) for t in fosdem_talks]
    listed = reference.matched(every, see)
    assert sorted(i.get_guid() for i in listed) == sorted(t.guid for t in chosen)


def test_planner_reads_what_giggity_shares(fosdem_talks: tuple[ProgramTalk, ...]) -> None:
    chosen = list(fosdem_talks[5:40:3])
    hidden = list(fosdem_talks[100:103])
    link = reference.export_link(
        FEED + "?a=b c~",
        [reference.item(t.guid, t.source_id) for t in chosen],
        [reference.item(t.guid, t.source_id) for t in hidden],
    )
    decoded = giggity.decode_link(link)
    assert decoded.feed_url == FEED + "?a=b c~"
    assert decoded.see == tuple(t.source_id for t in chosen)
    assert decoded.hidden == tuple(t.source_id for t in hidden)


def test_ids_giggity_would_misread_are_replaced_by_the_guid() -> None:
    cases = {
        ("6210", "g-1"): 6210,
        ("007", "g-2"): "g-2",  # Giggity reads "007" back as 7
        ("1.5", "g-3"): "g-3",
        ("12d", "g-4"): "g-4",  # Java's parseDouble takes a type suffix
        ("NaN", "g-5"): "g-5",
        ("99999999999", "g-6"): "g-6",  # beyond Java's int
        ("0", ""): "0",  # written as a string, read back as 0: the same
        ("talk-a", ""): "talk-a",
        ("", "ABC-def"): "ABC-def",
        ("007", ""): None,
        ("", ""): None,
    }
    for (event_id, guid), expected in cases.items():
        assert giggity.link_id(event_id, guid) == expected, (event_id, guid)


ids = st.one_of(
    st.integers(min_value=0, max_value=2**40).map(str),
    st.from_regex(r"[0-9]{1,4}(\.[0-9])?[dDfF]?", fullmatch=True),
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=12),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(ids, st.uuids().map(str) | st.just("")), min_size=1, max_size=8))
def test_whatever_planner_links_giggity_finds(events: list[tuple[str, str]]) -> None:
    items = [reference.item(guid or None, event_id.strip() or None) for event_id, guid in events]
    linkable = [
        (it, value)
        for it, (event_id, guid) in zip(items, events, strict=True)
        if (value := giggity.link_id(event_id, guid)) is not None
    ]
    if not linkable:
        return
    link = giggity.encode_link(FEED, [value for _, value in linkable])
    _url, see, _hidden = reference.import_link(link)
    for it, _value in linkable:
        assert reference.matched([it], see) == [it]
    assert giggity.decode_link(link).see == tuple(
        dict.fromkeys(str(value).strip() for _, value in linkable)
    )


def _packed(document: bytes) -> str:
    return base64.urlsafe_b64encode(zlib.compress(document)).decode().rstrip("=")


@pytest.mark.usefixtures("german")
def test_bad_links_are_refused_with_one_clear_message() -> None:
    """… in the window's language too (every refusal has a code)."""
    good = giggity.encode_link(FEED, [6210, 6600])
    see = good.split("&see=")[1]
    bomb = _packed(b"[" + b" " * (40 * 1024 * 1024) + b"]")
    cases = {
        "https://example.org/#url=x&see=y": "not a Giggity link",
        "https://ggt.gaa.st/#see=" + see: "names no program",
        "https://ggt.gaa.st/#url=javascript%3Aalert(1)&see=" + see: "not a web address",
        "https://ggt.gaa.st/#url=" + FEED: "lists no events",
        good.replace("&see=", "&see=$$"): "not base64url",
        good[:-6]: "ends early|does not unpack",
        good.split("&see=")[0] + "&see=" + _packed(b'{"a": 1}'): "not a JSON list",
        good.split("&see=")[0] + "&see=" + _packed(b"[1, {}]"): "item 2",
        good.split("&see=")[0] + "&see=" + _packed(b"[true]"): "item 1",
        good.split("&see=")[0] + "&see=" + _packed(b"\xff\xfe"): "not a JSON list",
        good.split("&see=")[0] + "&see=" + _packed(json.dumps(list(range(60_000))).encode()): (
            "60,000 events"
        ),
        good.split("&see=")[0] + "&see=" + bomb: "too much data",
        good + "A" * 1_000_001: "too long",
    }
    for link, message in cases.items():
        with pytest.raises(BadInputError, match=message) as caught:
            giggity.decode_link(link, "the pasted link")
        assert str(caught.value).startswith("the pasted link: "), link[:80]
        assert "\n" not in str(caught.value)
        said_in_german(caught.value)
    with pytest.raises(BadInputError) as caught:
        giggity.decode_link("https://example.org/#url=x&see=y")  # named as the link
    assert str(caught.value).startswith("the Giggity link: is not a Giggity link")
    assert said_in_german(caught.value).startswith("der Giggity-Link: ist kein Giggity-Link")


def test_link_survives_being_pasted_with_spaces_and_without_scheme() -> None:
    link = giggity.encode_link(FEED, [6210])
    assert giggity.decode_link(f"  {link}\n").see == ("6210",)
    assert giggity.decode_link(link.removeprefix("https://")).see == ("6210",)
    assert giggity.looks_like_link(link)
    assert not giggity.looks_like_link("https://fosdem.org/")
