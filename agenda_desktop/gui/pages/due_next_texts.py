"""The words of "Vad står på tur?" in the interface's language.

The core decides what is due (``core/steering/next_steps.py``) and says it in Swedish; the
interface words each kind of item itself, so the English interface reads English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agenda_desktop.core.steering.next_steps import DueItem


def _counted(count: int, one: str, many: str) -> str:
    """Swedish needs the singular for one: two source texts rather than ``%n``."""
    return one if count == 1 else many.replace("%1", str(count))


def step_task(step: int) -> str:
    tasks = {
        1: QCoreApplication.translate(
            "DueNext",
            "Gör nulägesanalysen: bedöm hur kommunen ligger till för de 17 globala målen.",
        ),
        2: QCoreApplication.translate(
            "DueNext",
            "Prioritera de viktigaste målen och sätt egna målsättningar med indikatorer och "
            "målvärden.",
        ),
        3: QCoreApplication.translate(
            "DueNext",
            "Gör handlingsplanen: konkreta åtgärder med ansvariga, datum och koppling till "
            "målsättningarna.",
        ),
        4: QCoreApplication.translate(
            "DueNext",
            "Kommunicera och involvera: dialoger, remiss och återkoppling på synpunkterna.",
        ),
        5: QCoreApplication.translate(
            "DueNext",
            "Följ upp och analysera: utfall mot målvärden, åtgärdernas status och vad som "
            "behöver ändras.",
        ),
    }
    return tasks.get(step, "")


def due_text(item: DueItem) -> str:
    """The sentence for ``item``; the core's Swedish one for a kind this module lacks."""
    day = item.day.isoformat() if item.day else ""
    if item.kind == "start_cycle":
        return QCoreApplication.translate(
            "DueNext", "Starta en styrcykel för mandatperioden. Den börjar med en nulägesanalys."
        )
    if item.kind == "overdue_actions":
        return _counted(
            item.count,
            QCoreApplication.translate(
                "DueNext",
                "1 åtgärd har passerat sitt slutdatum utan att vara klar. Se över status och "
                "datum i handlingsplanen.",
            ),
            QCoreApplication.translate(
                "DueNext",
                "%1 åtgärder har passerat sitt slutdatum utan att vara klara. Se över status "
                "och datum i handlingsplanen.",
            ),
        )
    if item.kind == "remiss_due":
        return _counted(
            item.count,
            QCoreApplication.translate(
                "DueNext", "1 synpunkt på remissen saknar återkoppling, och remisstiden går ut %2."
            ),
            QCoreApplication.translate(
                "DueNext",
                "%1 synpunkter på remissen saknar återkoppling, och remisstiden går ut %2.",
            ),
        ).replace("%2", day)
    if item.kind == "remiss_passed":
        return _counted(
            item.count,
            QCoreApplication.translate(
                "DueNext", "1 synpunkt på remissen saknar återkoppling, och remisstiden gick ut %2."
            ),
            QCoreApplication.translate(
                "DueNext",
                "%1 synpunkter på remissen saknar återkoppling, och remisstiden gick ut %2.",
            ),
        ).replace("%2", day)
    if item.kind == "follow_up_missing":
        return QCoreApplication.translate(
            "DueNext",
            "Det finns ingen uppföljning av %1 ännu. Gör den årliga uppföljningen, gärna i "
            "samband med årsredovisningen.",
        ).replace("%1", str(item.year))
    if item.kind == "unassessed_all":
        return QCoreApplication.translate(
            "DueNext", "Inget av de 17 målen är bedömt i nulägesanalysen ännu."
        )
    if item.kind == "unassessed_some":
        return _counted(
            item.count,
            QCoreApplication.translate(
                "DueNext", "1 av de 17 målen är inte bedömt i nulägesanalysen."
            ),
            QCoreApplication.translate(
                "DueNext", "%1 av de 17 målen är inte bedömda i nulägesanalysen."
            ),
        )
    if item.kind == "cycle_done":
        return QCoreApplication.translate(
            "DueNext",
            "Alla fem steg är klara. Starta nästa varv med en ny styrcykel och en ny "
            "nulägesanalys.",
        )
    if item.kind == "step":
        return (
            QCoreApplication.translate("DueNext", "Steg %1: %2")
            .replace("%1", str(item.step))
            .replace("%2", step_task(item.step))
        )
    return item.text
