"""The one place that finds shipped files, from a source checkout and from a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """Return the folder that holds `reference/`, `translations/`, `icons/` …

    Frozen by PyInstaller the data files sit under ``sys._MEIPASS/resources``; from source
    they are the repository's top-level ``resources/`` folder.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """Return the path of a shipped file, e.g. ``resource_path("reference", "sdg_goals.csv")``."""
    return resources_root().joinpath(*parts)


def ui_root() -> Path:
    """Return the folder that holds the Qt Designer forms (``*.ui``).

    Frozen they sit under ``sys._MEIPASS/ui``; from source in the repository's top-level
    ``ui/`` folder.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "ui"
    return Path(__file__).resolve().parents[2] / "ui"
