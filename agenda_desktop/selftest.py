"""Self-test of an installation: ``agenda-desktop --self-test``.

Runs the same code as the app on throw-away files, from source and frozen alike, and
prints one Swedish line per check: ``OK  <kontroll>: <vad>`` on stdout, or
``FEL  <kontroll>: <orsak>`` on stderr. The build starts the frozen program this way, so a
bundle that lacks a module, a data file or a Qt plug-in fails before it is shipped.

Every report and export adds its check to ``CHECKS`` with one line. A check receives the
shared ``SelfTestContext`` and returns the text after ``OK``; it raises ``CheckError``
(or any exception) to fail. Nothing here imports Qt at import time: Qt is imported inside
the checks that need it, after the platform has been chosen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from agenda_desktop.core.store.database import Database

REPORT_VARIABLE = "AGENDA_DESKTOP_SELF_TEST_REPORT"
"""When set, every line is also appended to this file (a windowed Windows build has no
stdout, so the build script reads the result from there)."""

EXPECTED_GOALS = 17
EXPECTED_TARGETS = 169
EXPECTED_MUNICIPALITIES = 290
EXPECTED_KPIS = 6099
NATIVE_PLATFORM_PLUGINS = {"win32": "windows", "darwin": "cocoa"}


class CheckError(Exception):
    """A check found something wrong; the message (Swedish) is printed after ``FEL``."""


@dataclass
class SelfTestContext:
    """What the checks share: a temporary folder and the opened demo database."""

    folder: Path
    fresh: Database | None = None
    demo: Database | None = None
    application: Any = None
    _opened: list[Database] = field(default_factory=list)

    def keep_open(self, database: Database) -> Database:
        """Remember a database so that it is closed before the folder is removed."""
        self._opened.append(database)
        return database

    def fresh_database(self) -> Database:
        """The new database created by the check ``Databas``.

        Raises:
            CheckError: When that check failed.
        """
        if self.fresh is None:
            raise CheckError("ingen ny databas kunde skapas (se kontrollen Databas)")
        return self.fresh

    def demo_database(self) -> Database:
        """The demo database opened by the check ``Exempeldatabas``.

        Raises:
            CheckError: When that check failed, so that later checks say why they cannot run.
        """
        if self.demo is None:
            raise CheckError("exempeldatabasen finns inte (se kontrollen Exempeldatabas)")
        return self.demo

    def close(self) -> None:
        """Close every database (Windows cannot remove a folder with open files)."""
        for database in self._opened:
            database.close()
        self._opened.clear()


Check = Callable[[SelfTestContext], str]


def number(value: int) -> str:
    """Format an integer the Swedish way, with a space between thousands: ``6 099``."""
    return f"{value:,}".replace(",", " ")


def check_database(context: SelfTestContext) -> str:
    """Create a new database: the migrations are shipped as files and run."""
    from agenda_desktop.core.startup import open_database
    from agenda_desktop.core.store.location import DatabaseLocation
    from agenda_desktop.core.store.migrations import head_revision

    path = context.folder / "kontroll.agenda"
    opened = open_database(DatabaseLocation.for_file(path))
    context.keep_open(opened.database)
    if opened.migration.to_revision != head_revision():
        raise CheckError(f"schemaversion {opened.migration.to_revision}, väntade {head_revision()}")
    if not opened.reference_refreshed:
        raise CheckError("referensdata lästes inte in i den nya databasen")
    context.fresh = opened.database
    return f"ny databas skapad med schemaversion {opened.migration.to_revision}"


def check_postgresql_driver(context: SelfTestContext) -> str:
    """Load the driver of the shared database and its libpq, and the migrations' dialect,
    without connecting to any server."""
    import psycopg
    from alembic.ddl import postgresql as _alembic_postgresql  # noqa: F401
    from sqlalchemy.dialects.postgresql import dialect

    from agenda_desktop.core.store.location import DatabaseLocation
    from agenda_desktop.core.store.postgresql import create_postgresql_engine

    engine = create_postgresql_engine(DatabaseLocation.for_url("postgresql://kontroll@localhost/x"))
    try:
        if not isinstance(engine.dialect, dialect) or engine.dialect.driver != "psycopg":
            raise CheckError(f"fel drivrutin: {engine.dialect.name}+{engine.dialect.driver}")
    finally:
        engine.dispose()
    libpq = psycopg.pq.version()
    return (
        f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}), "
        f"libpq {libpq // 10000}.{libpq % 10000}"
    )


def check_reference_data(context: SelfTestContext) -> str:
    """Count the reference data of the new database through the services."""
    from agenda_desktop.core.services.container import Services

    reference = Services.for_database(context.fresh_database()).reference
    goals = reference.goals()
    counts = {
        "mål": (len(goals), EXPECTED_GOALS),
        "delmål": (sum(len(reference.goal(g.number).targets) for g in goals), EXPECTED_TARGETS),
        "kommuner": (len(reference.municipalities()), EXPECTED_MUNICIPALITIES),
        "nyckeltal": (reference.kpi_count(), EXPECTED_KPIS),
    }
    wrong = [
        f"{number(n)} {what} (väntade {number(e)})" for what, (n, e) in counts.items() if n != e
    ]
    if wrong:
        raise CheckError(", ".join(wrong))
    return ", ".join(f"{number(n)} {what}" for what, (n, _) in counts.items())


def check_demo(context: SelfTestContext) -> str:
    """Build the demo database and open it, as ``--demo`` does."""
    from agenda_desktop.core.demo import build_demo, is_demo
    from agenda_desktop.core.services.container import Services
    from agenda_desktop.core.startup import open_database
    from agenda_desktop.core.store.location import DatabaseLocation

    path = context.folder / "exempel.agenda"
    build_demo(path)
    database = context.keep_open(open_database(DatabaseLocation.for_file(path)).database)
    if not is_demo(database):
        raise CheckError("databasen är inte märkt som exempeldatabas")
    profile = Services.for_database(database).organisation.profile()
    if profile is None:
        raise CheckError("organisationsprofilen saknas")
    if not profile.logo:
        raise CheckError("logotypen saknas (resources/demo/exempelkommun-logotyp.png)")
    context.demo = database
    return f"{profile.municipality_name} byggd och öppnad, med logotyp"


def check_pdf_engine(context: SelfTestContext) -> str:
    """Write a PDF page with Swedish text and the demo logo (PNG needs Pillow)."""
    from io import BytesIO

    from reportlab import Version
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    from agenda_desktop.core.services.container import Services

    profile = Services.for_database(context.demo_database()).organisation.profile()
    if profile is None or profile.logo is None:
        raise CheckError("exempeldatabasen saknar logotyp")
    path = context.folder / "kontroll.pdf"
    canvas = Canvas(str(path), pagesize=A4)
    canvas.drawImage(ImageReader(BytesIO(profile.logo)), 40, 700, width=96, height=96, mask="auto")
    canvas.drawString(40, 660, "Handlingsplan för Agenda 2030 – åtgärder, ansvar och uppföljning")
    canvas.showPage()
    canvas.save()
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"/Image" not in data:
        raise CheckError("PDF-filen blev ofullständig")
    return f"reportlab {Version} skrev en sida med logotyp ({number(len(data))} byte)"


def check_report(context: SelfTestContext) -> str:
    """Build a report from the demo database: fonts embedded, pages counted, page 1 rendered."""
    import re

    import pypdfium2

    from agenda_desktop.core.reports.build import build_report
    from agenda_desktop.core.services.container import Services

    path = context.folder / "nulagesanalys.pdf"
    services = Services.for_database(context.demo_database())
    result = build_report(services, "nulagesanalys", path, diarienummer="KS 2026/1")
    data = path.read_bytes()
    if data.count(b"/FontFile2") < 2:
        raise CheckError("typsnitten är inte inbäddade i PDF-filen (resources/fonts saknas?)")
    pages = len(re.findall(rb"/Type\s*/Page(?![a-z])", data))
    if pages != result.pages or pages < 2:
        raise CheckError(f"PDF-filen har {pages} sidor, väntade {result.pages}")
    document = pypdfium2.PdfDocument(str(path))
    try:
        bitmap = document[0].render(scale=0.5)
        inked = any(byte < 128 for byte in bytes(bitmap.buffer))
    finally:
        document.close()
    if not inked:
        raise CheckError("sidan 1 blev tom när den ritades med pdfium")
    return f"”{result.title}” skapad, {pages} sidor med inbäddade typsnitt, sidan 1 ritad"


def check_meeting_documents(context: SelfTestContext) -> str:
    """Print an adjusted protocol of the demo, check its fingerprint, export a calendar."""
    from sqlalchemy import select

    from agenda_desktop.core.meetings.ics import meeting_calendar
    from agenda_desktop.core.reports.build import build_report
    from agenda_desktop.core.services.container import Services
    from agenda_desktop.core.store.models import Meeting

    database = context.demo_database()
    services = Services.for_database(database)
    with database.unit_of_work() as session:
        meeting_id = session.scalar(
            select(Meeting.id).where(Meeting.adjusted_on.is_not(None)).order_by(Meeting.held_on)
        )
    if meeting_id is None:
        raise CheckError("exempeldatabasen har inget justerat protokoll")
    if not services.protocols.verify(meeting_id).matches:
        raise CheckError("det justerade protokollets kontrollsumma stämmer inte")
    path = context.folder / "protokoll.pdf"
    result = build_report(services, "protokoll", path, meeting_id=meeting_id)
    if b"/FontFile2" not in path.read_bytes():
        raise CheckError("typsnitten är inte inbäddade i protokollet")
    calendar = meeting_calendar(database, meeting_id)
    if not calendar.startswith("BEGIN:VCALENDAR\r\n") or "BEGIN:VEVENT" not in calendar:
        raise CheckError("kalenderfilen (.ics) blev ofullständig")
    return f"protokoll med kontrollsumma, {result.pages} sidor, och kalenderfil skapade"


def check_excel_engine(context: SelfTestContext) -> str:
    """Write an Excel workbook and read it back."""
    from openpyxl import Workbook, load_workbook

    path = context.folder / "kontroll.xlsx"
    rows = [("Mål", "Nyckeltal", "Värde"), (13, "Växthusgasutsläpp, ton CO₂e/inv", 4.5)]
    workbook = Workbook()
    sheet = workbook.active
    if sheet is None:
        raise CheckError("arbetsboken fick inget blad")
    sheet.title = "Uppföljning"
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    read = load_workbook(path, read_only=True)
    try:
        values = [tuple(row) for row in read["Uppföljning"].iter_rows(values_only=True)]
    finally:
        read.close()
    if values != rows:
        raise CheckError(f"arbetsboken lästes tillbaka som {values!r}")
    return "openpyxl skrev och läste en arbetsbok"


def check_indicator_export_import(context: SelfTestContext) -> str:
    """Export the demo's indicator values to Excel and import the file again: no change."""
    from agenda_desktop.core.indicators.export import export_values
    from agenda_desktop.core.indicators.model import ImportRequest
    from agenda_desktop.core.services.indicator_import import IndicatorImportService

    database = context.demo_database()
    path = context.folder / "nyckeltal.xlsx"
    exported = export_values(database, path)
    if exported.values == 0:
        raise CheckError("exporten innehöll inga värden")
    service = IndicatorImportService(database)
    request = ImportRequest(path)
    preview = service.analyse(request)
    if not preview.can_apply or preview.new or preview.changed:
        raise CheckError(
            f"återimporten skulle ändra databasen ({preview.new} nya, {preview.changed} ändrade, "
            f"{len(preview.problems)} problem)"
        )
    service.apply(request, preview=preview)
    return f"{number(exported.values)} värden exporterade och oförändrade vid återimport"


