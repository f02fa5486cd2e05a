"""Property-based mutation of real schedules through every importer and the agenda reader.

Each example starts from a real file (from tests/data/schedules, or the bundled program),
damages it (bytes flipped, cut, duplicated; JSON values and XML text replaced by hostile
values; elements dropped) and feeds it to the reader. The only exception allowed out is
`BadInputError`; whatever parses must then also store cleanly.

`HYPOTHESIS_PROFILE=fuzz` runs many more examples than the default CI profile.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.domain.errors import BadInputError
from planner.export import agenda_file
from planner.formats import ReadOptions, read_program
from planner.services import Planner

from ..conftest import REPO, SCHEDULES

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

settings.register_profile(
    "ci",
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)
settings.register_profile(
    "fuzz",
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

pytestmark = [
    pytest.mark.timeout(300),
    pytest.mark.filterwarnings("ignore:Generating overly large repr"),
]

# Small-to-medium real files keep each example fast; the big ones are covered by
# test_real_schedules and the hostile corpus.
SEEDS: dict[str, tuple[str, ...]] = {
    "frab-xml": ("xml/lswt2019-jekyll-schedule.xml", "xml/giggity-debconf23.xml"),
    "frab-json": ("json/hub-schedule2.json", "json/pretalx-democon.json"),
    "sessionize": (
        "sessionize/sessionize-sample-All.json",
        "sessionize/sessionize-sample-GridSmart.json",
    ),
    "ical": ("ics/giggity-linux_conf_au_2020.ics",),
    "xcal": ("ics/giggity-linux_conf_au_2020.ics",),  # converted to xCal below
    "planner": ("bundled",),
}
MAX_SEED_EVENTS = 25

HOSTILE_TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "",
            " ",
            "-1",
            "0",
            "99:99",
            "25:61:61",
            "-00:30",
            "9999999999999999999999",
            "0000-00-00",
            "0001-01-01T00:00:00",
            "9999-12-31T23:59:59+14:00",
            "2024-02-30",
            "2024-05-01T10:00:00+99:00",
            "P99999999D",
            "PT-5M",
            "Mars/Olympus_Mons",
            "../../etc/passwd",
            "\x00",
            "\ud800",
            "<script>alert(1)</script>",
            "x" * 5000,
            "NaN",
            "Infinity",
        ]
    ),
)
JSON_LEAF = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    HOSTILE_TEXT,
)
JSON_VALUE = st.recursive(
    JSON_LEAF,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=8,
)


# -- seeds ---------------------------------------------------------------------------------
def _first_ics_events(data: bytes, count: int) -> bytes:
    """The calendar header, its first `count` events and the footer: still a real file."""
    text = data.decode("utf-8")
    head, _, rest = text.partition("BEGIN:VEVENT")
    events = ["BEGIN:VEVENT" + part for part in rest.split("BEGIN:VEVENT")[:count]]
    if not events[-1].rstrip().endswith("END:VCALENDAR"):
        events[-1] = events[-1].split("END:VEVENT")[0] + "END:VEVENT\r\n"
    body = "".join(events)
    if "END:VCALENDAR" not in body:
        body += "END:VCALENDAR\r\n"
    return (head + body).encode("utf-8")


def _xcal_from_ics(data: bytes) -> bytes:
    """RFC 6321 rendering of an iCalendar file, enough to seed the xCal reader."""
    import icalendar

    calendar = icalendar.Calendar.from_ical(data)
    ns = "urn:ietf:params:xml:ns:icalendar-2.0"
    root = ET.Element("icalendar", xmlns=ns)
    vcalendar = ET.SubElement(root, "vcalendar")

    def properties_of(component: Any, parent: ET.Element) -> None:
        properties = ET.SubElement(parent, "properties")
        for name, value in component.property_items(recursive=False):
            if name in {"BEGIN", "END"}:
                continue
            element = ET.SubElement(properties, name.lower())
            params = getattr(value, "params", {})
            if params:
                parameters = ET.SubElement(element, "parameters")
                for param, param_value in params.items():
                    ET.SubElement(ET.SubElement(parameters, param.lower()), "text").text = str(
                        param_value
                    )
            kind = {"DTSTART": "date-time", "DTEND": "date-time", "DURATION": "duration"}
            text = value.to_ical().decode() if hasattr(value, "to_ical") else str(value)
            if name in {"DTSTART", "DTEND"} and re.fullmatch(r"\d{8}T\d{6}Z?", text):
                text = f"{text[:4]}-{text[4:6]}-{text[6:11]}:{text[11:13]}:{text[13:]}"
            ET.SubElement(element, kind.get(name, "text")).text = text

    properties_of(calendar, vcalendar)
    components = ET.SubElement(vcalendar, "components")
    for component in calendar.subcomponents:
        child = ET.SubElement(components, str(component.name).lower())
        properties_of(component, child)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


@cache
def seed(name: str) -> bytes:
    if name == "bundled":
        return (REPO / "data" / "kafka-summit-london-2019.planner-program.json").read_bytes()
    data = (SCHEDULES / name).read_bytes()
    if name.endswith(".ics"):
        data = _first_ics_events(data, MAX_SEED_EVENTS)
    return data


def seeds_for(format_name: str) -> list[bytes]:
    data = [seed(name) for name in SEEDS[format_name]]
    if format_name == "xcal":
        data = [_xcal_from_ics(item) for item in data]
    return data


@cache
def agenda_seed() -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        planner = Planner.open(Path(tmp) / "seed.sqlite3")
        try:
            planner.imports.ensure_bundled_program()
            conference = planner.catalog.conferences()[0].id
            for talk in planner.catalog.talks(conference)[:6]:
                planner.agenda.star(conference, talk.key)
            target = Path(tmp) / "seed.planner-agenda"
            planner.sharing.export_agenda(conference, target, shared_by="Fuzz")
            return target.read_bytes()
        finally:
            planner.close()


# -- mutations -----------------------------------------------------------------------------
@st.composite
def byte_mutation(draw: st.DrawFn, data: bytes) -> bytes:
    """Damage a file the way disks, networks and careless editors do."""
    for _ in range(draw(st.integers(1, 4))):
        if not data:
            break
        where = draw(st.integers(0, len(data) - 1))
        length = draw(st.integers(1, 64))
        action = draw(st.sampled_from(["flip", "cut", "truncate", "insert", "duplicate"]))
        if action == "flip":
            data = (
                data[:where] + bytes([data[where] ^ draw(st.integers(1, 255))]) + data[where + 1 :]
            )
        elif action == "cut":
            data = data[:where] + data[where + length :]
        elif action == "truncate":
            data = data[:where]
        elif action == "insert":
            data = data[:where] + draw(st.binary(min_size=1, max_size=length)) + data[where:]
        else:
            data = (
                data[:where]
                + data[where : where + length] * draw(st.integers(2, 50))
                + data[where:]
            )
    return data


def _json_paths(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _json_paths(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value[:30]):  # early items are where the parser looks
            yield from _json_paths(child, (*path, index))


@st.composite
def json_mutation(draw: st.DrawFn, data: bytes, reseal: Callable[[Any], None] | None) -> bytes:
    """Replace or delete values deep inside a JSON document; keep it valid JSON."""
    document = json.loads(data)
    paths = [p for p in _json_paths(document) if p]
    for _ in range(draw(st.integers(1, 5))):
        path = draw(st.sampled_from(paths))
        parent = document
        try:
            for step in path[:-1]:
                parent = parent[step]
            if draw(st.booleans()) and isinstance(parent, dict):
                parent.pop(path[-1], None)
            else:
                parent[path[-1]] = draw(JSON_VALUE)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation changed the shape under this path
    if reseal is not None:
        reseal(document)
    return json.dumps(document).encode("utf-8")


@st.composite
def xml_mutation(draw: st.DrawFn, data: bytes) -> bytes:
    """Replace element text and attributes with hostile values, or drop elements."""
    root = ET.fromstring(data)
    elements = list(root.iter())[:3000]
    for _ in range(draw(st.integers(1, 6))):
        element = draw(st.sampled_from(elements))
        action = draw(st.sampled_from(["text", "attribute", "drop", "clone"]))
        if action == "text":
            element.text = draw(HOSTILE_TEXT)
        elif action == "attribute" and element.attrib:
            element.set(draw(st.sampled_from(sorted(element.attrib))), draw(HOSTILE_TEXT))
        elif action in {"drop", "clone"} and len(element):
            child = draw(st.sampled_from(list(element)))
            if action == "drop":
                element.remove(child)
            else:
                for _copy in range(draw(st.integers(1, 20))):
                    element.append(child)
    text = ET.tostring(root, encoding="unicode")
    # Lone surrogates cannot be encoded: exactly what a broken exporter might emit.
    return text.encode("utf-8", errors="surrogatepass")


@st.composite
def ics_mutation(draw: st.DrawFn, data: bytes) -> bytes:
    """Replace the values of content lines (DTSTART, DURATION, TZID, ...) with hostile text."""
    lines = data.decode("utf-8").split("\r\n")
    candidates = [i for i, line in enumerate(lines) if ":" in line and not line.startswith(" ")]
    for _ in range(draw(st.integers(1, 6))):
        index = draw(st.sampled_from(candidates))
        name = lines[index].split(":", 1)[0]
        lines[index] = f"{name}:{draw(HOSTILE_TEXT)}".replace("\r", " ").replace("\n", " ")
    return "\r\n".join(lines).encode("utf-8", errors="surrogatepass")


def mutations(format_name: str) -> st.SearchStrategy[bytes]:
    def structured(data: bytes) -> st.SearchStrategy[bytes]:
        if format_name in {"frab-json", "sessionize", "planner"}:
            return json_mutation(data, None)
        if format_name in {"frab-xml", "xcal"}:
            return xml_mutation(data)
        return ics_mutation(data)

    return st.sampled_from(seeds_for(format_name)).flatmap(
        lambda data: st.one_of(byte_mutation(data), structured(data))
    )


# -- properties ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Planner]:
    planner = Planner.open(tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite3")
    yield planner
    planner.close()


def _check_program(data: bytes, format_name: str, zone: str | None, store: Planner) -> None:
    try:
        program = read_program(data, f"fuzzed.{format_name}", format_name, ReadOptions(zone))
    except BadInputError:
        return
    # Whatever an importer accepts must also be storable (first import, then as an update).
    store.imports.program(program)


@pytest.mark.parametrize("format_name", sorted(SEEDS))
def test_seeds_are_real_programs_the_reader_accepts(format_name: str) -> None:
    for data in seeds_for(format_name):
        program = read_program(data, "seed", format_name, ReadOptions("Europe/Berlin"))
        assert len(program.talks) > 0


@pytest.mark.parametrize("format_name", sorted(SEEDS))
def test_mutated_real_schedules_raise_only_bad_input(format_name: str, store: Planner) -> None:
    @given(data=mutations(format_name), zone=st.sampled_from([None, "Europe/Berlin", "Nowhere"]))
    def check(data: bytes, zone: str | None) -> None:
        _check_program(data, format_name, zone, store)

    check()


def _reseal_agenda(document: Any) -> None:
    """Give a mutated agenda a valid checksum so the reader looks past the seal."""
    if isinstance(document, dict):
        document.pop("checksum", None)
        # A lone surrogate cannot be hashed: Planner never writes one, so no seal to forge.
        with contextlib.suppress(UnicodeEncodeError):
            document["checksum"] = agenda_file._checksum(document)


def test_mutated_agenda_files_raise_only_bad_input() -> None:
    data = agenda_seed()
    assert agenda_file.parse(data, "seed").sessions  # the seed itself is valid

    @given(
        mutated=st.one_of(
            byte_mutation(data), json_mutation(data, None), json_mutation(data, _reseal_agenda)
        )
    )
    def check(mutated: bytes) -> None:
        with contextlib.suppress(BadInputError):
            agenda_file.parse(mutated, "fuzzed.planner-agenda")

    check()
