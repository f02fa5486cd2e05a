"""The copy of the project's ical-check kept in the repository is the one its PROVENANCE.md
describes, byte for byte: every file listed, none changed, none added unlisted."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

CHECKER = Path(__file__).resolve().parent / "ical_check"


def test_the_ical_check_copy_is_byte_exact() -> None:
    table = (CHECKER / "PROVENANCE.md").read_text(encoding="utf-8")
    listed = dict(re.findall(r"^\| `([^`]+)` \| ([0-9a-f]{64}) \|$", table, re.MULTILINE))
    assert "check.sh" in listed
    assert "setup.sh" in listed
    present = {
        str(path.relative_to(CHECKER))
        for path in CHECKER.rglob("*")
        if path.is_file() and path.name != "PROVENANCE.md" and "__pycache__" not in path.parts
    }
    assert present == set(listed)
    for name, digest in listed.items():
        assert hashlib.sha256((CHECKER / name).read_bytes()).hexdigest() == digest, name