def qt_application(context: SelfTestContext) -> Any:
    """Start (once) the QApplication that the Qt checks share."""
    if context.application is None:
        from PySide6.QtWidgets import QApplication

        context.application = QApplication.instance() or QApplication(
            ["agenda-desktop", "--self-test"]
        )
    return context.application


def check_qt(context: SelfTestContext) -> str:
    """Qt starts; the native platform plug-in and Qt's Swedish translation are shipped."""
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QLibraryInfo, QTranslator

    application = qt_application(context)
    platforms = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    native = NATIVE_PLATFORM_PLUGINS.get(sys.platform, "xcb")
    if not any(native in plugin.name for plugin in platforms.glob("*")):
        raise CheckError(f"plattformsinsticket {native} saknas i {platforms}")
    translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load("qtbase_sv", translations):
        raise CheckError(f"qtbase_sv.qm saknas i {translations}")
    return (
        f"PySide6 {pyside_version} på {application.platformName()}, "
        f"insticket {native} och qtbase_sv.qm finns"
    )


def check_chart(context: SelfTestContext) -> str:
    """Draw a pyqtgraph chart (numpy included) into an image."""
    import numpy
    import pyqtgraph

    qt_application(context)
    plot = pyqtgraph.PlotWidget()
    try:
        plot.resize(320, 200)
        years = numpy.arange(2015, 2025)
        plot.plot(years, numpy.linspace(6.1, 4.5, len(years)), pen=pyqtgraph.mkPen("#3F7E44"))
        image = plot.grab().toImage()
    finally:
        plot.deleteLater()
    if image.isNull() or image.width() != 320:
        raise CheckError("diagrammet kunde inte ritas")
    return f"pyqtgraph {pyqtgraph.__version__} ritade en linje med numpy {numpy.__version__}"


