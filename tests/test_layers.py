"""The layers of the README's architecture section import downward only."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Highest first; a module not named here is in the lowest layer, "core".
LAYERS = {
    "commands": ("crawler.cli", "crawler.workers", "crawler.export", "crawler.report", "crawler.evaluate",
                 "crawler.extract_command", "crawler.__main__", "crawler.scrapy_commands"),
    "spiders": ("spiders",),
    "pipelines": ("pipelines",),
    "components": ("crawler.store", "crawler.contact", "crawler.middlewares", "crawler.distributed",
                   "crawler.progress"),
}
ORDER = ["core", "components", "pipelines", "spiders", "commands"]


def layer_of(module: str) -> str:
    for layer, prefixes in LAYERS.items():
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return layer
    return "core"


def project_modules() -> dict[str, Path]:
    modules = {}
    for package in ("crawler", "spiders", "pipelines"):
        for path in (ROOT / package).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


def imports_of(path: Path) -> set[str]:
    """Every project module `path` imports, at the top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return {name for name in found if name.split(".")[0] in ("crawler", "spiders", "pipelines")}


def test_no_module_imports_from_a_layer_above_it():
    modules = project_modules()
    upward = []
    for module, path in sorted(modules.items()):
        for imported in sorted(imports_of(path)):
            if imported not in modules:
                continue  # a name imported from a module, counted as the module
            if ORDER.index(layer_of(imported)) > ORDER.index(layer_of(module)):
                upward.append(f"{module} ({layer_of(module)}) imports {imported} ({layer_of(imported)})")
    assert upward == []


def test_the_layers_name_real_modules():
    modules = project_modules()
    for prefixes in LAYERS.values():
        for prefix in prefixes:
            assert any(m == prefix or m.startswith(prefix + ".") for m in modules), prefix
