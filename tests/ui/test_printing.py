"""The pocket agenda PDF."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.domain.agenda import Priority, Status
from planner.ui.printing import agenda_html, export_pdf

if TYPE_CHECKING:
    from pathlib import Path

    from planner.services import Planner

STREAMS = "ksl19-kafka-streams-at-scale"
KUBERNETES = "ksl19-running-kafka-in-kubernetes-a-practical-guide"
CACHES = "ksl19-the-power-of-event-driven-caches"
DATABASE = "ksl19-is-kafka-a-database"


def test_pocket_agenda_pdf(qapp, planner: Planner, tmp_path: Path) -> None:
    conference_id = planner.catalog.conference().id
    planner.agenda.star(conference_id, STREAMS, Priority.MUST)
    planner.agenda.star(conference_id, KUBERNETES)
    planner.agenda.star(conference_id, CACHES, status=Status.PLAN_B)
    planner.agenda.star(conference_id, DATABASE)
    planner.agenda.add_busy(
        conference_id,
        "Lunch <with> Dana & co",
        planner.catalog.talk(conference_id, CACHES).start,
        planner.catalog.talk(conference_id, CACHES).end,
    )
    html = agenda_html(planner, conference_id)
    assert "Monday 13 May" in html
    assert "Tuesday 14 May" in html
    assert "⚠ clash: Running Kafka in Kubernetes" in html  # the two 10:30 talks
    assert "Plan B: The Power of Event Driven Caches" in html
    assert "Lunch &lt;with&gt; Dana &amp; co" in html  # text, never markup
    out = tmp_path / "pocket.pdf"
    pages = export_pdf(planner, conference_id, out)
    assert pages >= 1
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "db") == ["pocket.pdf"]
