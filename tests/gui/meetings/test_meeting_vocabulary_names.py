"""The interface names every code of the meeting vocabularies, and no other."""

from __future__ import annotations

from agenda_desktop.core.meetings import vocabulary
from agenda_desktop.core.services.meetings_types import MEETING_STATES
from agenda_desktop.gui.meetings import vocabulary_names as names


def test_every_code_has_a_name() -> None:
    pairs = [
        (names.body_kind_names(), vocabulary.BODY_KINDS),
        (names.numbering_names(), vocabulary.NUMBERING_RULES),
        (names.role_names(), vocabulary.MEMBER_ROLES),
        (names.party_names(), vocabulary.PARTIES),
        (names.attendance_kind_names(), vocabulary.ATTENDANCE_KINDS),
        (names.item_kind_names(), vocabulary.ITEM_KINDS),
        (names.meeting_state_names(), MEETING_STATES),
    ]
    for shown, stored in pairs:
        assert shown == stored  # Swedish interface: the same words as the core's
