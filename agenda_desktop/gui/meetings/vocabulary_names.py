"""The meeting register's vocabularies in the interface's language.

Every name is written out as a literal so that lupdate extracts it; a test checks that the
codes are exactly those of the core's vocabularies.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def body_kind_names() -> dict[str, str]:
    """The names of ``BODY_KINDS``."""
    return {
        "styrelse": QCoreApplication.translate("MeetingVocabulary", "Styrelse"),
        "namnd": QCoreApplication.translate("MeetingVocabulary", "Nämnd"),
        "utskott": QCoreApplication.translate("MeetingVocabulary", "Utskott"),
        "styrgrupp": QCoreApplication.translate("MeetingVocabulary", "Styrgrupp"),
        "arbetsgrupp": QCoreApplication.translate("MeetingVocabulary", "Arbetsgrupp"),
        "rad": QCoreApplication.translate("MeetingVocabulary", "Råd"),
        "samordningsforbund": QCoreApplication.translate("MeetingVocabulary", "Samordningsförbund"),
        "annat": QCoreApplication.translate("MeetingVocabulary", "Annat organ"),
    }


def numbering_names() -> dict[str, str]:
    """The names of ``NUMBERING_RULES``."""
    return {
        "lopande": QCoreApplication.translate("MeetingVocabulary", "Löpande över alla möten"),
        "per_ar": QCoreApplication.translate("MeetingVocabulary", "Från 1 varje år"),
        "per_mote": QCoreApplication.translate("MeetingVocabulary", "Från 1 varje möte"),
    }


def role_names() -> dict[str, str]:
    """The names of ``MEMBER_ROLES``."""
    return {
        "ordforande": QCoreApplication.translate("MeetingVocabulary", "Ordförande"),
        "vice_ordforande": QCoreApplication.translate("MeetingVocabulary", "Vice ordförande"),
        "ledamot": QCoreApplication.translate("MeetingVocabulary", "Ledamot"),
        "ersattare": QCoreApplication.translate("MeetingVocabulary", "Ersättare"),
        "sekreterare": QCoreApplication.translate("MeetingVocabulary", "Sekreterare"),
        "adjungerad": QCoreApplication.translate("MeetingVocabulary", "Adjungerad"),
    }


def party_names() -> dict[str, str]:
    """The names of ``PARTIES``."""
    return {
        "M": QCoreApplication.translate("MeetingVocabulary", "Moderaterna"),
        "S": QCoreApplication.translate("MeetingVocabulary", "Socialdemokraterna"),
        "L": QCoreApplication.translate("MeetingVocabulary", "Liberalerna"),
        "C": QCoreApplication.translate("MeetingVocabulary", "Centerpartiet"),
        "KD": QCoreApplication.translate("MeetingVocabulary", "Kristdemokraterna"),
        "MP": QCoreApplication.translate("MeetingVocabulary", "Miljöpartiet"),
        "V": QCoreApplication.translate("MeetingVocabulary", "Vänsterpartiet"),
        "SD": QCoreApplication.translate("MeetingVocabulary", "Sverigedemokraterna"),
        "annat": QCoreApplication.translate("MeetingVocabulary", "Annat parti"),
    }


def attendance_kind_names() -> dict[str, str]:
    """The names of ``ATTENDANCE_KINDS``."""
    return {
        "narvarande": QCoreApplication.translate("MeetingVocabulary", "Närvarande"),
        "tjanstgorande_ersattare": QCoreApplication.translate(
            "MeetingVocabulary", "Tjänstgörande ersättare"
        ),
        "ersattare": QCoreApplication.translate(
            "MeetingVocabulary", "Ersättare (ej tjänstgörande)"
        ),
        "ovrig": QCoreApplication.translate("MeetingVocabulary", "Övriga deltagare"),
        "forhinder": QCoreApplication.translate("MeetingVocabulary", "Meddelat förhinder"),
        "franvarande": QCoreApplication.translate("MeetingVocabulary", "Frånvarande"),
    }


def item_kind_names() -> dict[str, str]:
    """The names of ``ITEM_KINDS``."""
    return {
        "beslut": QCoreApplication.translate("MeetingVocabulary", "Beslutsärende"),
        "information": QCoreApplication.translate("MeetingVocabulary", "Informationsärende"),
    }


def meeting_state_names() -> dict[str, str]:
    """The names of ``MEETING_STATES``."""
    return {
        "planerat": QCoreApplication.translate("MeetingVocabulary", "Planerat"),
        "upprattat": QCoreApplication.translate("MeetingVocabulary", "Protokoll upprättat"),
        "justerat": QCoreApplication.translate("MeetingVocabulary", "Justerat"),
    }
