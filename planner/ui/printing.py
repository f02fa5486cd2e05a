"""The pocket agenda: day by day, what you attend, with plan B in small print and clashes
marked. Rendered by Qt (QTextDocument) to a PDF (QPdfWriter) or a printer.

Priorities and clashes carry the marks every view shows (`planner.ui.look`: a full, half
or outlined star, the clash triangle), with a legend under the title.

The document is built from escaped text only, like the details pane: nothing from a
program file is interpreted as markup.
"""

from __future__ import annotations

import base64
import html
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from planner.atomic import write_atomic
from planner.domain.agenda import Priority
from planner.domain.errors import PlannerError
from planner.sharing import qr
from planner.ui.i18n import arg
from planner.ui.locale_format import Formats
from planner.ui.look import legend_words, mark_data_url

if TYPE_CHECKING:
    from datetime import datetime
    from pathlib import Path
    from zoneinfo import ZoneInfo

    from PySide6.QtGui import QPagedPaintDevice

    from planner.domain.agenda import ConferenceInfo
    from planner.domain.day_plan import Attended, DayPlan
    from planner.services import Planner

QR_POINTS = 90  # 32 mm: phones read it from the page at arm's length

STYLE = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 6.5pt; }
p.title { font-size: 9pt; font-weight: bold; margin: 0 0 1pt 0; }
p.day { font-size: 7.5pt; font-weight: bold; margin: 6pt 0 2pt 0; }
p.note { font-size: 5pt; color: #555; margin: 0 0 3pt 0; }
table { border-collapse: collapse; width: 100%; }
td { vertical-align: top; padding: 0 4pt 3pt 0; }
td.time { white-space: nowrap; width: 22%; font-weight: bold; }
span.where { color: #444; font-size: 5.5pt; }
div.planb { font-size: 5pt; color: #555; }
span.clash { color: #b00020; font-weight: bold; font-size: 5.5pt; }
p.legend { font-size: 5pt; color: #444; margin: 0 0 3pt 0; }
"""
MARK_POINTS = 7  # a mark beside a title, in points (the document's unit on paper)


def _mark(
    kind: Priority | None, *, clash: bool = False, tight: bool = False, size: int = MARK_POINTS
) -> str:
    url = mark_data_url(kind, clash=clash, tight=tight)
    return f"<img src='{url}' width='{size}' height='{size}'>"


def legend_html() -> str:
    """What the marks mean, in one line under the title."""
    entries = [
        _mark(
            None if kind in ("clash", "tight") else Priority(kind),
            clash=kind == "clash",
            tight=kind == "tight",
            size=6,
        )
        + f"&nbsp;{escape(word)}"
        for kind, word in legend_words()
    ]
    return "<p class='legend'>" + " &nbsp; ".join(entries) + "</p>"


def agenda_html(conference: ConferenceInfo, plan: DayPlan, phone_link: str = "") -> str:
    """The pocket agenda of `plan` as HTML (escaped text only), with the QR code of
    `phone_link` (the agenda's Giggity link, see `phone_link`) on the first page."""
    zone = plan.zone
    formats = Formats()
    #: Under the title of the printed agenda: %1 is the time zone (Europe/Brussels).
    note = arg(
        QCoreApplication.translate("PocketAgenda", "My agenda · times in %1"), conference.time_zone
    )
    parts = [
        f"<html><head><style>{STYLE}</style></head><body>",
        f"<p class='title'>{escape(conference.title)}</p>",
        f"<p class='note'>{escape(note)}"
        + (f" · {escape(conference.notice)}" if conference.notice else "")
        + "</p>",
        legend_html(),
    ]
    if phone_link:  # inline (a data: URL), so the HTML alone is the whole page
        image = base64.b64encode(qr.png(phone_link, scale=8)).decode("ascii")
        scan = QCoreApplication.translate(
            "PocketAgenda",
            "Scan with your phone to carry this agenda in Giggity (Android): its stars, on "
            "the program it loads from the web.",
        )
        parts.append(
            f"<table><tr><td><img src='data:image/png;base64,{image}' width='{QR_POINTS}' "
            f"height='{QR_POINTS}'></td><td><p class='note'>{escape(scan)}</p>"
            "</td></tr></table>"
        )
    if plan.empty:
        nothing = QCoreApplication.translate("PocketAgenda", "Nothing starred yet.")
        parts.append(f"<p>{escape(nothing)}</p>")
    for day in plan.days:
        parts.append(f"<p class='day'>{escape(formats.day(day.day))}</p><table cellspacing='0'>")
        rows: list[tuple[datetime, str]] = [(a.start, _row(a, zone)) for a in day.attended]
        for block in day.busy:
            rows.append(
                (
                    block.start,
                    (
                        f"<tr><td class='time' nowrap>{formats.time(block.start, zone)}</td>"
                        f"<td><i>{escape(block.title)}</i> <span class='where'>"
                        + escape(
                            arg(
                                QCoreApplication.translate("PocketAgenda", "(busy until %1)"),
                                formats.time(block.end, zone),
                            )
                        )
                        + "</span></td></tr>"
                    ),
                )
            )
        for talk in day.spare_plan_b:  # plan B whose slot has nothing attended
            rows.append(
                (
                    talk.start,
                    (
                        f"<tr><td class='time' nowrap>{formats.time(talk.start, zone)}</td>"
                        f"<td><div class='planb'>{_plan_b(talk.title, talk.room)}</div></td></tr>"
                    ),
                )
            )
        parts.extend(row for _, row in sorted(rows, key=lambda item: item[0]))
        parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)


def escape(text: str) -> str:
    return html.escape(text, quote=False)


def _plan_b(title: str, room: str) -> str:
    return escape(arg(QCoreApplication.translate("PocketAgenda", "Plan B: %1 · %2"), title, room))


def _row(attended: Attended, zone: ZoneInfo) -> str:
    esc = escape
    talk = attended.talk
    where = " · ".join(part for part in (talk.room, ", ".join(talk.speaker_names)) if part)
    priority = talk.star.priority if talk.star is not None else None
    cell = f"{_mark(priority)}&nbsp;<b>{esc(talk.title)}</b>"
    if talk.cancelled:
        cell = f"<s>{cell}</s> " + escape(QCoreApplication.translate("PocketAgenda", "(cancelled)"))
    if where:
        cell += f"<br><span class='where'>{esc(where)}</span>"
    if attended.collisions:
        cell += (
            f"<br>{_mark(None, clash=True, size=6)}&nbsp;<span class='clash'>"
            + esc(
                arg(
                    QCoreApplication.translate("PocketAgenda", "clash: %1"),
                    "; ".join(attended.collisions),
                )
            )
            + "</span>"
        )
    for alternative in attended.plan_b:
        cell += f"<div class='planb'>{_plan_b(alternative.title, alternative.room)}</div>"
    when = f"{escape(Formats().time_range(talk.start, talk.end, zone))}&nbsp;&nbsp;"
    return f"<tr><td class='time' nowrap>{when}</td><td>{cell}</td></tr>"


def agenda_document(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(html)
    return document


def phone_link(planner: Planner, conference_id: int) -> str:
    """The Giggity link of the agenda, if Planner knows where the program is published
    and the link fits a QR code; else "" (the page goes without the code)."""
    if not planner.phone.program_url(conference_id)[0]:
        return ""
    link = planner.phone.giggity_link(conference_id).value.link
    return link if len(link.encode("utf-8")) <= qr.MAX_BYTES else ""


def print_document(document: QTextDocument, device: QPagedPaintDevice) -> int:
    """Lay the document out on the device's pages and print it; returns the page count.

    The page size is given in points, the unit of the style sheet's font sizes;
    QTextDocument.print_ scales that to the device's resolution.
    """
    page = device.pageLayout().paintRect(QPageLayout.Unit.Point)
    document.setPageSize(QSizeF(page.width(), page.height()))
    document.setDocumentMargin(0)
    document.print_(device)
    return document.pageCount()


def export_pdf(planner: Planner, conference_id: int, target: Path) -> int:
    """Write the pocket agenda (A6) as a PDF, atomically. Returns the number of pages."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault(
            "QT_QPA_PLATFORM",
            "offscreen"
            if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
            else "",
        )
        if not os.environ["QT_QPA_PLATFORM"]:
            del os.environ["QT_QPA_PLATFORM"]
        app = QGuiApplication([])  # noqa: F841 - must live while rendering
    conference = planner.catalog.conference(conference_id)
    html = agenda_html(
        conference, planner.agenda.day_plan(conference_id), phone_link(planner, conference_id)
    )
    return render_pdf(html, conference.title, target)


def render_pdf(html: str, conference_title: str, target: Path) -> int:
    """Lay out the pocket agenda's HTML (A6) as a PDF, written atomically; on the GUI
    thread. Returns the number of pages."""
    # Rendered into memory, then written like every other file (`write_atomic`): a full
    # disk or a bad target fails loudly and leaves an existing PDF as it was. QPdfWriter
    # itself would report nothing when writing a file fails.
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(
        arg(
            QCoreApplication.translate("PocketAgenda", "%1 — my agenda", "the PDF's title"),
            conference_title,
        )
    )
    writer.setCreator("Planner")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A6),
            QPageLayout.Orientation.Portrait,
            QMarginsF(8, 8, 8, 8),
            QPageLayout.Unit.Millimeter,
        )
    )
    pages = print_document(agenda_document(html), writer)
    del writer  # ends the PDF
    buffer.close()
    data = bytes(buffer.data().data())
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise PlannerError(f"{target}: the PDF could not be rendered")
    write_atomic(target, data)
    return pages
