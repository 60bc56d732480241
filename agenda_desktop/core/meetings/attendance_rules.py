"""Attendance and quorum (beslutsförhet), free of the database.

A body is quorate when more than half of its voting members in office on the meeting's
day (ordförande, vice ordförande, ledamöter) are present, a member replaced by a serving
substitute (tjänstgörande ersättare) counting as present.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.meetings.vocabulary import ATTENDANCE_KINDS, MEMBER_ROLES

FIELD_KIND = "Närvaro"
FIELD_SERVING_FOR = "Tjänstgör för"
FIELD_ROLE = "Roll"
FIELD_ITEMS = "Punkter"

MAX_ROLE = 200

# The order in which members are listed within a kind of attendance.
ROLE_ORDER: dict[str | None, int] = {role: index for index, role in enumerate(MEMBER_ROLES)}
KIND_ORDER: dict[str, int] = {kind: index for index, kind in enumerate(ATTENDANCE_KINDS)}


@dataclass(frozen=True)
class Quorum:
    """Beslutsförhet of one meeting."""

    voting_members: int  # voting members in office on the meeting's day
    present: int  # of them present, or replaced by a serving substitute
    needed: int  # more than half of voting_members
    is_quorate: bool
    sentence: str  # what the page and the protocol say


def needed_for_quorum(voting_members: int) -> int:
    """More than half: 5 members need 3, 6 need 4, 1 needs 1."""
    return voting_members // 2 + 1


def quorum(
    voting_member_ids: Collection[int],
    attendance: Mapping[int, tuple[str, int | None]],
) -> Quorum:
    """Count the voting members present, directly or through a serving substitute.

    ``attendance`` maps a person to (kind, serving_for_id). A substitute counts only
    for a voting member who is not also present, and once per member served.
    """
    voting = set(voting_member_ids)
    present = {pid for pid in voting if attendance.get(pid, ("", None))[0] == "narvarande"}
    for kind, served in attendance.values():
        if kind == "tjanstgorande_ersattare" and served in voting:
            present.add(served)
    count = len(voting)
    needed = needed_for_quorum(count)
    if count == 0:
        return Quorum(
            0,
            0,
            0,
            False,
            "Organet har inga röstberättigade ledamöter detta datum; "
            "lägg in ledamöterna och deras mandatperiod under Organ.",
        )
    quorate = len(present) >= needed
    counted = f"{len(present)} av {count} röstberättigade ledamöter är närvarande eller ersatta"
    if quorate:
        sentence = f"Beslutsför: {counted} (minst {needed} behövs)."
    else:
        sentence = f"Inte beslutsför: {counted}; minst {needed} behövs."
    return Quorum(count, len(present), needed, quorate, sentence)


def items_text(from_item: int | None, to_item: int | None) -> str:
    """ "punkt 1–4", "punkt 3", "från punkt 5", "till punkt 2", or "" for the whole meeting."""
    if from_item is not None and to_item is not None:
        if from_item == to_item:
            return f"punkt {from_item}"
        return f"punkt {from_item}\u2013{to_item}"
    if from_item is not None:
        return f"från punkt {from_item}"
    if to_item is not None:
        return f"till punkt {to_item}"
    return ""


def check_kind(kind: str) -> None:
    if kind not in ATTENDANCE_KINDS:
        names = ", ".join(ATTENDANCE_KINDS.values()).lower()
        raise ValidationError(FIELD_KIND, f"”{kind}” finns inte; välj en av {names}.")


def check_items(from_item: int | None, to_item: int | None, item_count: int) -> None:
    """Item positions exist on the agenda and come in order."""
    for value in (from_item, to_item):
        if value is not None and not 1 <= value <= item_count:
            raise ValidationError(
                FIELD_ITEMS, f"punkt {value} finns inte; dagordningen har punkt 1–{item_count}."
            )
    if from_item is not None and to_item is not None and from_item > to_item:
        raise ValidationError(
            FIELD_ITEMS, f"från punkt {from_item} kommer efter till punkt {to_item}; byt plats."
        )


def check_role(role: str) -> str:
    cleaned = " ".join(role.split())
    if len(cleaned) > MAX_ROLE:
        raise ValidationError(FIELD_ROLE, f"högst {MAX_ROLE} tecken.")
    return cleaned


def check_serving_for(
    person_id: int,
    serving_for_id: int | None,
    voting_names: Mapping[int, str],
    attendance: Mapping[int, tuple[str, int | None]],
    names: Mapping[int, str] | None = None,
) -> int:
    """The member a serving substitute serves for: a voting member not present or served.

    ``voting_names`` maps the voting members in office to their names; ``attendance``
    is the meeting's attendance without ``person_id``'s own row.
    """
    if serving_for_id is None:
        raise ValidationError(
            FIELD_SERVING_FOR, "välj vilken ledamot den tjänstgörande ersättaren ersätter."
        )
    if serving_for_id == person_id:
        raise ValidationError(FIELD_SERVING_FOR, "en ersättare kan inte tjänstgöra för sig själv.")
    name = voting_names.get(serving_for_id)
    if name is None:
        raise ValidationError(
            FIELD_SERVING_FOR,
            "välj en ordförande, vice ordförande eller ledamot som sitter i organet mötesdagen.",
        )
    kind, _served = attendance.get(serving_for_id, ("", None))
    if kind == "narvarande":
        raise ValidationError(
            FIELD_SERVING_FOR, f"{name} är närvarande och behöver ingen ersättare."
        )
    for other, (other_kind, served) in attendance.items():
        if other_kind == "tjanstgorande_ersattare" and served == serving_for_id:
            other_name = (names or {}).get(other, "en annan ersättare")
            raise ValidationError(FIELD_SERVING_FOR, f"{name} ersätts redan av {other_name}.")
    return serving_for_id
