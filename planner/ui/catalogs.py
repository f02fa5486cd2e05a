"""The translation catalogs: Qt `.ts` sources in `resources/translations/`, and the `.qm`
files compiled from them by Qt's own `lrelease`.

Only the sources are kept in git. The wheel's build hook (`hatch_build.py`) and the
PyInstaller spec compile them with `compile_all`; a source checkout compiles a language on
first need into the cache, named by the hash of its source, so a `.qm` can never drift
from the `.ts` it came from. This module imports no Qt (the build hook runs it before
anything is installed); it finds `lupdate`/`lrelease` inside the PySide6 package.

    python -m planner.ui.catalogs update   # after changing user-visible strings
    python -m planner.ui.catalogs check    # in the test command: sources == .ts, all finished
"""

from __future__ import annotations

import argparse
import ast
import importlib.util
import os
import re
import shutil
import sys
import tempfile
import zlib
from pathlib import Path
from typing import NamedTuple

# The languages Planner ships, as Qt locale names (the `.ts` file is `planner_<code>.ts`).
LANGUAGES: tuple[str, ...] = ("cs", "de", "es", "fr", "he", "it", "nl", "pl", "pt_BR")
SOURCE_LANGUAGE = "en"
CATALOG = "planner"
# English needs a catalog of its own for plurals only: the source says "%Ln session(s)",
# its English forms say "1 session" and "2 sessions" (Qt's way; lupdate -pluralonly).
CATALOGS: tuple[str, ...] = (*LANGUAGES, SOURCE_LANGUAGE)

# How many plural forms each language has (Qt's and CLDR's rules): a `%Ln` message must
# carry exactly this many translated forms.
PLURAL_FORMS: dict[str, int] = {
    "en": 2,
    "cs": 3,
    "de": 2,
    "es": 2,
    "fr": 2,
    "he": 2,  # Qt's rule for Hebrew: one, and every other number
    "it": 2,
    "nl": 2,
    "pl": 3,
    "pt_BR": 2,
}

_UI_PACKAGE = Path(__file__).resolve().parent
_REPO = _UI_PACKAGE.parents[1]
# Where lupdate looks for user-visible strings: the Qt layer only (the core is Qt-free
# and its text - the CLI's - stays English).
SOURCES = _UI_PACKAGE


def source_dir() -> Path:
    """`resources/translations` of a checkout, or of the installed package."""
    packaged = _UI_PACKAGE.parent / "_bundled" / "resources" / "translations"
    return packaged if packaged.is_dir() else _REPO / "resources" / "translations"


def ts_path(language: str, directory: Path | None = None) -> Path:
    return (directory or source_dir()) / f"{CATALOG}_{language}.ts"


def qm_name(language: str) -> str:
    return f"{CATALOG}_{language}.qm"


class ToolMissing(RuntimeError):
    """Qt's linguist tools are not installed (they come with PySide6-Essentials)."""


def qt_tool(name: str) -> Path:
    """`lupdate` or `lrelease` from the PySide6 package (or PATH), without importing Qt."""
    suffix = ".exe" if sys.platform == "win32" else ""
    spec = importlib.util.find_spec("PySide6")
    for location in (spec.submodule_search_locations or []) if spec else []:
        for candidate in (Path(location) / f"{name}{suffix}", Path(location) / "Qt" / "bin" / name):
            if candidate.is_file():
                return candidate
    for command in (f"pyside6-{name}", name):
        found = shutil.which(command)
        if found:
            return Path(found)
    raise ToolMissing(f"Qt's {name} was not found: install PySide6-Essentials")


