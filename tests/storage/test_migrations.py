"""A database written by an older schema opens in this build with nothing lost."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from planner.domain.agenda import Priority, Status
from planner.domain.changes import Changes
from planner.services import Planner
from planner.storage import migrations
from planner.storage.db import open_database
from planner.storage.reader import inspect_file

SCHEMAS = Path(__file__).parent / "schemas"


OLD_VERSIONS = sorted(int(p.stem[1:]) for p in SCHEMAS.glob("v*.sql"))


def build_old_database(path: Path, version: int = 1) -> None:
    """A database of an older schema with a conference, two sessions, a speaker, 2 stars."""
    connection = sqlite3.connect(path)
    connection.executescript((SCHEMAS / f"v{version}.sql").read_text())
    connection.executescript(
        """
        INSERT INTO conferences (id, identity, title, acronym, time_zone, start_date,
            end_date, source, version, format, notice, url, imported_at, updated_at)
        VALUES (1, 'demo', 'Demo Conf', 'DEMO', 'Europe/Berlin',
            '2024-03-01', '2024-03-02', 'demo.json', 'v1', 'planner', '', '',
            '2024-01-01 10:00:00.000000', '2024-01-01 10:00:00.000000');
        INSERT INTO days VALUES (1, 1, '2024-03-01', NULL, NULL);
        INSERT INTO rooms VALUES (1, 1, 'Hall A', 0);
        INSERT INTO tracks VALUES (1, 1, 'Main', '#123456');
        INSERT INTO speakers VALUES (1, 1, 'Ada Lovelace', 'Analytical', 'Wrote a program.');
        INSERT INTO talks VALUES (1, 1, 'guid:a', 1, 1, 1, 'Opening', '', 'talk', 'en',
            'Welcome.', '', '2024-03-01 08:00:00.000000', '2024-03-01 08:30:00.000000', '',
            '[{"url": "https://example.org/a", "title": "Slides"}]', 0, 0);
        INSERT INTO talks VALUES (2, 1, 'guid:b', 1, 1, 1, 'Engines', '', 'talk', 'en',
            '', '', '2024-03-01 09:00:00.000000', '2024-03-01 09:45:00.000000', '', '[]', 0, 0);
        INSERT INTO talk_speakers VALUES (2, 1, 0);
        INSERT INTO stars VALUES (1, 1, 'guid:a', 'must', 'attend', 'front row',
            '2024-02-01 12:00:00.000000', '2024-02-01 12:00:00.000000');
        INSERT INTO stars VALUES (2, 1, 'guid:gone', 'maybe', 'plan-b', '',
            '2024-02-01 12:00:00.000000', '2024-02-02 12:00:00.000000');
        """
    )
    connection.commit()
    connection.close()


def table_shapes(path: Path) -> dict[str, object]:
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        shapes: dict[str, object] = {}
        for table in tables:
            columns = [
                (r[1], r[2], r[3], r[5])
                for r in connection.execute(f'PRAGMA table_info("{table}")')
            ]
            foreign = sorted(
                tuple(r[2:]) for r in connection.execute(f'PRAGMA foreign_key_list("{table}")')
            )
            indexes = sorted(
                (
                    r[1],
                    r[2],
                    tuple(c[2] for c in connection.execute(f'PRAGMA index_info("{r[1]}")')),
                )
                for r in connection.execute(f'PRAGMA index_list("{table}")')
            )
            shapes[table] = (columns, foreign, [(u, cols) for _name, u, cols in indexes])
        return shapes
    finally:
        connection.close()


@pytest.mark.parametrize("version", OLD_VERSIONS)
def test_older_databases_upgrade_to_the_latest_schema(tmp_path: Path, version: int) -> None:
    old = tmp_path / "old.sqlite3"
    build_old_database(old, version)
    database = open_database(old)
    try:
        assert database.report.migrated_from == version
        assert inspect_file(old, lock_wait=1)[1] == migrations.LATEST_VERSION  # user_version
        backup = database.report.backup
        assert backup is not None
        assert backup.exists()
    finally:
        database.close()
    # The backup is the untouched version-1 database.
    connection = sqlite3.connect(backup)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == version
    assert connection.execute("SELECT count(*) FROM stars").fetchone()[0] == 2
    connection.close()

    fresh = tmp_path / "fresh.sqlite3"
    open_database(fresh).close()
    assert table_shapes(old) == table_shapes(fresh)


@pytest.mark.parametrize("version", OLD_VERSIONS)
def test_nothing_is_lost_in_the_upgrade(tmp_path: Path, version: int) -> None:
    old = tmp_path / "old.sqlite3"
    build_old_database(old, version)
    planner = Planner.open(old)
    try:
        [conference] = planner.catalog.conferences()
        assert (conference.title, conference.time_zone, conference.talk_count) == (
            "Demo Conf",
            "Europe/Berlin",
            2,
        )
        talks = {talk.key: talk for talk in planner.catalog.talks(conference.id)}
        opening = talks["guid:a"]
        assert opening.star is not None
        assert (opening.star.priority, opening.star.status, opening.star.note) == (
            Priority.MUST,
            Status.ATTEND,
            "front row",
        )
        assert opening.links[0].url == "https://example.org/a"
        assert opening.start.isoformat() == "2024-03-01T08:00:00+00:00"
        assert talks["guid:b"].speaker_names == ("Ada Lovelace",)
        # The star on a session the database no longer has is still there.
        connection = sqlite3.connect(old)
        assert connection.execute(
            "SELECT priority, status FROM stars WHERE talk_key = 'guid:gone'"
        ).fetchone() == ("maybe", "plan-b")
        connection.close()
        # And the upgraded database is fully usable.
        planner.agenda.star(conference.id, "guid:b", Priority.WANT)
        assert planner.catalog.talk(conference.id, "guid:b").starred
    finally:
        planner.close()


def test_every_version_has_an_upgrade_step() -> None:
    assert sorted(migrations._STEPS) == list(range(2, migrations.LATEST_VERSION + 1))
    frozen = sorted(int(p.stem[1:]) for p in SCHEMAS.glob("v*.sql"))
    assert frozen == list(range(1, migrations.LATEST_VERSION))


def test_the_live_calendar_becomes_a_target_keeping_its_sequences(tmp_path: Path) -> None:
    """Version 4 keeps the live file's per-session state (its subscribers saw those
    SEQUENCEs) and moves the live file's setting to a calendar target."""
    old = tmp_path / "old.sqlite3"
    build_old_database(old, 3)
    live = tmp_path / "live.ics"
    connection = sqlite3.connect(old)
    connection.executescript(
        f"""
        INSERT INTO preferences VALUES ('live-ics:1',
            '{{"path": "{live}", "include_plan_b": true, "alarm_minutes": 10}}');
        INSERT INTO preferences VALUES ('conflicts:1', '{{"buffer": 5}}');
        INSERT INTO exported_events VALUES (1, 'guid:a', 4, 'abc', '2024-02-01 12:00:00.000000');
        INSERT INTO exported_events VALUES (1, 'guid:b', 2, 'withdrawn',
            '2024-02-01 12:00:00.000000');
        """
    )
    connection.commit()
    connection.close()
    planner = Planner.open(old)
    try:
        conference_id = planner.catalog.conference().id
        target = planner.exports.files.live(conference_id)
        assert target is not None
        assert (target.location, target.include_plan_b, target.alarm_minutes) == (
            str(live),
            True,
            10,
        )
        with planner.database.reading() as session:
            from planner.storage import repo, targets

            states = targets.event_states(session, target.id)
            assert repo.get_preference(session, "live-ics:1") is None
            assert repo.get_preference(session, "conflicts:1") == {"buffer": 5}
        assert (states["guid:a"].sequence, states["guid:a"].present) == (4, True)
        assert (states["guid:b"].sequence, states["guid:b"].present) == (2, False)
        [report] = planner.local_calendars.agenda_changed(Changes.of_program(conference_id))
        assert report.ok
        assert b"SEQUENCE:5\r\n" in live.read_bytes()  # its content differs from before
    finally:
        planner.close()
