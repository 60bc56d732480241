"""The English translation: complete, in step with the code, and used by the main window;
and Qt's own buttons and dialogs in Swedish when the app runs in Swedish.

Swedish is the source language of every string. English ships as
resources/translations/agenda_desktop_en.ts, which ``python3 dev.py translations`` refreshes
from the code and the forms; the .qm is built from it and never committed, so the tests
build their own.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QLabel, QMenu
from pytestqt.qtbot import QtBot

from agenda_desktop import APP_NAME
from agenda_desktop.core.services.container import Services
from agenda_desktop.gui import app as app_module
from agenda_desktop.gui.main_window import MainWindow
from agenda_desktop.gui.navigation import KIND_ROLE, SECTION
from agenda_desktop.gui.pages.goal_tiles import GoalTile
from agenda_desktop.gui.settings import AppSettings

ROOT = Path(__file__).resolve().parents[2]
COMMITTED_TS = ROOT / "resources" / "translations" / "agenda_desktop_en.ts"
HOW_TO_FIX = (
    "Run `python3 dev.py translations`, translate the strings in "
    'resources/translations/agenda_desktop_en.ts (no type="unfinished" left) and commit it.'
)

MENU_TITLES = ["&File", "&Edit", "&View", "&Help"]
PAGE_TITLES = [
    "Overview",
    "1 Status analysis",
    "2 Priorities and goals",
    "3 Action plan",
    "4 Communicate and involve",
    "5 Follow up and analyse",
    "Key indicators",
    "Meetings and minutes",
    "Networks and commitments",
    "Reports",
]
SECTION_TITLES = ["Steering cycle", "Evidence and collaboration"]

# tr() calls that lupdate cannot see because they sit inside f-strings, so they stay
# Swedish in English. Move each tr() out of its f-string, then delete it from this list.
KNOWN_UNEXTRACTED: set[str] = set()

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d+|<[^>]+>")


# -- reading .ts files ---------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    forms: tuple[str, ...]

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    @property
    def finished(self) -> bool:
        return self.kind == "" and bool(self.forms) and all(self.forms)

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                kind, forms = "unfinished", ()
            elif numerus:
                kind = translation.get("type", "")
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                kind, forms = translation.get("type", ""), (translation.text or "",)
            messages.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    message.findtext("comment") or "",
                    numerus,
                    kind,
                    forms,
                )
            )
    return messages


def markers(text: str) -> list[str]:
    """What a translation must keep: {fields}, %n and %1, HTML tags and line breaks."""
    return sorted(PLACEHOLDER.findall(text)) + ["\\n"] * text.count("\n")


# -- the Qt tools --------------------------------------------------------------------------


def qt_tool(name: str) -> Path:
    """A PySide6 tool, installed next to the Python that runs the tests."""
    suffix = ".exe" if os.name == "nt" else ""
    beside = Path(sys.executable).parent / f"{name}{suffix}"
    if beside.exists():
        return beside
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found next to {sys.executable} or on PATH")
    return Path(found)


def load_dev_script() -> ModuleType:
    """dev.py, for the list of files whose strings are translated."""
    spec = importlib.util.spec_from_file_location("agenda_dev_script", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def translation_sources() -> list[Path]:
    sources: list[Path] = load_dev_script().translation_sources()
    return sources


def run_tool(*args: str | Path) -> None:
    result = subprocess.run(
        [str(a) for a in args], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, f"{args[0]} failed:\n{result.stdout}\n{result.stderr}"


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """The strings in the code and forms now, extracted as dev.py does into a fresh .ts."""
    target = tmp_path_factory.mktemp("lupdate") / "extracted_en.ts"
    sources = [str(p.relative_to(ROOT)) for p in translation_sources()]
    options = ["-no-obsolete", "-locations", "none", "-source-language", "sv"]
    options += ["-target-language", "en"]
    run_tool(qt_tool("pyside6-lupdate"), *options, *sources, "-ts", target)
    return read_ts(target)


@pytest.fixture(scope="module")
def committed() -> list[Message]:
    return read_ts(COMMITTED_TS)


@pytest.fixture(scope="module")
def compiled_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts compiled afresh, never a .qm left over from an earlier build."""
    target = tmp_path_factory.mktemp("lrelease") / "agenda_desktop_en.qm"
    run_tool(qt_tool("pyside6-lrelease"), COMMITTED_TS, "-qm", target)
    assert target.stat().st_size > 0
    return target


# -- the .ts source ------------------------------------------------------------------------


def test_every_string_in_the_code_has_an_english_translation(
    extracted: list[Message], committed: list[Message]
) -> None:
    assert extracted, "lupdate found no strings at all"
    translations = {m.key: m for m in committed}
    missing = [
        m for m in extracted if m.key not in translations or not translations[m.key].finished
    ]
    assert not missing, (
        f"{len(missing)} Swedish string(s) have no English translation:\n"
        + "\n".join(f"  {m}" for m in missing)
        + f"\n{HOW_TO_FIX}"
    )


