"""Everything that imports PySide6: windows, pages, Qt item models, dialogs, workers."""
