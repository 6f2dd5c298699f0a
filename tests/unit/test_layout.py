"""The layout the README promises, checked on the source: the core never imports Qt, `ui/` never reaches into
storage, and no two modules import each other in a loop (imports for type hints only, under
`TYPE_CHECKING`, do not count: they never run)."""

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("checkin", "cli", "ui")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path): path for package in PACKAGES for path in (ROOT / package).rglob("*.py")}


def imported(path: Path) -> Iterator[str]:
    """Every module `path` imports when it runs (at the top or inside a function), not for type hints."""

    def walk(node: ast.AST) -> Iterator[str]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                yield from (name for branch in child.orelse for name in walk_one(branch))
                continue
            yield from walk_one(child)

    def walk_one(node: ast.AST) -> Iterator[str]:
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module
            yield from (f"{node.module}.{alias.name}" for alias in node.names)
        yield from walk(node)

    yield from walk(ast.parse(path.read_text(encoding="utf-8")))


def graph() -> dict[str, set[str]]:
    return {
        name: {other for other in imported(path) if other in MODULES and other != name}
        for name, path in MODULES.items()
    }


def loops(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(name: str) -> None:
        index[name] = low[name] = len(index)
        stack.append(name)
        for other in edges[name]:
            if other not in index:
                visit(other)
                low[name] = min(low[name], low[other])
            elif other in stack:
                low[name] = min(low[name], index[other])
        if low[name] == index[name]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == name:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for name in edges:
        if name not in index:
            visit(name)
    return found


def test_the_modules_are_found():
    expected = {"checkin.station", "checkin.storage", "cli.commands", "ui.app", "ui.widgets.banner"}
    assert expected <= set(MODULES)


def test_no_two_modules_import_each_other_in_a_loop():
    assert loops(graph()) == []


def test_the_loop_finder_finds_a_loop():
    assert loops({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_the_core_and_the_command_line_never_import_qt():
    for name, path in MODULES.items():
        if not name.startswith("ui"):
            assert not [m for m in imported(path) if m.startswith("PySide6")], name


def test_no_ui_module_reaches_into_storage():
    for name, path in MODULES.items():
        if name.startswith("ui"):
            assert not [m for m in imported(path) if m.startswith("checkin.storage")], name
