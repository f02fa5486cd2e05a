"""Issue 17 item 10: the README is what a newcomer needs. Its commands say `planner …`, but
after `./scripts/start` the command lives in `.venv/bin/`, not on PATH: the Quick start
says so and how to run it; every `planner` command the README shows is one the command
line has; every picture it shows is in the repository; the performance internals live in
docs/performance.md, not in the README."""

from __future__ import annotations

import argparse
import re
import tomllib
from pathlib import Path

from planner.cli import build_parser

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")


def _section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## )", README, re.M | re.S)
    assert match is not None, title
    return match.group(1)


def _commands() -> set[str]:
    parser = build_parser()
    [sub] = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return set(sub.choices)


def test_the_quick_start_says_where_the_planner_command_lives() -> None:
    quick = _section("Quick start")
    assert "./scripts/start" in quick
    assert ".venv/bin/planner" in quick
    assert "source .venv/bin/activate" in quick
    # ... and that is where scripts/start puts it: the venv it makes, the script it installs.
    common = (REPO / "scripts" / "_common.sh").read_text(encoding="utf-8")
    assert 'VENV_DIR="${PLANNER_VENV:-$REPO_DIR/.venv}"' in common
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    scripts = {**project.get("scripts", {}), **project.get("gui-scripts", {})}
    assert scripts.get("planner") == "planner.cli:main"


def test_every_planner_command_the_readme_shows_is_one_the_command_line_has() -> None:
    known = _commands()
    blocks = re.findall(r"^```sh\n(.*?)^```", README, re.M | re.S)
    shown = set()
    for block in blocks:
        for line in block.splitlines():
            words = line.split("#")[0].split()
            if not words or words[0] not in ("planner", ".venv/bin/planner"):
                continue
            rest = [w for w in words[1:] if not w.startswith(("-", "["))]
            # (past the options before the command: `--data-dir DIR`, `--lang de`)
            rest = [w for w in rest if w not in ("DIR]", "DIR", "de", "he", "pseudo")]
            if rest and rest[0].isidentifier():
                shown.add(rest[0])
    assert shown, "no planner command found in the README"
    assert shown - known == set(), sorted(shown - known)


def test_every_picture_the_readme_shows_is_in_the_repository() -> None:
    pictures = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", README)
    assert pictures
    missing = [picture for picture in pictures if not (REPO / picture).is_file()]
    assert missing == []


def test_the_performance_internals_live_in_the_docs() -> None:
    assert "docs/performance.md" in README
    assert (REPO / "docs" / "performance.md").is_file()
    for internal in ("instructions", "Mcycles", "perf stat", "callgrind"):
        assert internal not in README, internal
