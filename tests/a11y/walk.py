"""Walk the AT-SPI tree of a running application as a screen reader sees it (run with the
system Python: ``pyatspi`` is Debian's ``python3-pyatspi``, not a PyPI package).

Usage: /usr/bin/python3 walk.py APP_NAME
Prints one JSON object: the number of focusable controls seen and the unnamed ones (role, the
path of roles above it) — an unnamed focusable control is read as just "push button".
"""

from __future__ import annotations

import json
import sys

import pyatspi

FOCUSABLE = pyatspi.STATE_FOCUSABLE
# Roles whose name is their content (a text field is announced by its label relation) or that
# are containers a reader does not stop on.
NAMED_BY_LABEL = {"text", "password text", "spin button", "combo box", "date editor"}
SKIP = {"scroll bar", "page tab list", "table", "tree table", "list", "tree", "viewport",
        "filler", "panel", "layered pane", "scroll pane", "table cell", "list item",
        "header", "column header", "row header", "menu bar", "page tab", "separator",
        "splitter", "tool bar", "status bar"}


def _labelled(acc: pyatspi.Accessible) -> bool:
    try:
        return any(r.getRelationType() == pyatspi.RELATION_LABELLED_BY
                   for r in acc.getRelationSet())
    except Exception:  # noqa: BLE001 - a control gone while walking
        return False


def walk(acc: pyatspi.Accessible, path: list[str], out: dict) -> None:
    try:
        role = acc.getRoleName()
        states = acc.getState()
        name = acc.name or ""
        description = acc.description or ""
    except Exception:  # noqa: BLE001
        return
    if not states.contains(pyatspi.STATE_SHOWING):
        return
    if states.contains(FOCUSABLE) and role not in SKIP:
        out["focusable"] += 1
        named = bool(name.strip()) or (role in NAMED_BY_LABEL and _labelled(acc))
        if not named:
            out["unnamed"].append({"role": role, "description": description,
                                   "path": " > ".join(path[-4:])})
    if role in ("table", "tree table", "list", "tree"):
        return  # rows are data, not controls
    for i in range(min(acc.childCount, 400)):
        child = acc.getChildAtIndex(i)
        if child is not None:
            walk(child, [*path, f"{role}:{name[:30]}"], out)


def main() -> None:
    wanted = sys.argv[1]
    desktop = pyatspi.Registry.getDesktop(0)
    apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
    app = next((a for a in apps if a is not None and a.name == wanted), None)
    if app is None:
        print(json.dumps({"error": f"{wanted} not on the AT-SPI bus",
                          "apps": [a.name for a in apps if a is not None]}))
        return
    out: dict = {"focusable": 0, "unnamed": [], "windows": []}
    for i in range(app.childCount):
        window = app.getChildAtIndex(i)
        if window is not None:
            out["windows"].append(window.name)
            walk(window, [], out)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