def check_main_window(context: SelfTestContext) -> str:
    """Open the main window on the demo database, let it paint, and close it."""
    try:
        from agenda_desktop.gui.main_window import MainWindow
    except ImportError as error:
        raise CheckError(f"huvudfönstret kan inte importeras: {error}") from error
    from PySide6.QtCore import QSettings

    from agenda_desktop.core.services.container import Services
    from agenda_desktop.gui.settings import AppSettings

    database = context.demo_database()
    application = qt_application(context)
    errors: list[BaseException] = []

    def remember(_kind: type[BaseException], error: BaseException, _trace: object) -> None:
        errors.append(error)

    previous_hook = sys.excepthook
    # PySide reports an exception raised in a slot or event handler through the hook.
    sys.excepthook = remember
    try:
        ini = QSettings(str(context.folder / "installningar.ini"), QSettings.Format.IniFormat)
        window = MainWindow(Services.for_database(database), AppSettings(ini))
        window.show()
        for _ in range(5):
            application.processEvents()
        shown = window.isVisible()
        title = window.windowTitle()
        window.close()
        window.deleteLater()
        application.processEvents()
    finally:
        sys.excepthook = previous_hook
    if errors:
        raise CheckError(describe(errors[0]))
    if not shown:
        raise CheckError("fönstret visades inte")
    return f"”{title}” visades och stängdes"


