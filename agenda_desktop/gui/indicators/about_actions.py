"""The buttons of "Om nyckeltalet" that change the indicator itself: its unit and source,
its place in RKA's selection, and, for a local indicator, Ändra… and Ta bort….

The buttons are created here and laid out by :class:`.about_panel.AboutIndicatorPanel`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QPushButton, QWidget

from agenda_desktop.core.errors import AgendaError
from agenda_desktop.core.reference.loader import RKA_PRESET_KEY
from agenda_desktop.core.services.change_log import RecordRef
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.indicator_types import IndicatorDetail
from agenda_desktop.core.store.record_versions import ExpectedVersion
from agenda_desktop.gui.change_log_dialog import show_history
from agenda_desktop.gui.formatting import goal_name
from agenda_desktop.gui.indicators.meta_dialogs import UnitSourceDialog
from agenda_desktop.gui.messages import confirm, show_error


class IndicatorActions(QObject):
    """Turns clicks on the indicator's own buttons into service calls.

    Signals:
        changed(): the indicator or its place in the selection changed.
        deleted(str): the local indicator with this id was deleted.
    """

    changed = Signal()
    deleted = Signal(str)

    def __init__(self, services: Services, view: QWidget) -> None:
        super().__init__(view)
        self._services = services
        self._view = view
        self._detail: IndicatorDetail | None = None
        self.edit_meta = QPushButton(self.tr("Ändra &enhet och källa…"), view)
        self.edit_meta.clicked.connect(self.change_unit_and_source)
        self.add_to_selection = QPushButton(self.tr("&Ta med i RKA:s urval…"), view)
        self.add_to_selection.setToolTip(
            self.tr("Visa nyckeltalet i kommunens version av RKA:s urval för Agenda 2030")
        )
        self.add_to_selection.clicked.connect(self.include_in_selection)
        self.remove_from_selection = QPushButton(self.tr("&Ta bort ur urvalet"), view)
        self.remove_from_selection.setToolTip(
            self.tr("Nyckeltalet finns kvar i katalogen, bara inte i urvalet")
        )
        self.remove_from_selection.clicked.connect(self.leave_selection)
        self.edit_local = QPushButton(self.tr("&Ändra…"), view)
        self.edit_local.clicked.connect(self.edit_local_indicator)
        self.delete_local = QPushButton(self.tr("Ta b&ort…"), view)
        self.delete_local.clicked.connect(self.delete_local_indicator)
        self.history = QPushButton(self.tr("Historik…"), view)
        self.history.setToolTip(
            self.tr("Vem som ändrat nyckeltalets enhet, källa, riktning och namn, när och vad")
        )
        self.history.clicked.connect(self.show_history)
        self.show_detail(None)

    def show_detail(self, detail: IndicatorDetail | None) -> None:
        """Enable the buttons that apply to ``detail`` (None: nothing is shown)."""
        self._detail = detail
        has = detail is not None
        in_selection = detail is not None and bool(detail.selection_goals)
        self.edit_meta.setEnabled(has)
        self.history.setEnabled(has)
        self.add_to_selection.setVisible(not in_selection)
        self.add_to_selection.setEnabled(has)
        self.remove_from_selection.setVisible(in_selection)
        local = detail is not None and detail.is_local
        self.edit_local.setEnabled(local)
        self.delete_local.setEnabled(local)
        if local or not has:
            self.edit_local.setToolTip(
                self.tr("Ändra namn, beskrivning, enhet, källa och riktning")
            )
            self.delete_local.setToolTip(self.tr("Ta bort det lokala nyckeltalet"))
        else:
            why = self.tr(
                "Koladas nyckeltal kan inte ändras eller tas bort: de kommer från Koladas "
                "katalog. Enhet, källa och riktning går att ändra."
            )
            self.edit_local.setToolTip(why)
            self.delete_local.setToolTip(why)

    # -- unit and source ---------------------------------------------------------------

    def change_unit_and_source(self) -> None:
        detail = self._detail
        if detail is None:
            return
        service = self._services.indicators

        def store(unit: str, source: str, expected: ExpectedVersion) -> object:
            return service.update_indicator_meta(
                detail.id, unit, source, detail.higher_is_better, expected
            )

        dialog = UnitSourceDialog(detail, store, self._view, self._services.change_log)
        if dialog.exec():
            self.changed.emit()
        dialog.deleteLater()

    def show_history(self) -> None:
        detail = self._detail
        if detail is None:
            return
        record = RecordRef.of("kpi", detail.id)
        show_history(self._view, self._services.change_log, record, f"{detail.id} {detail.title}")

    # -- RKA's selection ---------------------------------------------------------------

    def include_in_selection(self) -> None:
        detail = self._detail
        if detail is None:
            return
        goals = self._services.reference.goals()
        labels = [f"{goal.number} {goal_name(goal)}" for goal in goals]
        linked = [link.goal_number for link in detail.goal_links]
        default = next((n for n, goal in enumerate(goals) if goal.number in linked), 0)
        label, ok = QInputDialog.getItem(
            self._view,
            self.tr("Ta med i RKA:s urval"),
            self.tr("Visa {id} under mål:").format(id=detail.id),
            labels,
            default,
            False,
        )
        if not ok or label not in labels:
            return
        goal = goals[labels.index(label)].number
        try:
            self._services.indicator_selection.add_to_selection(RKA_PRESET_KEY, detail.id, goal)
        except AgendaError as error:
            show_error(self._view, str(error))
            return
        self.changed.emit()

    def leave_selection(self) -> None:
        detail = self._detail
        if detail is None:
            return
        try:
            self._services.indicator_selection.remove_from_selection(RKA_PRESET_KEY, detail.id)
        except AgendaError as error:
            show_error(self._view, str(error))
            return
        self.changed.emit()

    # -- local indicators --------------------------------------------------------------

    def edit_local_indicator(self) -> None:
        from agenda_desktop.gui.indicators.local_indicator_dialog import LocalIndicatorDialog

        detail = self._detail
        if detail is None or not detail.is_local:
            return
        dialog = LocalIndicatorDialog(self._services, self._view, editing=detail)
        if dialog.exec():
            self.changed.emit()
        dialog.deleteLater()

    def delete_local_indicator(self) -> None:
        detail = self._detail
        if detail is None or not detail.is_local:
            return
        title = self.tr("Ta bort nyckeltal")
        if not confirm(
            self._view,
            self.tr(
                "Ta bort det lokala nyckeltalet {id} ”{title}”? Dess kopplingar till mål och "
                "dess målvärden tas också bort."
            ).format(id=detail.id, title=detail.title),
            title,
        ):
            return
        count = detail.value_count
        if count and not confirm(
            self._view,
            self.tr(
                "{id} har %n värden. De tas bort tillsammans med nyckeltalet och kan inte "
                "återställas. Ta bort ändå?",
                "",
                count,
            ).format(id=detail.id),
            title,
        ):
            return
        try:
            self._services.indicators.delete_local_indicator(detail.id, with_values=count > 0)
        except AgendaError as error:
            show_error(self._view, str(error))
            return
        self.deleted.emit(detail.id)