def test_the_translation_file_holds_no_unfinished_or_obsolete_messages(
    extracted: list[Message], committed: list[Message]
) -> None:
    text = COMMITTED_TS.read_text(encoding="utf-8")
    for kind in ("unfinished", "vanished", "obsolete"):
        assert f'type="{kind}"' not in text, f'{COMMITTED_TS.name} has type="{kind}". {HOW_TO_FIX}'
    assert all(m.finished for m in committed)
    in_code = {m.key for m in extracted}
    stale = [m for m in committed if m.key not in in_code]
    assert not stale, (
        "No longer in the code:\n" + "\n".join(f"  {m}" for m in stale) + f"\n{HOW_TO_FIX}"
    )


def test_translations_keep_placeholders_and_plural_forms(committed: list[Message]) -> None:
    """A lost {field} raises KeyError in .format(), only in English; %n must stay for plurals."""
    wrong = []
    for message in committed:
        if message.numerus and len(message.forms) != 2:
            wrong.append(f"{message}: English needs 2 plural forms, has {len(message.forms)}")
        for form in message.forms:
            if markers(form) != markers(message.source):
                wrong.append(f"{message} -> {form!r}")
    assert not wrong, "Placeholders, tags or line breaks differ:\n" + "\n".join(wrong)


def _literal_tr_strings(path: Path) -> Iterator[tuple[int, str | None]]:
    """(line, text) of each tr()/translate() call; text None when it is not a plain literal."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        name = function.attr if isinstance(function, ast.Attribute) else ""
        name = function.id if isinstance(function, ast.Name) else name
        if name == "tr" and node.args:
            argument = node.args[0]
        elif name == "translate" and len(node.args) >= 2:
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue  # str.translate(table), QPainter.translate(x, y) …
            argument = node.args[1]
        else:
            continue
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            yield node.lineno, argument.value
        elif isinstance(argument, ast.JoinedStr):
            yield node.lineno, None  # tr(f"…") can never be translated


def test_lupdate_sees_every_translated_string_in_the_code(extracted: list[Message]) -> None:
    """lupdate skips tr() calls inside f-strings: those texts would stay Swedish."""
    seen = {m.source for m in extracted}
    unseen: dict[str, str] = {}
    for path in translation_sources():
        if path.suffix != ".py":
            continue
        for line, text in _literal_tr_strings(path):
            where = f"{path.relative_to(ROOT)}:{line}"
            if text is None:
                unseen[f"<f-string at {where}>"] = where
            elif text not in seen:
                unseen[text] = where
    new = {text: where for text, where in unseen.items() if text not in KNOWN_UNEXTRACTED}
    assert not new, (
        "lupdate does not extract these tr() texts (is the call inside an f-string, or is "
        "the text built at run time?):\n"
        + "\n".join(f"  {where}: {text!r}" for text, where in new.items())
    )
    fixed = KNOWN_UNEXTRACTED - set(unseen)
    assert not fixed, f"Now extracted; remove from KNOWN_UNEXTRACTED: {sorted(fixed)}"


def test_translate_is_never_aliased_as_tr() -> None:
    """lupdate reads ``tr("Context", "text")`` as a comment, not a context: such texts
    would be found but looked up under the wrong context, and stay Swedish."""
    aliased = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in translation_sources()
        if path.suffix == ".py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.match(r"\s*tr\s*=\s*QCoreApplication\.translate\b", line)
    ]
    assert not aliased, "call QCoreApplication.translate(...) or self.tr(...) instead: " + str(
        aliased
    )


# -- the English main window ---------------------------------------------------------------


@pytest.fixture
def english(qapp: QApplication, compiled_qm: Path) -> Iterator[None]:
    """The English .qm installed (and British dates and numbers) for one test."""
    translator = QTranslator()
    assert translator.load(str(compiled_qm)), f"{compiled_qm} could not be loaded"
    previous_locale = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(previous_locale)


def without_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def swedish_patterns(committed: list[Message]) -> list[tuple[re.Pattern[str], str]]:
    """A pattern per Swedish source whose English differs, its {fields} matching anything."""
    patterns = []
    for message in committed:
        source = without_mnemonic(message.source)
        if all(without_mnemonic(form) == source for form in message.forms):
            continue  # the same in both languages, e.g. "Status" or "{number}. {name}"
        if not re.search(r"[^\W\d_]", PLACEHOLDER.sub("", source)):
            continue  # placeholders and punctuation only
        parts = PLACEHOLDER.split(source)
        # A field is one value: it never runs across " · ", which joins texts translated
        # one by one (e.g. a cycle's name · "6 comments without feedback").
        fields = [r"(?:(?! · ).)+?"] * (len(parts) - 1)
        regex = "".join(re.escape(part) + (fields.pop(0) if fields else "") for part in parts)
        patterns.append((re.compile(regex, re.DOTALL), message.source))
    return patterns


def database_texts(services: Services) -> list[str]:
    """Names that come from the database, so they stay as the municipality wrote them."""
    texts = []
    profile = services.organisation.profile()
    if profile is not None:
        texts.append(profile.organisation_name)
        municipality = services.reference.municipality(profile.municipality_id)
        texts += [municipality.name, municipality.county_name or ""]
        texts.append(municipality.kommungrupp_title or "")
    cycle = services.cycle.latest()
    if cycle is not None:
        texts.append(cycle.name)
    texts += [goal.short_sv for goal in services.reference.goals()]
    for meeting in services.meetings.upcoming(date(2000, 1, 1), 1000):
        texts += [meeting.body_name, meeting.place]
    return sorted((text for text in texts if text), key=len, reverse=True)


@pytest.mark.usefixtures("english")
def test_the_main_window_is_english(
    qtbot: QtBot, services: Services, app_settings: AppSettings, committed: list[Message]
) -> None:
    window = MainWindow(services, app_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    menus = [action.menu() for action in window.menuBar().actions()]
    assert [action.text() for action in window.menuBar().actions()] == MENU_TITLES
    model = window.navigation_model
    rows = [model.index(row, 0) for row in range(model.rowCount())]
    assert [i.data() for i in rows if i.data(KIND_ROLE) != SECTION] == PAGE_TITLES
    assert [i.data() for i in rows if i.data(KIND_ROLE) == SECTION] == SECTION_TITLES
    assert window.current_page_key == "overview"

    actions = []
    for menu in menus:
        assert isinstance(menu, QMenu)
        items = [a for a in menu.actions() if not a.isSeparator()]
        keys = [m.group(1).lower() for a in items if (m := re.search(r"&(\w)", a.text()))]
        assert len(keys) == len(set(keys)), f"mnemonics repeat in {menu.title()}: {keys}"
        actions += items

    overview = window.page("overview")
    texts = [(type(a).__name__, a.text()) for a in actions]
    texts += [
        ("QLabel", label.text())
        for label in window.findChildren(QLabel)
        if label.isVisibleTo(window) and label.text()
    ]
    texts += [
        (type(button).__name__, button.text())
        for button in overview.findChildren(QAbstractButton)
        if not isinstance(button, GoalTile) and button.isVisibleTo(window) and button.text()
    ]
    assert ("QLabel", "Where are we in the steering cycle?") in texts
    tiles = overview.findChildren(GoalTile)
    assert len(tiles) == 17 and tiles[0].toolTip() == "Open goal 1 and its targets"

    data = database_texts(services)
    patterns = swedish_patterns(committed)
    swedish = []
    for kind, text in texts:
        plain = without_mnemonic(text)
        rest = plain
        for value in data:
            rest = rest.replace(value, "")
        if not re.search(r"[^\W\d_]", rest) or rest.strip() == APP_NAME:
            continue  # only data (or the application's name), e.g. the cycle's name
        found = next((source for p, source in patterns if p.fullmatch(plain)), None)
        if found is not None:
            swedish.append(f"{kind} {text!r} (source {found!r})")
    assert not swedish, "Still Swedish in English:\n" + "\n".join(swedish)


# -- Qt's own texts in Swedish -------------------------------------------------------------


def test_qt_buttons_and_dialogs_are_swedish_in_swedish(qapp: QApplication) -> None:
    """install_translators loads qtbase_sv, so QDialogButtonBox and QMessageBox say Avbryt.

    Qt 6 translates the standard buttons in the QPlatformTheme context.
    """
    previous_locale = QLocale()
    app_module.install_translators(qapp, "sv")
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
    finally:
        # Back to no translators, as the other tests expect (not "en": that would load
        # whatever .qm a build left in resources/translations).
        for translator in app_module._installed_translators:
            qapp.removeTranslator(translator)
        app_module._installed_translators.clear()
        QLocale.setDefault(previous_locale)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


@pytest.mark.usefixtures("english")
def test_what_is_due_next_is_english(qtbot: QtBot, services: Services) -> None:

    from agenda_desktop.gui.pages.cycle_panel import DueNextPanel

    panel = DueNextPanel(services.follow_up, today=date(2026, 11, 22))
    qtbot.addWidget(panel)
    texts = [label.text() for label in panel.findChildren(QLabel) if len(label.text()) > 3]
    assert texts[0] == (
        "6 actions are past their due date without being done. Review their status and "
        "dates in the action plan."
    )
    assert any(text.startswith("Step 4: Communicate and involve") for text in texts)


def test_every_translated_text_is_a_literal_lupdate_can_see() -> None:
    """``QCoreApplication.translate(context, text)`` and ``tr(text)`` with a variable hide the
    text from lupdate, so it would stay Swedish in English: write each call out."""
    hidden = []
    for path in translation_sources():
        if path.suffix != ".py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
                continue
            function = node.func
            is_translate = (
                function.attr == "translate"
                and isinstance(function.value, ast.Name)
                and function.value.id == "QCoreApplication"
            )
            arguments = node.args[:2] if is_translate else node.args[:1]
            if not (is_translate or function.attr == "tr") or not arguments:
                continue
            if not all(isinstance(a, ast.Constant | ast.JoinedStr) for a in arguments):
                hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not hidden, "translated texts lupdate cannot see: " + ", ".join(hidden)