def compile_catalog(source: Path, target: Path) -> Path:
    """Compile one `.ts` into `target` (written whole, then renamed into place)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.part")
    import subprocess  # here: the window imports this module before its first paint

    result = subprocess.run(
        [str(qt_tool("lrelease")), "-silent", str(source), "-qm", str(partial)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0 or not partial.is_file():
        partial.unlink(missing_ok=True)
        raise RuntimeError(f"lrelease failed on {source}: {result.stderr.strip()}")
    partial.replace(target)
    return target


def compile_all(out_dir: Path, directory: Path | None = None) -> list[Path]:
    """Compile every shipped language into `out_dir` (the wheel hook, PyInstaller)."""
    return [
        compile_catalog(ts_path(language, directory), out_dir / qm_name(language))
        for language in CATALOGS
    ]


def compiled(language: str, cache_dir: Path) -> Path | None:
    """The `.qm` for `language`: shipped beside its source (wheel, bundle), or compiled
    from the source into `cache_dir` under the source's hash. None if there is no such
    language or it cannot be compiled here."""
    shipped = source_dir() / qm_name(language)
    if shipped.is_file():
        return shipped
    source = ts_path(language)
    if not source.is_file():
        return None
    # The source's length and CRC name the compiled file: a catalog edited (a pull, a
    # translator) is compiled anew. Not a cryptographic digest: nothing here is an
    # adversary's, and hashlib would load OpenSSL's libcrypto at every start (~4 ms).
    text = source.read_bytes()
    digest = f"{len(text):x}-{zlib.crc32(text):08x}"
    target = cache_dir / "translations" / f"{CATALOG}_{language}-{digest}.qm"
    if target.is_file():
        return target
    try:
        return compile_catalog(source, target)
    except (ToolMissing, RuntimeError, OSError):
        return None


# -- keeping the sources and the catalogs in step ---------------------------------------
def _lupdate(ts_files: list[tuple[Path, str]], sources: Path = SOURCES) -> None:
    import subprocess

    for path, language in ts_files:
        result = subprocess.run(
            [
                str(qt_tool("lupdate")),
                "-silent",
                "-extensions",
                "py",
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                SOURCE_LANGUAGE,
                *(["-pluralonly"] if language == SOURCE_LANGUAGE else []),
                "-target-language",
                language,
                str(sources),
                "-ts",
                str(path),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"lupdate failed for {path.name}: {result.stderr.strip()}")


def update(directory: Path | None = None, sources: Path = SOURCES) -> None:
    """Bring every `.ts` in line with the sources (new strings arrive unfinished)."""
    directory = directory or source_dir()
    directory.mkdir(parents=True, exist_ok=True)
    _lupdate([(ts_path(language, directory), language) for language in CATALOGS], sources)


# A catalog's records, read only by the checks: NamedTuples, whose classes cost a fraction
# of frozen dataclasses' to make (Python 3.11 compiles each generated method of a dataclass
# on its own), and the window imports this module before its first paint.
class Message(NamedTuple):
    context: str
    source: str
    comment: str
    numerus: bool

    def describe(self) -> str:
        note = f" ({self.comment})" if self.comment else ""
        return f"{self.context}: {self.source!r}{note}"


class Entry(NamedTuple):
    message: Message
    kind: str  # "" finished, or lupdate's "unfinished", "vanished", "obsolete"
    forms: tuple[str, ...]


def read_catalog(path: Path) -> list[Entry]:
    import xml.etree.ElementTree as ET  # here, as subprocess

    root = ET.parse(path).getroot()  # our own files, written by lupdate
    entries = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
                kind = "unfinished"
            else:
                kind = translation.get("type", "")
                if numerus:
                    forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                else:
                    forms = (translation.text or "",)
            entries.append(
                Entry(
                    Message(
                        name,
                        message.findtext("source", ""),
                        message.findtext("comment", ""),
                        numerus,
                    ),
                    kind,
                    forms,
                )
            )
    return entries


_PLACEHOLDER = re.compile(r"%(?:L?\d+|L?n)|\{[A-Za-z_][A-Za-z0-9_]*\}")


def _placeholders(text: str) -> list[str]:
    return sorted(set(_PLACEHOLDER.findall(text)))


def problems(directory: Path | None = None, sources: Path = SOURCES) -> list[str]:
    """Everything wrong with the catalogs, one line each (empty when all is well):
    a shipped language without a file, strings in the sources missing from a file or a
    file's strings gone from the sources, unfinished or empty translations, a plural with
    the wrong number of forms, a translation that drops or invents a placeholder."""
    directory = directory or source_dir()
    found: list[str] = source_problems(sources)
    with tempfile.TemporaryDirectory(prefix="planner-ts-") as scratch:
        fresh_dir = Path(scratch)
        present = []
        for language in CATALOGS:
            committed = ts_path(language, directory)
            if not committed.is_file():
                found.append(f"{committed.name}: missing (python -m planner.ui.catalogs update)")
                continue
            shutil.copy2(committed, ts_path(language, fresh_dir))
            present.append(language)
        _lupdate([(ts_path(language, fresh_dir), language) for language in present], sources)
        for language in present:
            name = ts_path(language, directory).name
            committed_entries = read_catalog(ts_path(language, directory))
            wanted = {e.message for e in read_catalog(ts_path(language, fresh_dir))}
            have = {e.message for e in committed_entries}
            found += [f"{name}: not in the catalog: {m.describe()}" for m in wanted - have]
            found += [f"{name}: gone from the sources: {m.describe()}" for m in have - wanted]
            for entry in committed_entries:
                if entry.message not in wanted:
                    continue
                where = f"{name}: {entry.message.describe()}"
                if entry.kind:
                    found.append(f"{where}: {entry.kind}")
                    continue
                if not all(form.strip() for form in entry.forms) or not entry.forms:
                    found.append(f"{where}: empty translation")
                    continue
                if entry.message.numerus and len(entry.forms) != PLURAL_FORMS[language]:
                    found.append(
                        f"{where}: {len(entry.forms)} plural forms, "
                        f"{language} has {PLURAL_FORMS[language]}"
                    )
                expected = _placeholders(entry.message.source)
                for form in entry.forms:
                    # A plural form may spell out its number ("one session") instead of
                    # %Ln; where it writes the number it writes it grouped (%Ln, not %n).
                    got = [p for p in _placeholders(form) if p != "%Ln"]
                    if got != [p for p in expected if p != "%Ln"]:
                        found.append(f"{where}: placeholders {got} instead of {expected}")
    return sorted(found)


_APPLICATIONS = frozenset({"QCoreApplication", "QGuiApplication", "QApplication"})
_WRAPPERS = frozenset({"tr", "translated"})


def _translation_call(node: ast.AST) -> ast.Call | None:
    """`x.tr(...)` or `QCoreApplication.translate(...)` (not `QPainter.translate`)."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
        return None
    owner = node.func.value
    if node.func.attr == "tr":
        return node
    if node.func.attr == "translate" and isinstance(owner, ast.Name):
        return node if owner.id in _APPLICATIONS else None
    return None