# One line per check, run in this order; reports and exports add theirs here.
CHECKS: list[tuple[str, Check]] = [
    ("Databas", check_database),
    ("Referensdata", check_reference_data),
    ("PostgreSQL", check_postgresql_driver),
    ("Exempeldatabas", check_demo),
    ("PDF", check_pdf_engine),
    ("Rapport", check_report),
    ("Möten", check_meeting_documents),
    ("Excel", check_excel_engine),
    ("Nyckeltal", check_indicator_export_import),
    ("Qt", check_qt),
    ("Diagram", check_chart),
    ("Huvudfönster", check_main_window),
]


def describe(error: BaseException) -> str:
    """The reason printed after ``FEL``: our own messages as they are, others with type."""
    from agenda_desktop.core.errors import AgendaError

    if isinstance(error, CheckError | AgendaError):
        return str(error)
    return f"{type(error).__name__}: {error}"


def use_offscreen_without_display() -> None:
    """Choose Qt's offscreen platform when there is no display to show a window on.

    Must run before a QApplication exists; a platform chosen by the user is kept.
    """
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


class Report:
    """Writes the result lines to stdout/stderr and, if asked, to a file."""

    def __init__(self) -> None:
        target = os.environ.get(REPORT_VARIABLE)
        self._file = Path(target) if target else None

    def line(self, text: str, stream: TextIO | None) -> None:
        if stream is not None:  # None in a windowed build on Windows
            stream.write(text + "\n")
            stream.flush()
        if self._file is not None:
            with self._file.open("a", encoding="utf-8") as handle:
                handle.write(text + "\n")


def run_self_test(checks: list[tuple[str, Check]] | None = None) -> int:
    """Run every check on temporary files and print one line per check.

    Args:
        checks: The checks to run (default: ``CHECKS``).

    Returns:
        0 when every check passed, otherwise 1.
    """
    use_offscreen_without_display()
    report = Report()
    failures = 0
    with tempfile.TemporaryDirectory(
        prefix="agenda-desktop-sjalvtest-", ignore_cleanup_errors=True
    ) as folder:
        context = SelfTestContext(Path(folder))
        try:
            for name, check in checks if checks is not None else CHECKS:
                try:
                    detail = check(context)
                except Exception as error:
                    failures += 1
                    report.line(f"FEL  {name}: {describe(error)}", sys.stderr)
                else:
                    report.line(f"OK  {name}: {detail}", sys.stdout)
        finally:
            context.close()
    return 1 if failures else 0
