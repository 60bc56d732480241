"""Indicator values in and out of spreadsheets: the import pipeline and the app's template.

Qt-free. The GUI import dialog and the headless ``agenda-desktop import`` command both use
:mod:`agenda_desktop.core.services.indicator_import`; :mod:`.template` names the columns the
export writes and the import reads back.
"""
