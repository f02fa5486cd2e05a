"""Numbers reach the user grouped as their locale writes them: 1.234 in German, 1 234 in
French, 1,234 in English - in every plural message (`%Ln`) and every count filled into a
sentence (`arg`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from PySide6.QtCore import QCoreApplication, QLocale

from planner.ui import catalogs, i18n
from planner.ui.i18n import arg

if TYPE_CHECKING:
    from pathlib import Path

    from planner.ui.mainwindow import MainWindow

COUNT = 12345  # not 1234: Spanish and Polish group only from five digits (CLDR)


@pytest.mark.usefixtures("restore_language")
@pytest.mark.parametrize("language", catalogs.CATALOGS)
def test_every_plural_message_groups_its_number(qapp, tmp_path: Path, language: str) -> None:
    i18n.install(qapp, i18n.Choice(language, chosen=True), tmp_path)
    grouped = QLocale().toString(COUNT)
    assert grouped != str(COUNT)  # every shipped language groups thousands
    plurals = [
        entry.message
        for entry in catalogs.read_catalog(catalogs.ts_path(language))
        if entry.message.numerus and entry.kind == "" and "%Ln" in entry.message.source
    ]
    assert len(plurals) >= 35
    ungrouped = []
    for message in plurals:
        shown = QCoreApplication.translate(
            message.context, message.source, message.comment or None, COUNT
        )
        if grouped not in shown or str(COUNT) in shown:
            ungrouped.append(f"{message.describe()}: {shown!r}")
    assert ungrouped == []


@pytest.mark.usefixtures("restore_language")
def test_a_count_filled_into_a_sentence_is_grouped(qapp, tmp_path: Path) -> None:
    i18n.install(qapp, i18n.Choice("de", chosen=True), tmp_path)
    assert arg("%1 of %2 events sent", 1234, 56789) == "1.234 of 56.789 events sent"
    # Text stays as it is, and so do numbers already written as text (an HTTP status).
    assert arg("%1: %2 (HTTP %3)", "host:8080", "1234", 404) == "host:8080: 1234 (HTTP 404)"
    # True and False are no counts.
    assert arg("%1", True) == "True"
    i18n.install(qapp, i18n.Choice("fr", chosen=True), tmp_path)
    assert arg("%1", 1234) == "1\u202f234"


@pytest.mark.usefixtures("restore_language")
def test_the_status_bar_groups_its_counts(qapp, window: MainWindow, tmp_path: Path) -> None:
    i18n.install(qapp, i18n.Choice("de", chosen=True), tmp_path)
    window.status_line.show_matches(1234, 5678, filtered=True)
    shown = window.statusBar().currentMessage()
    assert "1.234" in shown
    assert "5.678" in shown
    assert "1234" not in shown
