"""The translation check of the test command: it fails when the sources and the `.ts`
files disagree, or when a language is not finished. Run here on sources of its own."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import TYPE_CHECKING

import pytest

from planner.ui import catalogs

if TYPE_CHECKING:
    from pathlib import Path

SOURCE = """
from PySide6.QtCore import QCoreApplication, QObject


class Demo(QObject):
    def texts(self, count: int) -> list[str]:
        return [
            self.tr("Hello"),
            self.tr("%Ln session(s)", "", count),
            QCoreApplication.translate("Other", "Saved to %1"),
        ]
"""


def translate_all(directory: Path, text: str = "T", *, forms: int | None = None) -> None:
    """Finish every message of every catalog with `text` (plurals: their forms)."""
    for language in catalogs.CATALOGS:
        path = catalogs.ts_path(language, directory)
        tree = ET.parse(path)
        for message in tree.getroot().iter("message"):
            translation = message.find("translation")
            assert translation is not None
            translation.attrib.pop("type", None)
            source = message.findtext("source", "")
            marks = " ".join(m for m in ("%1",) if m in source)
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                for _ in range(forms or catalogs.PLURAL_FORMS[language]):
                    ET.SubElement(translation, "numerusform").text = f"%Ln {text}"
            else:
                translation.text = f"{text} {marks}".strip()
        tree.write(path, encoding="utf-8", xml_declaration=True)


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path]:
    sources = tmp_path / "src"
    sources.mkdir()
    (sources / "demo.py").write_text(SOURCE)
    ts_dir = tmp_path / "translations"
    catalogs.update(ts_dir, sources)
    return sources, ts_dir


def test_new_catalogs_are_unfinished(project: tuple[Path, Path]) -> None:
    sources, ts_dir = project
    found = catalogs.problems(ts_dir, sources)
    # Every message of every language; English has only its plural.
    assert len(found) == 3 * len(catalogs.LANGUAGES) + 1
    assert all(line.endswith(": unfinished") for line in found)
    assert "planner_pl.ts: Demo: '%Ln session(s)': unfinished" in found
    assert "planner_en.ts: Demo: '%Ln session(s)': unfinished" in found


def test_finished_catalogs_pass(project: tuple[Path, Path]) -> None:
    sources, ts_dir = project
    translate_all(ts_dir)
    assert catalogs.problems(ts_dir, sources) == []
    assert catalogs.counts(ts_dir)["cs"] == (3, 3)
    assert catalogs.counts(ts_dir)["en"] == (1, 1)


def test_a_string_added_to_the_sources_fails_the_check(project: tuple[Path, Path]) -> None:
    sources, ts_dir = project
    translate_all(ts_dir)
    (sources / "more.py").write_text(
        "class More:\n    def f(self):\n        return self.tr('Brand new')\n"
    )
    found = catalogs.problems(ts_dir, sources)
    assert "planner_de.ts: not in the catalog: More: 'Brand new'" in found
    assert len(found) == len(catalogs.LANGUAGES)  # not English: no plural
    # lupdate (`update`) brings it in, unfinished, until translated.
    catalogs.update(ts_dir, sources)
    assert "planner_de.ts: More: 'Brand new': unfinished" in catalogs.problems(ts_dir, sources)


def test_a_string_gone_from_the_sources_fails_the_check(project: tuple[Path, Path]) -> None:
    sources, ts_dir = project
    translate_all(ts_dir)
    (sources / "demo.py").write_text(SOURCE.replace('self.tr("Hello"),', ""))
    found = catalogs.problems(ts_dir, sources)
    assert "planner_it.ts: gone from the sources: Demo: 'Hello'" in found


def test_wrong_plural_forms_and_placeholders_fail(project: tuple[Path, Path]) -> None:
    sources, ts_dir = project
    translate_all(ts_dir, forms=2)
    found = catalogs.problems(ts_dir, sources)
    # Polish and Czech have three forms; two are not enough.
    assert "planner_pl.ts: Demo: '%Ln session(s)': 2 plural forms, pl has 3" in found
    assert "planner_cs.ts: Demo: '%Ln session(s)': 2 plural forms, cs has 3" in found
    assert not any(line.startswith("planner_de.ts") for line in found)
    path = catalogs.ts_path("fr", ts_dir)
    path.write_text(path.read_text().replace("T %1", "T sans marque"))
    assert "planner_fr.ts: Other: 'Saved to %1': placeholders [] instead of ['%1']" in (
        catalogs.problems(ts_dir, sources)
    )
    # A plural form that writes its number as %n shows it ungrouped ("1234").
    path = catalogs.ts_path("de", ts_dir)
    path.write_text(path.read_text().replace("%Ln T", "%n T", 1))
    assert "planner_de.ts: Demo: '%Ln session(s)': placeholders ['%n'] instead of ['%Ln']" in (
        catalogs.problems(ts_dir, sources)
    )


def test_an_empty_translation_or_a_missing_language_fails(project: tuple[Path, Path]) -> None:
    sources, ts_dir = project
    translate_all(ts_dir)
    path = catalogs.ts_path("nl", ts_dir)
    path.write_text(path.read_text().replace("<translation>T</translation>", "<translation/>"))
    catalogs.ts_path("es", ts_dir).unlink()
    found = catalogs.problems(ts_dir, sources)
    assert "planner_nl.ts: Demo: 'Hello': empty translation" in found
    assert any(line.startswith("planner_es.ts: missing") for line in found)


def test_the_shipped_catalogs_compile(tmp_path: Path) -> None:
    compiled = catalogs.compile_all(tmp_path)
    assert sorted(p.name for p in compiled) == sorted(
        f"planner_{code}.qm" for code in catalogs.CATALOGS
    )
    magic = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # Qt's .qm signature
    assert all(p.read_bytes()[:16] == magic for p in compiled)


def test_calls_lupdate_cannot_see_fail_the_check(tmp_path: Path) -> None:
    sources = tmp_path / "ui"
    sources.mkdir()
    (sources / "bad.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "class Pane:\n"
        "    def f(self, words, text):\n"
        "        a = f\"<h3>{self.tr('Speakers')}</h3>\"\n"
        "        b = words.tr('When')\n"
        "        c = self.tr(text)\n"
        "        d = QCoreApplication.translate(type(self).__name__, 'x')\n"
        "        e = painter.translate(offset)  # QPainter's: not a translation\n"
        "        f = self.tr('Fine')\n"
        "        g = self.tr('%n session(s)', '', 2)\n"
    )
    assert catalogs.source_problems(sources) == [
        "ui/bad.py:4: tr() inside an f-string (lupdate skips it)",
        "ui/bad.py:5: tr() on something other than self",
        "ui/bad.py:6: tr() of a text that is not a string literal",
        "ui/bad.py:7: translate() with a context that is not a literal",
        "ui/bad.py:10: a plural's number as %n (not grouped): write %Ln",
    ]
    assert catalogs.source_problems() == []  # and the real sources have none
