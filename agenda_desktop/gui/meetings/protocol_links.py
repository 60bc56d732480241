"""What a paragraph decided on: its links to goals, målsättningar and actions, shown as one
line under the decision, and "Koppla…", which chooses them in the shared check-list picker.

Commitments (åtaganden) do not exist yet; links of that kind are shown but never offered,
and a link the picker does not offer (a målsättning of an earlier cycle) is left alone.
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from agenda_desktop.core.meetings.vocabulary import LINK_KINDS
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.services.cycle import CyclePosition
from agenda_desktop.core.services.protocols_types import LinkInfo, Paragraph
from agenda_desktop.core.steering.objective_refs import objective_refs
from agenda_desktop.gui.formatting import goal_name
from agenda_desktop.gui.steering.check_list_dialog import Choice, choose

LinkKey = tuple[str, str]  # (kind, target) as the protocol service stores it


class LinkCatalogue:
    """The goals, the målsättningar and actions of the latest cycle, and every network's
    commitments, named for the GUI."""

    def __init__(self, services: Services) -> None:
        self.choices: list[Choice] = []
        self.names: dict[LinkKey, str] = {}
        goals_group = QCoreApplication.translate("LinkCatalogue", "Globala mål")
        for goal in services.reference.goals():
            name = (
                QCoreApplication.translate("LinkCatalogue", "Mål %1 %2")
                .replace("%1", str(goal.number))
                .replace("%2", goal_name(goal))
            )
            self._add(("goal", str(goal.number)), name, goals_group)
        cycle = services.cycle.latest()
        if cycle is not None:
            self._add_cycle(services, cycle)
        self._add_commitments(services)

    def _add_cycle(self, services: Services, cycle: CyclePosition) -> None:
        objectives_group = QCoreApplication.translate(
            "LinkCatalogue", "Målsättningar (%1)"
        ).replace("%1", cycle.name)
        for ref in objective_refs(services.database, cycle.cycle_id):
            name = (
                QCoreApplication.translate("LinkCatalogue", "Målsättning %1 %2")
                .replace("%1", ref.label)
                .replace("%2", ref.text)
            )
            self._add(("objective", str(ref.objective_id)), name, objectives_group)
        actions_group = QCoreApplication.translate("LinkCatalogue", "Åtgärder (%1)").replace(
            "%1", cycle.name
        )
        for action in services.action_plan.actions(cycle.cycle_id):
            name = QCoreApplication.translate("LinkCatalogue", "Åtgärd %1").replace(
                "%1", action.title
            )
            self._add(("action", str(action.action_id)), name, actions_group)

    def _add_commitments(self, services: Services) -> None:
        """Every network's commitments: a paragraph linked to one becomes its evidence."""
        for network in services.networks.networks():
            group = QCoreApplication.translate("LinkCatalogue", "Åtaganden (%1)").replace(
                "%1", network.name
            )
            for commitment in services.commitments.commitments(network.network_id):
                name = QCoreApplication.translate("LinkCatalogue", "Åtagande %1").replace(
                    "%1", commitment.text
                )
                self._add(("commitment", str(commitment.commitment_id)), name, group)

    def _add(self, key: LinkKey, name: str, group: str) -> None:
        self.choices.append(Choice(key, name, group))
        self.names[key] = name

    @property
    def keys(self) -> set[LinkKey]:
        return set(self.names)


class LinksBar(QWidget):
    """The chosen paragraph's links; ``link_requested`` asks the panel to open the picker."""

    link_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(self.tr("&Koppla…"), self)
        self.button.setToolTip(
            self.tr("Koppla beslutet till globala mål, målsättningar och åtgärder")
        )
        self.button.clicked.connect(self.link_requested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)

    def show_links(
        self, paragraph: Paragraph | None, names: dict[LinkKey, str], read_only: bool
    ) -> None:
        if paragraph is None:
            self.label.clear()
        elif not paragraph.links:
            self.label.setText(self.tr("Beslutet är inte kopplat till mål eller åtgärder."))
        else:
            kinds = list(LINK_KINDS)
            listed = list(names)  # the catalogue's order: goal number, "1.2", due date

            def place(link: LinkInfo) -> tuple[int, int]:
                key = (link.kind, link.target)
                kind = kinds.index(link.kind) if link.kind in kinds else len(kinds)
                return kind, listed.index(key) if key in listed else len(listed)

            links = sorted(paragraph.links, key=place)
            parts = [self._name(link, names) for link in links]
            self.label.setText(self.tr("Beslutet gäller: %1").replace("%1", " · ".join(parts)))
        self.button.setEnabled(paragraph is not None and not read_only)

    def _name(self, link: LinkInfo, names: dict[LinkKey, str]) -> str:
        known = names.get((link.kind, link.target))
        if known:
            return known
        kinds = {
            "goal": self.tr("Mål %1"),
            "objective": self.tr("Målsättning %1"),
            "action": self.tr("Åtgärd %1"),
            "commitment": self.tr("Åtagande %1"),
        }
        return kinds.get(link.kind, "%1").replace("%1", link.label or link.target)


def pick_links(
    parent: QWidget | None, title: str, catalogue: LinkCatalogue, paragraph: Paragraph
) -> tuple[list[LinkKey], list[LinkKey]] | None:
    """Ask which links the paragraph should have: (to add, to remove), or None if cancelled."""
    offered = catalogue.keys
    current = {(link.kind, link.target) for link in paragraph.links} & offered
    answer = choose(parent, title, catalogue.choices, current)
    if answer is None:
        return None
    chosen = {_key(key) for key in answer} & offered
    order = [choice.key for choice in catalogue.choices]
    added = [key for key in order if key in chosen - current]
    removed = [key for key in order if key in current - chosen]
    return [_key(k) for k in added], [_key(k) for k in removed]


def _key(key: Hashable) -> LinkKey:
    if not isinstance(key, tuple) or len(key) != 2:
        raise TypeError(f"not a link key: {key!r}")
    return str(key[0]), str(key[1])
