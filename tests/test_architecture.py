"""The rule of which module may import which (docs/architecture.md): stages import only the stages before them and
the foundations, and no import cycle exists anywhere in the package, lazy imports inside functions included (imports
under `if TYPE_CHECKING:`, which never run, are left out: a type named in a signature is no dependency)."""
from __future__ import annotations

import ast
from pathlib import Path

import eventwire

PACKAGE = Path(eventwire.__file__).resolve().parent

#: the layers, lowest first: a module may import modules of its own layer or of lower ones. A top-level module or
#: package of eventwire missing here fails the test: place it where its stage is (docs/architecture.md).
LAYERS: list[tuple[str, set[str]]] = [
    ("foundations", {"errors", "records", "options", "settings", "countries", "casing", "wordlists", "lexicon", "linear", "encoder",
                     "counts", "datelines", "timex"}),
    ("read, repair", {"read", "repair"}),
    ("parse", {"parse", "abbreviations"}),
    ("geo", {"geo"}),
    ("detect", {"detect", "relevance", "prefilter"}),
    ("extract", {"work", "roles", "role_ranker", "muc_typer", "extract", "dating", "consolidate", "actors", "types_model"}),
    ("dedupe", {"dedupe", "review"}),
    ("store", {"store"}),
    ("driver, export", {"pipeline", "gtt", "export", "notes"}),
    ("ingest", {"ingest", "cluster", "watch"}),
    ("evaluate", {"evaluate"}),
    ("serve, cli", {"serve", "cli", "__main__", "__init__"}),
]


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" and len(parts) > 1 else parts)
        out[name] = path
    return out


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """eventwire modules `name` imports anywhere in its file (module level or inside functions)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    type_only = {id(n) for block in ast.walk(tree) if isinstance(block, ast.If) and _type_checking(block.test)
                 for stmt in block.body for n in ast.walk(stmt)}
    for node in ast.walk(tree):
        if id(node) in type_only:
            continue
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".") if package else []
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            elif (node.module or "").startswith("eventwire"):
                target = (node.module or "").removeprefix("eventwire").lstrip(".")
            else:
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}".lstrip(".")
                found.add(sub if sub in modules else target)
        elif isinstance(node, ast.Import):
            found |= {a.name.removeprefix("eventwire.") for a in node.names if a.name.startswith("eventwire.")}
    return {m for m in found if m in modules and m != name}


def _type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def _layer(name: str) -> int:
    top = name.split(".")[0] if name else "__init__"
    for index, (_, members) in enumerate(LAYERS):
        if top in members:
            return index
    raise AssertionError(f"eventwire.{name} is in no layer of tests/test_architecture.py: place it there and in "
                         "docs/architecture.md")


def test_every_module_imports_only_its_own_layer_or_lower():
    wrong = []
    for name, deps in _graph().items():
        for dep in deps:
            if dep.split(".")[0] == name.split(".")[0] and name:
                continue  # inside one package: the package's own order (the cycle test) governs
            if _layer(dep) > _layer(name):
                wrong.append(f"{name or '__init__'} ({LAYERS[_layer(name)][0]}) imports {dep} "
                             f"({LAYERS[_layer(dep)][0]})")
    assert not wrong, "imports against the layers:\n" + "\n".join(sorted(wrong))


def test_no_import_cycle():
    graph = _graph()
    state: dict[str, int] = {}
    path: list[str] = []
    cycles = []

    def visit(node: str) -> None:
        state[node] = 1
        path.append(node)
        for dep in sorted(graph[node]):
            if state.get(dep) == 1:
                cycles.append(" -> ".join(path[path.index(dep):] + [dep]))
            elif dep not in state:
                visit(dep)
        path.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node)
    assert not cycles, "import cycles:\n" + "\n".join(cycles)


def test_the_checks_see_imports():
    """The graph is read right: the driver imports the geo stage, the geo stage never the extract stage."""
    graph = _graph()
    assert "geo.locate" in graph["pipeline"]
    assert "geo.gazetteer" in graph["geo.locate"] and "parse" in graph["geo.locate"]  # a lazy import counts
    assert not any(d.startswith(("extract", "detect", "pipeline")) for m, ds in graph.items()
                   if m.startswith("geo") for d in ds)
