"""Locale formats where issue 19 asks for them beyond the views and dialogs (the pocket
PDF and print-out, a reminder's notification), and where it asks for none: what other
programs read (the `.ics`, the CLI's JSON) is the same whatever the desktop's language."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from typing import TYPE_CHECKING

import pytest

from planner.domain.agenda import Priority
from planner.ui import i18n
from planner.ui.printing import agenda_html
from planner.ui.reminders import Reminders

from ..conftest import REPO
from .conftest import settle

if TYPE_CHECKING:
    from pathlib import Path

    from planner.services import Planner
    from planner.ui.mainwindow import MainWindow

STREAMS = "ksl19-kafka-streams-at-scale"
DATABASE = "ksl19-is-kafka-a-database"


@pytest.mark.usefixtures("german")
def test_the_pocket_agenda_in_german(planner: Planner) -> None:
    """The HTML the PDF and the print-out are laid out from (`render_pdf`, `print_document`)."""
    conference_id = planner.catalog.conference().id
    planner.agenda.star(conference_id, STREAMS, Priority.MUST)
    html = agenda_html(
        planner.catalog.conference(conference_id), planner.agenda.day_plan(conference_id)
    )
    assert "Montag, 13. Mai" in html
    assert "Monday" not in html
    assert "Must see" not in html


@pytest.mark.usefixtures("restore_language")
def test_a_reminder_in_german(qapp, window: MainWindow, tmp_path: Path) -> None:
    i18n.install(qapp, i18n.Choice("de", chosen=True), tmp_path / "qm")
    talk = window.store.talk(DATABASE)
    assert talk is not None
    window.controller.toggle_star(talk)
    settle(window)
    now = [talk.start - timedelta(minutes=8)]
    reminders = Reminders(window.store, window, clock=lambda: now[0])
    reminders.minutes = 10
    # The notification's text: the program's own title and room, the rest in German.
    assert reminders.check() == ["Is Kafka a Database? beginnt in 8 Min. in Keynote Hall"]


def _planner(data: Path, *args: str, language: str) -> bytes:
    environment = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "LANGUAGE": language,
        "LC_ALL": "de_DE.UTF-8" if language == "de" else "C.UTF-8",
        "LANG": "de_DE.UTF-8" if language == "de" else "C.UTF-8",
        "TZ": "Europe/Berlin",
    }
    done = subprocess.run(
        [sys.executable, "-m", "planner", "--data-dir", str(data), *args],
        capture_output=True,
        env=environment,
        cwd=REPO,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _without_stamps(calendar: bytes) -> bytes:
    """The calendar without its DTSTAMP lines: the moment it was written, not its data."""
    return b"".join(
        line for line in calendar.splitlines(keepends=True) if not line.startswith(b"DTSTAMP:")
    )


def test_what_other_programs_read_is_the_same_in_every_language(
    planner: Planner, tmp_path: Path
) -> None:
    conference_id = planner.catalog.conference().id
    planner.agenda.star(conference_id, STREAMS, Priority.MUST)
    planner.agenda.star(conference_id, DATABASE)
    data = planner.database.path.parent
    outputs = {}
    for language in ("en", "de"):
        ics = tmp_path / f"agenda-{language}.ics"
        listed = _planner(data, "sessions", "--starred", "--json", language=language)
        _planner(data, "export", "ics", str(ics), language=language)
        outputs[language] = (listed, _without_stamps(ics.read_bytes()))
    assert outputs["de"] == outputs["en"]
    assert b"DTSTART" in outputs["en"][1]
