"""Walk an application's accessibility tree over AT-SPI and print it as JSON.

Run by tests/ui/test_atspi.py with the *system* Python (Debian's python3-pyatspi), not
the project's venv: `python3 atspi_walk.py APP_NAME [--wait SECONDS]`. Each node is
{"role", "name", "description", "states", "children"}; big item views are cut after
`--items` children (their rows are many and alike).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

import pyatspi

ITEM_VIEWS = {"tree", "tree table", "table", "list"}


def node(accessible: Any, depth: int, items: int) -> dict[str, Any]:
    role = accessible.getRoleName()
    states = sorted(pyatspi.stateToString(s) for s in accessible.getState().getStates())
    children = []
    if depth < 40:
        count = accessible.childCount
        if role in ITEM_VIEWS:
            count = min(count, items)
        for index in range(count):
            child = accessible.getChildAtIndex(index)
            if child is not None:
                children.append(node(child, depth + 1, items))
    return {
        "role": role,
        "name": accessible.name or "",
        "description": accessible.description or "",
        "states": states,
        "text": _text(accessible, role),
        "children": children,
    }


def _text(accessible: Any, role: str) -> str:
    """What a text or label shows (the details pane is a read-only rich text)."""
    if role not in {"label", "text", "paragraph", "document text", "document frame"}:
        return ""
    try:
        text = accessible.queryText()
    except NotImplementedError:
        return ""
    return str(text.getText(0, min(text.characterCount, 4000)))


def press(root: Any, role: str, name: str) -> bool:
    """Do the first action of the first `role` named `name` (as a screen reader user
    would activate it)."""
    match = pyatspi.findDescendant(root, lambda a: a.getRoleName() == role and a.name == name)
    if match is None:
        return False
    match.queryAction().doAction(0)
    return True


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("app")
    parser.add_argument("--wait", type=float, default=60.0)
    parser.add_argument("--items", type=int, default=200)
    parser.add_argument("--quit", metavar="MENU_ITEM", help="then activate this menu item")
    args = parser.parse_args()
    desktop = pyatspi.Registry.getDesktop(0)
    deadline = time.monotonic() + args.wait
    while True:
        apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
        found = [a for a in apps if a is not None and a.name == args.app]
        # The window must be there too, not just the application object.
        if found and found[0].childCount > 0:
            break
        if time.monotonic() > deadline:
            names = [a.name for a in apps if a is not None]
            print(f"{args.app} not on the accessibility bus; found {names}", file=sys.stderr)
            return 1
        time.sleep(0.25)
    json.dump(node(found[0], 0, args.items), sys.stdout)
    if args.quit and not press(found[0], "menu item", args.quit):
        print(f"no menu item {args.quit!r}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
