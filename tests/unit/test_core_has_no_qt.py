"""The core never imports Qt or the GUI: the rule is a test that fails."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import agenda_desktop

CORE = Path(agenda_desktop.__file__).parent / "core"
FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "agenda_desktop.gui")


def imported_modules(source: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_core_module_imports_qt_or_gui() -> None:
    offenders = [
        f"{path.relative_to(CORE.parent)}: {name}"
        for path in sorted(CORE.rglob("*.py"))
        for name in imported_modules(path)
        if name.startswith(FORBIDDEN)
    ]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = [
        ".".join(path.relative_to(CORE.parents[1]).with_suffix("").parts)
        for path in sorted(CORE.rglob("*.py"))
        if "migrations" not in path.parts and path.name != "__main__.py"
    ]
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"loaded = sorted(m for m in sys.modules if m.startswith({FORBIDDEN!r}))\n"
        "print(','.join(loaded))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
    assert len(modules) > 10


def test_the_check_would_see_a_forbidden_import(tmp_path: Path) -> None:
    leaking = tmp_path / "leak.py"
    leaking.write_text("from PySide6.QtCore import QObject\nimport agenda_desktop.gui.app\n")
    assert {"PySide6.QtCore", "agenda_desktop.gui.app"} <= imported_modules(leaking)
