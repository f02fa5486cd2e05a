"""Plan on the laptop, carry it on the phone: `agenda link`, `agenda import` of links and
other apps' favourites, the QR codes, `export csv` - through the real command line."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING, Any

import pytest

from planner.cli import main
from planner.domain.agenda import Status
from planner.domain.preferences import SOURCE_IDS
from planner.services import Planner
from planner.storage import preferences

from .conftest import REPO, SCHEDULES, database_digest, settle_database
from .sharing import giggity_reference as reference
from .sharing.test_qr import zbar
from .test_url_import import site  # noqa: F401 - the local web server fixture

if TYPE_CHECKING:
    from pathlib import Path

    from .test_url_import import Site

FOSDEM_2025 = SCHEDULES / "xml" / "fosdem-2025.xml"
CCC_38 = SCHEDULES / "xml" / "eventfahrplan-schedule-38c3-20251206.xml"
FEED = "https://fosdem.org/2025/schedule/xml"
SAMPLES = REPO / "tests" / "data" / "favourites"


def fosdem_events() -> list[tuple[str, str]]:
    """(event id, GUID) of every FOSDEM 2025 event, in file order, read without Planner."""
    root = ET.parse(FOSDEM_2025).getroot()
    return [(str(e.get("id")), str(e.get("guid"))) for e in root.iter("event")]


class Cli:
    def __init__(self, data: Path) -> None:
        self.data = data

    def __call__(self, *args: str, code: int = 0) -> Any:
        out = io.StringIO()
        assert main(["--data-dir", str(self.data), *args, "--json"], out=out) == code
        return json.loads(out.getvalue()) if code == 0 else None


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "data")


@pytest.fixture
def fosdem(cli: Cli) -> int:
    report = cli("import", str(FOSDEM_2025))
    return int(report["conference_id"])


def test_the_import_keeps_fosdem_event_ids(cli: Cli, fosdem: int) -> None:
    planner = Planner.open(cli.data / "planner.sqlite3")
    try:
        with planner.database.reading() as session:
            kept = preferences.read(session, SOURCE_IDS, fosdem)
    finally:
        planner.close()
    expected = {f"guid:{guid}": (event_id, "") for event_id, guid in fosdem_events()}
    assert kept == expected


def test_link_decoded_by_giggity_gives_exactly_the_attended_events(cli: Cli, fosdem: int) -> None:
    events = fosdem_events()
    attended = events[3:400:29]
    plan_b = events[401:460:19]
    skipped = events[500:520:7]
    for _, guid in attended:
        cli("star", f"guid:{guid}", "--conference", str(fosdem))
    for _, guid in plan_b + skipped:
        cli("star", f"guid:{guid}", "--conference", str(fosdem))
    planner = Planner.open(cli.data / "planner.sqlite3")
    try:
        planner.agenda.set_statuses(fosdem, {f"guid:{g}": Status.PLAN_B for _, g in plan_b})
        planner.agenda.set_statuses(fosdem, {f"guid:{g}": Status.SKIP for _, g in skipped})
    finally:
        planner.close()

    shared = cli("agenda", "link", "--program-url", FEED, "--conference", str(fosdem))
    url, see, hidden = reference.import_link(shared["link"])
    assert url == FEED
    assert see == {event_id for event_id, _ in attended}
    assert hidden == set()
    items = [reference.item(guid, event_id) for event_id, guid in events]
    assert sorted(i.get_guid() for i in reference.matched(items, see)) == sorted(
        guid for _, guid in attended
    )
    assert shared["sessions"] == len(attended)
    assert shared["program_url_from"] == "given"
    assert shared["not_linked"] == []

    # Remembered: the next link needs no --program-url; plan B on request.
    again = cli("agenda", "link", "--include-plan-b", "--conference", str(fosdem))
    assert again["program_url"] == FEED
    assert again["program_url_from"] == "remembered"
    assert reference.import_link(again["link"])[1] == {e for e, _ in attended + plan_b}


def test_a_giggity_link_imports_as_exactly_those_stars(cli: Cli, fosdem: int) -> None:
    events = fosdem_events()
    chosen = events[10:900:41]
    link = reference.export_link(FEED, [reference.item(g, e) for e, g in chosen])
    imported = cli("agenda", "import", link, "--merge", "--conference", str(fosdem))
    assert imported["app"] == "Giggity"
    assert imported["unmatched"] == []
    assert imported["not_imported"] == []
    assert imported["merged"] == sorted(f"guid:{g}" for _, g in chosen)
    starred = cli("sessions", "--starred", "--conference", str(fosdem))
    assert {s["key"] for s in starred} == {f"guid:{g}" for _, g in chosen}
    assert {s["key"] for s in imported["sessions"]} == {f"guid:{g}" for _, g in chosen}


def test_a_link_finds_its_conference_by_address_or_by_its_events(cli: Cli, fosdem: int) -> None:
    cli("import", str(CCC_38))  # now the default conference
    events = fosdem_events()
    link = reference.export_link(FEED, [reference.item(g, e) for e, g in events[:3]])
    # The address is not known here, but every event it names is FOSDEM's.
    imported = cli("agenda", "import", link)
    assert {s["key"] for s in imported["sessions"]} == {f"guid:{g}" for _, g in events[:3]}
    assert cli("agenda", "list", "--conference", str(fosdem))[0]["name"] == "Giggity favourites"
    # Events known nowhere, at an unknown address: refused, not guessed.
    unknown = reference.export_link(FEED, [reference.item(None, "999998")])
    cli("agenda", "import", unknown, code=3)
    # Once the address is known (written another way), the link goes there regardless.
    cli("agenda", "link", "--program-url", FEED.replace("https", "http") + "/", "--conference",
        str(fosdem))  # fmt: skip
    imported = cli("agenda", "import", unknown)
    assert imported["not_imported"] == ["event 999998: not in this program"]
    assert cli("agenda", "list", "--conference", str(fosdem))[-1]["id"] == imported["id"]


def test_links_of_unknown_events_are_listed_not_dropped(cli: Cli, fosdem: int) -> None:
    events = fosdem_events()
    link = reference.export_link(
        FEED,
        [reference.item(g, e) for e, g in events[:4]] + [reference.item(None, "999999")],
        [reference.item(g, e) for e, g in events[4:6]],
    )
    imported = cli("agenda", "import", link, "--conference", str(fosdem))
    assert len(imported["sessions"]) == 4
    assert imported["not_imported"] == [
        "2 events hidden in Giggity (hiding is not a favourite; they are not imported)",
        "event 999999: not in this program",
    ]


def test_qr_codes_of_the_link_decode_to_it(cli: Cli, fosdem: int, tmp_path: Path) -> None:
    for _, guid in fosdem_events()[::50]:
        cli("star", f"guid:{guid}", "--conference", str(fosdem))
    png, svg = tmp_path / "agenda.png", tmp_path / "agenda.svg"
    shared = cli("agenda", "link", "--program-url", FEED, "--qr", str(png))
    assert shared["qr"] == str(png)
    assert zbar(png) == shared["link"]
    cli("agenda", "link", "--qr", str(svg))
    assert ET.parse(svg).getroot().tag == "{http://www.w3.org/2000/svg}svg"
    cli("agenda", "link", "--qr", str(tmp_path / "agenda.jpg"), code=2)
    cli("agenda", "link", "--qr", str(tmp_path / "missing" / "dir" / "x.png"))  # made
    assert (tmp_path / "missing" / "dir" / "x.png").exists()


def test_the_pocket_pdf_carries_the_qr_code_on_its_first_page(
    qapp: object, cli: Cli, fosdem: int, tmp_path: Path
) -> None:
    for _, guid in fosdem_events()[7:300:23]:
        cli("star", f"guid:{guid}", "--conference", str(fosdem))
    shared = cli("agenda", "link", "--program-url", FEED)
    pdf = tmp_path / "pocket.pdf"
    assert cli("export", "pdf", str(pdf))["pages"] >= 2
    pdftoppm = shutil.which("pdftoppm")
    assert pdftoppm, "pdftoppm is missing: scripts/test installs Debian's poppler-utils"
    subprocess.run(
        [pdftoppm, "-r", "200", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "page")],
        check=True,
        timeout=120,
    )
    [page] = tmp_path.glob("page*.png")
    assert zbar(page) == shared["link"]


def test_without_a_known_program_address_the_link_asks_for_one(cli: Cli, fosdem: int) -> None:
    out = io.StringIO()
    assert main(["--data-dir", str(cli.data), "agenda", "link"], out=out) == 2
    cli("agenda", "link", "--program-url", "ftp://fosdem.org/x", code=2)


def test_a_program_imported_from_the_web_links_to_its_address(
    cli: Cli,
    site: Site,  # noqa: F811
) -> None:
    site.body = FOSDEM_2025.read_bytes()
    site.content_type = "application/xml"
    report = cli("import", site.url)
    shared = cli("agenda", "link", "--conference", str(report["conference_id"]))
    assert shared["program_url"] == site.url
    assert shared["program_url_from"] == "import"


@pytest.mark.parametrize(
    ("sample", "program", "app", "matched", "unmatched", "not_imported"),
    [
        ("fosdem-companion-bookmarks.ics", FOSDEM_2025, "FOSDEM Companion", 8, 1, 0),
        ("sojourner-fosdem-2025.csv", FOSDEM_2025, "Sojourner", 8, 1, 0),
        ("fosdem-pwa-bookmarks_2025.csv", FOSDEM_2025, "FOSDEM PWA", 8, 1, 1),
        ("eventfahrplan-38c3-favorites.json", CCC_38, "EventFahrplan", 4, 1, 0),
    ],
)
def test_each_apps_favourites_import_matched_or_listed(
    cli: Cli,
    sample: str,
    program: Path,
    app: str,
    matched: int,
    unmatched: int,
    not_imported: int,
) -> None:
    cli("import", str(FOSDEM_2025))
    cli("import", str(CCC_38))
    imported = cli("agenda", "import", str(SAMPLES / sample))  # finds its conference itself
    assert imported["app"] == app
    in_program = [s for s in imported["sessions"] if s["in_program"]]
    assert len(in_program) == matched
    assert len(imported["unmatched"]) == unmatched
    assert len(imported["not_imported"]) == not_imported
    conference = next(c for c in cli("conferences") if c["source"] == str(program))
    listed = cli("agenda", "list", "--conference", str(conference["id"]))
    assert [o["id"] for o in listed] == [imported["id"]]


def test_bad_links_and_foreign_files_change_nothing(cli: Cli, fosdem: int, tmp_path: Path) -> None:
    planner = Planner.open(cli.data / "planner.sqlite3")
    settle_database(planner)
    before = database_digest(planner)
    planner.close()
    good = reference.export_link(FEED, [reference.item(None, "6210")])
    cli("agenda", "import", good[:-5], code=3)
    cli("agenda", "import", "https://example.org/not-giggity", code=3)
    cli("agenda", "import", str(SAMPLES / "eventfahrplan-38c3-favorites.json"), code=3)
    wrong_year = tmp_path / "bookmarks.ics"
    wrong_year.write_bytes(
        (SAMPLES / "fosdem-companion-bookmarks.ics").read_bytes().replace(b"@2025@", b"@2024@")
    )
    cli("agenda", "import", str(wrong_year), "--conference", str(fosdem), code=3)
    planner = Planner.open(cli.data / "planner.sqlite3")
    try:
        assert database_digest(planner) == before
    finally:
        planner.close()


def test_csv_export_of_the_agenda(cli: Cli, fosdem: int, tmp_path: Path) -> None:
    for _, guid in fosdem_events()[:3]:
        cli("star", f"guid:{guid}", "--conference", str(fosdem))
    target = tmp_path / "agenda.csv"
    assert cli("export", "csv", str(target)) == {"path": str(target), "sessions": 3}
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8-sig"))))
    assert [r["title"] for r in rows] == [
        s["title"] for s in cli("sessions", "--starred", "--conference", str(fosdem))
    ]
    assert {r["status"] for r in rows} == {"Attend"}
