"""The pocket agenda PDF."""

from __future__ import annotations

from typing import TYPE_CHECKING

from planner.domain.agenda import Priority, Status
from planner.ui.printing import agenda_html, export_pdf

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

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
    html = agenda_html(
        planner.catalog.conference(conference_id), planner.agenda.day_plan(conference_id)
    )
    assert "Monday, 13 May" in html  # the C locale, as Qt writes it
    assert "Tuesday, 14 May" in html
    # The two 10:30 talks, with the clash marker every view shows (an image), and the marks'
    # legend under the title.
    assert "&nbsp;<span class='clash'>clash: Running Kafka in Kubernetes" in html
    assert html.count("data:image/png;base64,") >= 6
    assert "Must see" in html
    assert "Plan B: The Power of Event Driven Caches" in html
    assert "Lunch &lt;with&gt; Dana &amp; co" in html  # text, never markup
    out = tmp_path / "pocket.pdf"
    pages = export_pdf(planner, conference_id, out)
    assert pages >= 1
    data = out.read_bytes()
    assert data.startswith(b"%PDF-")
    assert data.rstrip().endswith(b"%%EOF")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "db") == ["pocket.pdf"]


def test_my_agenda_the_pdf_and_the_print_out_show_one_day_plan(
    window, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The plan B on paper is the plan B in My Agenda (issue 17, item 5: talks missing
    from My Agenda were plan B on paper): one after auto-resolve, under what is attended,
    and one at a time nothing is attended."""
    from planner.ui.dialogs.resolve import AutoResolvePreview
    from planner.ui.models.agenda_model import EntryKind
    from planner.ui.tabs import Tab

    from .conftest import settle

    for key, priority in ((STREAMS, Priority.MUST), (KUBERNETES, Priority.MAYBE)):
        window.select_key(key)
        window.set_priority(priority)
    window.select_key(DATABASE)
    window.set_priority(Priority.WANT)
    settle(window)
    monkeypatch.setattr(
        AutoResolvePreview, "confirm", classmethod(lambda cls, r, p=None, zone=None: True)
    )
    window.agenda_flow.auto_resolve()
    settle(window)
    talk = window.store.talk(DATABASE)
    assert talk is not None
    window.controller.set_status(talk, Status.PLAN_B)  # nothing else at its time
    settle(window)
    window.show_tab(Tab.AGENDA)
    shown = set()
    for day in window.agenda_model.days:
        for entry in day.children:
            shown |= {e.key for e in (entry, *entry.children) if e.kind is EntryKind.PLAN_B}
    assert shown == {KUBERNETES, DATABASE}
    html = window.exports._agenda_html()
    on_paper = {t.key for t in window.store.talks if f"Plan B: {t.title} ·" in html}
    assert on_paper == shown
    store = window.store
    assert store.conference is not None
    core = window.core.get()
    from_core = agenda_html(
        core.catalog.conference(store.conference.id), core.agenda.day_plan(store.conference.id)
    )
    assert from_core == agenda_html(store.conference, store.day_plan(store.conference.zone))
