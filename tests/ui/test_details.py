"""Program text is shown as text: no markup, no remote resources, only safe links."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from planner.domain.agenda import SpeakerInfo, TalkInfo
from planner.domain.links import Link
from planner.ui.widgets.details import DetailsPane, render_talk_html

TALK = TalkInfo(
    id=1,
    conference_id=1,
    key="k",
    title="<b>Bold</b> & <script>alert(1)</script>",
    start=datetime(2024, 3, 1, 9, tzinfo=UTC),
    end=datetime(2024, 3, 1, 10, tzinfo=UTC),
    room="Hall <A>",
    track="Main",
    track_color="#123456",
    abstract='Look: <img src="https://evil.example/x.png"> and <a href="javascript:x">x</a>',
    links=(
        Link("javascript:alert(1)", "bad"),
        Link("https://ok.example", "good"),
        Link("file:///etc/passwd", "local"),
    ),
    speakers=(SpeakerInfo(1, "Ada <i>", "Org", "Bio <style>body{}</style>"),),
)


def test_markup_in_program_text_is_escaped() -> None:
    html = render_talk_html(TALK, ZoneInfo("Europe/Berlin"), ZoneInfo("Asia/Tokyo"))
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "<img" not in html
    assert "<style>" not in html
    assert 'href="javascript' not in html
    assert 'href="file:' not in html
    assert '<a href="https://ok.example">good</a>' in html
    assert "10:00–11:00 (Europe/Berlin)" in html
    assert "18:00–19:00 (Asia/Tokyo)" in html


def test_pane_never_loads_resources_and_opens_only_safe_links(qtbot, monkeypatch) -> None:
    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.show_talk(TALK)
    assert pane.browser.loadResource(2, QUrl("https://evil.example/x.png")) is None
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    pane.browser.anchorClicked.emit(QUrl("javascript:alert(1)"))
    pane.browser.anchorClicked.emit(QUrl("file:///etc/passwd"))
    pane.browser.anchorClicked.emit(QUrl("https://ok.example"))
    assert opened == ["https://ok.example"]


def test_untitled_and_cancelled_are_explained(qtbot) -> None:
    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.show_talk(replace(TALK, untitled=True, cancelled=True))
    text = pane.browser.toPlainText()
    assert "Untitled session" in text
    assert "no longer in the program" in text


def test_mailto_links_are_plain_addresses_with_subject_and_body_only(qtbot, monkeypatch) -> None:
    from planner.ui.widgets.details import safe_link

    assert safe_link("mailto:ada@example.org") == "mailto:ada@example.org"
    assert safe_link("mailto:ada@example.org,bob@example.org?Subject=Hi%20there&body=x") == (
        "mailto:ada@example.org,bob@example.org?subject=Hi%20there&body=x"
    )
    for hostile in (
        "mailto:ada@example.org?attach=/home/ada/.ssh/id_rsa",
        "mailto:ada@example.org?subject=x&attachment=file:///etc/passwd",
        "mailto:ada@example.org?cc=spy@example.org",
        "mailto:?to=ada@example.org",
        "mailto:ada@example.org#fragment",
        "mailto:not an address",
        "mailto:ada@example.org?subject=a&subject",  # strict parsing: no bare key
    ):
        assert safe_link(hostile) is None, hostile
    talk = replace(
        TALK,
        links=(
            Link("mailto:ada@example.org?attach=/etc/passwd", "mail her"),
            Link("mailto:ada@example.org?subject=Your%20talk", "mail"),
        ),
    )
    html = render_talk_html(talk, ZoneInfo("UTC"), None)
    assert "attach=" not in html  # shown as its label only, not as a link
    assert "mail her" in html
    assert 'href="mailto:ada@example.org?subject=Your%20talk"' in html
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane._open_link(QUrl("mailto:ada@example.org?attach=/etc/passwd"))  # a hand-made anchor
    pane._open_link(QUrl("mailto:ada@example.org?subject=Hi"))
    assert opened == ["mailto:ada@example.org?subject=Hi"]
