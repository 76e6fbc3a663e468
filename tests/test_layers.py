"""The layers of the code, enforced (docs/architecture.md draws them).

An app may import only from its own layer or below, and apps of one layer never import each
other. Content that a lower app shows from a higher one (an organisation's activity, the home
page's sections, search's registry) is found by model label at run time, not imported.
Production modules never import demo code (`demo.py`, `demo_*.py`, `factories.py`); tests,
demo code and the command that loads the demo may. Tests sit above every layer (they build
whole sites), so only production and demo modules are checked. Reading source with `ast` is enough:
no module is imported, so the test takes a fraction of a second.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

LAYERS = [
    {"core"},
    {"contact"},  # the Contact page and its messages (home's demo builds one)
    {"home"},
    {"organisations"},
    {"publications", "events", "campaigns"},
    {"dialogue", "recommendations"},  # issue 18's apps
    {"search", "roles"},  # register everything / grant rights on everything; imported by none
]
LAYER = {app: number for number, apps in enumerate(LAYERS) for app in apps}
DEMO_MODULES = {"demo", "factories"}


def is_demo(name):
    """Whether a dotted module name (or a file's stem) is demo code."""
    return any(part in DEMO_MODULES or part.startswith("demo_") for part in name.split("."))


def modules():
    for app in sorted(LAYER):
        for path in sorted((ROOT / app).rglob("*.py")) if (ROOT / app).is_dir() else ():
            if "migrations" not in path.parts:
                yield app, path


def imported(source):
    """(line, dotted name) of every absolute import in the module's source, at any depth."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from ((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module
            yield from ((node.lineno, f"{node.module}.{alias.name}") for alias in node.names)


def is_test(path):
    return "tests" in path.relative_to(ROOT).parts


def may_use_demo(path):
    return is_test(path) or is_demo(path.stem) or path.stem == "load_demo_content"


def layer_breaks(app, where, source):
    for line, name in imported(source):
        target = name.split(".")[0]
        if target in LAYER and target != app and LAYER[target] >= LAYER[app]:
            yield f"{where}:{line} imports {name} (layer {LAYER[target]})"


def demo_breaks(where, source):
    for line, name in imported(source):
        if name.split(".")[0] in LAYER and is_demo(name):
            yield f"{where}:{line} imports demo code {name}"


def read(path):
    return path.relative_to(ROOT), path.read_text(encoding="utf-8")


def migration_breaks(app):
    """A migration may depend only on migrations of its own layer's app or below."""
    for path in sorted((ROOT / app / "migrations").glob("0*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Assign)
                and getattr(node.targets[0], "id", "") == "dependencies"
            ):
                for pair in node.value.elts:
                    target = (
                        getattr(pair.elts[0], "value", "") if isinstance(pair, ast.Tuple) else ""
                    )
                    if target in LAYER and target != app and LAYER[target] >= LAYER[app]:
                        yield f"{path.relative_to(ROOT)} depends on {target}"


def test_every_app_is_in_a_layer():
    apps = {path.parent.name for path in ROOT.glob("*/apps.py")}
    assert apps <= set(LAYER), f"put {apps - set(LAYER)} in a layer in tests/test_layers.py"


@pytest.mark.parametrize("app", sorted(LAYER))
def test_apps_import_only_their_layer_and_below(app):
    found = [
        problem
        for owner, path in modules()
        if owner == app and not is_test(path)
        for problem in layer_breaks(owner, *read(path))
    ]
    assert found == []


def test_production_code_never_imports_demo_code():
    found = [
        problem
        for _app, path in modules()
        if not may_use_demo(path)
        for problem in demo_breaks(*read(path))
    ]
    assert found == []


@pytest.mark.parametrize("app", sorted(LAYER))
def test_migrations_depend_on_their_layer_and_below(app):
    assert list(migration_breaks(app)) == []


def test_the_checker_sees_a_break():
    """The checks above can fail: a layer-2 module importing a layer-3 app and demo code."""
    source = "from events.models import EventPage\n\ndef f():\n    from core.demo import T\n"
    assert len(list(layer_breaks("organisations", "probe.py", source))) == 2  # module, name
    assert list(layer_breaks("search", "probe.py", source)) == []
    assert len(list(demo_breaks("probe.py", source))) == 2