def source_problems(sources: Path = SOURCES) -> list[str]:
    """Calls lupdate cannot see or files under the wrong context: a `tr()` inside an
    f-string, on something other than `self` (lupdate would take that name as the
    context), or with a text that is not a string literal; and a plural's number written
    ungrouped (`%n` instead of `%Ln`)."""
    found: list[tuple[str, int, str]] = []  # file, line, problem
    for path in sorted(sources.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        where = path.relative_to(sources.parent) if sources.parent in path.parents else path
        in_fstring = {
            id(inner)
            for node in ast.walk(tree)
            if isinstance(node, ast.JoinedStr)
            for inner in ast.walk(node)
        }
        # The wrappers that pass texts through (`Translatable.tr`, `i18n.translated`: its
        # texts are marked with QT_TRANSLATE_NOOP where they are declared) are no use.
        wrappers = {
            id(inner)
            for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef) and node.name in _WRAPPERS
            for inner in ast.walk(node)
        }
        for node in ast.walk(tree):
            call = _translation_call(node)
            if call is None or id(call) in wrappers:
                continue
            assert isinstance(call.func, ast.Attribute)
            line = (str(where), call.lineno)
            owner = call.func.value
            if call.func.attr == "tr" and not (isinstance(owner, ast.Name) and owner.id == "self"):
                found.append((*line, "tr() on something other than self"))
            position = 1 if call.func.attr == "translate" else 0
            text = call.args[position] if len(call.args) > position else None
            literal = isinstance(text, ast.Constant) and isinstance(text.value, str)
            if call.func.attr == "translate":
                context = call.args[0] if call.args else None
                if not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
                    found.append((*line, "translate() with a context that is not a literal"))
            if not literal:
                found.append((*line, f"{call.func.attr}() of a text that is not a string literal"))
            if id(call) in in_fstring:
                found.append((*line, f"{call.func.attr}() inside an f-string (lupdate skips it)"))
            if isinstance(text, ast.Constant) and "%n" in str(text.value):
                # Qt writes %n's number as "1234" where the locale writes "1.234".
                found.append((*line, "a plural's number as %n (not grouped): write %Ln"))
    return [f"{name}:{number}: {problem}" for name, number, problem in sorted(found)]


def counts(directory: Path | None = None) -> dict[str, tuple[int, int]]:
    """language -> (finished messages, all messages)."""
    result = {}
    for language in CATALOGS:
        path = ts_path(language, directory)
        entries = read_catalog(path) if path.is_file() else []
        result[language] = (sum(1 for e in entries if not e.kind), len(entries))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m planner.ui.catalogs")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="bring the .ts files in line with the sources")
    commands.add_parser("check", help="fail when a catalog is behind or unfinished")
    commands.add_parser("stats", help="finished/total messages per language")
    build = commands.add_parser("compile", help="compile every catalog into DIR")
    build.add_argument("out", type=Path, metavar="DIR")
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "compile":
        for path in compile_all(args.out):
            print(path)
    elif args.command == "stats":
        for language, (done, total) in counts().items():
            print(f"{language:6} {done}/{total}")
    else:
        found = problems()
        for line in found:
            print(line, file=sys.stderr)
        if found:
            print(
                f"{len(found)} translation problem(s); see README, Translating Planner",
                file=sys.stderr,
            )
            return 1
        tally = counts()
        messages = max(total for _done, total in tally.values())
        print(
            f"translations complete: {len(LANGUAGES)} languages, {messages} messages each; "
            f"English plurals: {tally[SOURCE_LANGUAGE][1]}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
