"""The layering promised in docs/architecture.md: Qt only in ui/, imports go one way."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "rete_desktop"
LAYERS = {"domain", "storage", "crypto", "packets", "reports", "lab", "stats", "handbook",
          "transport", "cli", "ui"}
# layer -> packages it must never import
FORBIDDEN: dict[str, set[str]] = {
    "domain": {"storage", "crypto", "packets", "reports", "lab", "stats", "handbook", "cli", "ui"},
    "crypto": {"storage", "packets", "reports", "lab", "stats", "handbook", "cli", "ui"},
    "storage": {"packets", "reports", "lab", "stats", "handbook", "cli", "ui"},
    "packets": {"cli", "ui"},
    "reports": {"cli", "ui"},
    "lab": {"cli", "ui"},
    "stats": {"cli", "ui"},
    "handbook": {"cli", "ui"},
    "cli": {"ui"},
    "transport": {"cli", "ui"},
    # the root modules: events, errors and messages, translations and where files are, shared
    # by every layer, import no layer; the saved preferences are read without Qt; the demo
    # office is built through the core, as a user would, never through a shell
    "events.py": LAYERS,
    "errors.py": LAYERS,
    "i18n.py": LAYERS,
    "resources.py": LAYERS,
    "messages": LAYERS,
    "preferences.py": LAYERS,
    "demo.py": {"cli", "ui"},
    "demo_network.py": {"cli", "ui"},
    "demo_notes.py": {"cli", "ui"},
    "demo_record.py": {"cli", "ui"},
}
# The entry point (``python -m rete_desktop``) starts either shell; the package marker is empty.
UNRESTRICTED = {"__main__.py", "__init__.py", "ui"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_qt_outside_ui(path: Path) -> None:
    assert not any(name.split(".")[0] in {"PySide6", "shiboken6"} for name in _imports(path))


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_go_one_way(path: Path) -> None:
    layer = path.relative_to(PACKAGE).parts[0]
    forbidden = FORBIDDEN.get(layer, set())
    for name in _imports(path):
        parts = name.split(".")
        if parts[0] == "rete_desktop" and len(parts) > 1:
            assert parts[1] not in forbidden, f"{layer} imports {name}"


def _shell_modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py")
                  if p.relative_to(PACKAGE).parts[0] in ("ui", "cli"))


# A shell reads and writes the vault only through core functions: no SQL, no audit entries of
# its own (they drift apart between the CLI and the GUI; docs/architecture.md "Actions").
SHELL_FORBIDDEN_CALLS = {"query", "query_one", "execute", "executemany", "audit", "log"}


@pytest.mark.parametrize("path", _shell_modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_shells_leave_sql_and_audit_to_the_core(path: Path) -> None:
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            assert node.func.attr not in SHELL_FORBIDDEN_CALLS, (
                f"{path.name}:{node.lineno} calls .{node.func.attr}(): add a core function")


def test_every_module_of_the_package_is_under_a_layer_rule() -> None:
    """A new top-level module or package must say what it may import (above)."""
    tops = {p.relative_to(PACKAGE).parts[0] for p in PACKAGE.rglob("*.py")}
    assert sorted(tops - set(FORBIDDEN) - UNRESTRICTED) == []


def test_mypy_is_strict_on_the_whole_package() -> None:
    """docs/architecture.md: type hints everywhere, checked strictly; no module exempted."""
    config = tomllib.loads((PACKAGE.parents[1] / "pyproject.toml").read_text("utf-8"))
    mypy = config["tool"]["mypy"]
    assert mypy["strict"] is True and mypy["files"] == ["src/rete_desktop"]
    assert [o["module"] for o in mypy.get("overrides", [])
            if o.get("ignore_errors") or o.get("disable_error_code")] == []


def test_test_files_share_helpers_never_each_other() -> None:
    """Shared fixtures live in conftest.py and helper modules (gui_helpers, packet_fixtures,
    mail_fixtures, ...): importing a test file from another runs its module twice and ties
    two features' tests together."""
    tests = PACKAGE.parents[1] / "tests"
    found = [f"{path.name} imports {name}" for path in sorted(tests.glob("test_*.py"))
             for name in _imports(path) if name.split(".")[-1].startswith("test_")]
    assert found == []


_HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b")


def _translated_strings(tree: ast.AST) -> set[int]:
    """ids of the string constants inside ``tr(...)`` calls (rich text a translator may style)."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in ("tr", "translate"):
            inside |= {id(n) for arg in node.args for n in ast.walk(arg)}
    return inside


@pytest.mark.parametrize("path", sorted((PACKAGE / "ui").glob("*.py")), ids=lambda p: p.name)
def test_screens_name_colours_by_meaning_from_the_palette(path: Path) -> None:
    """ui/style.py holds every colour of the widgets: a screen says ERROR, not #b00020."""
    if path.name == "style.py":
        return
    tree = ast.parse(path.read_text("utf-8"))
    translated = _translated_strings(tree)
    found = [f"{path.name}:{node.lineno} {node.value[:40]!r}" for node in ast.walk(tree)
             if isinstance(node, ast.Constant) and isinstance(node.value, str)
             and id(node) not in translated and _HEX_COLOUR.search(node.value)]
    assert found == []


FEATURES = ("packets", "reports", "lab", "stats", "handbook", "transport")
# Feature-to-feature imports as they are (docs/architecture.md, "Not yet one way"): reports is
# imported by packets, lab and stats and itself reads lab, stats, handbook and packets, and the
# handbook and the directory read each other. No new edge may join them; one removed here is
# removed for good.
KNOWN_FEATURE_EDGES = {
    ("handbook", "packets"), ("lab", "packets"), ("lab", "reports"), ("packets", "handbook"),
    ("packets", "reports"), ("reports", "handbook"), ("reports", "lab"), ("reports", "packets"),
    ("reports", "stats"), ("stats", "lab"), ("stats", "reports"), ("transport", "lab"),
    ("transport", "packets"),
}


def test_features_import_each_other_only_along_the_known_edges() -> None:
    found = set()
    for path in PACKAGE.rglob("*.py"):
        layer = path.relative_to(PACKAGE).parts[0]
        if layer in FEATURES:
            found |= {(layer, parts[1]) for parts in (n.split(".") for n in _imports(path))
                      if parts[0] == "rete_desktop" and len(parts) > 1
                      and parts[1] in FEATURES and parts[1] != layer}
    assert sorted(found - KNOWN_FEATURE_EDGES) == [], "a new import between features"
    assert sorted(KNOWN_FEATURE_EDGES - found) == [], "an edge is gone: remove it from the list"
