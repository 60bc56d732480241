"""Printed reports: A4 PDFs that look like the municipality's own documents.

The framework (on reportlab) gives every report a title page with the logo, the
organisation, the title, the date and the diarienummer; a running header; a footer with
“Sida X av Y”; embedded DejaVu fonts; PDF bookmarks; a table of contents for long
documents; and the glossary appendix. A report kind only writes its content.

* ``registry``: ``ReportKind``, ``ReportContext``, ``REPORT_KINDS``, ``report_kind`` (cheap
  to import: no reportlab).
* ``build``: ``build_report`` / ``write_report`` write the PDF atomically.
* ``styles``: ``ReportStyles`` with the helpers builders write with (heading, paragraph,
  table, facts, bullets, figure).
* ``charts``: ``line_chart`` (indicator over the years against a target) and ``bar_chart``.
* ``common``: sections every kind can start with; ``kinds/<key>.py``: one builder each.

Adding a kind: write ``kinds/<key>.py`` with ``build(context) -> list[Flowable]`` and add a
``ReportKind(key, title, description, "agenda_desktop.core.reports.kinds.<key>")`` to
``REPORT_KINDS``.
"""
