"""Loading Qt Designer forms from the top-level ``ui/`` folder, from source and frozen."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QDir, QFile, QIODevice, QObject
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from agenda_desktop.core.resources import ui_root

W = TypeVar("W", bound=QObject)


class FormError(RuntimeError):
    """A shipped form is missing or broken: a packaging or programming error."""


def ui_path(name: str) -> Path:
    """Return the path of ``ui/<name>.ui``, e.g. ``ui_path("organisation_form")``."""
    return ui_root() / f"{name}.ui"


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Load ``ui/<name>.ui`` and return its top-level widget, a child of ``parent``.

    Texts are translated while loading, with the form's ``<class>`` as the context, so
    install the translators before a form is loaded.

    Raises:
        FormError: the file is missing or Qt could not build the form.
    """
    path = ui_path(name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FormError(f"Formuläret {path} kunde inte läsas: {file.errorString()}")
    loader = QUiLoader()
    loader.setWorkingDirectory(QDir(str(path.parent)))
    try:
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise FormError(f"Formuläret {path} kunde inte byggas: {loader.errorString()}")
    return widget


def child(form: QObject, kind: type[W], name: str) -> W:
    """Return the child ``name`` of a loaded form, checked to be a ``kind``.

    Raises:
        FormError: the form has no such child, so the .ui file and the code disagree.
    """
    found = form.findChild(kind, name)
    if found is None:
        raise FormError(f"Formuläret {form.objectName()} saknar {kind.__name__} ”{name}”.")
    return found
