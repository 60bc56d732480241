"""How the change log and the conflict dialog name records, fields and values in Swedish."""

from __future__ import annotations

from agenda_desktop.core.meetings import vocabulary as meetings
from agenda_desktop.core.networks import vocabulary as networks
from agenda_desktop.core.steering import vocabulary as steering

# table → (the kind of record, its definite form)
RECORD_KINDS: dict[str, str] = {
    "action": "Åtgärd",
    "action_goal": "Åtgärdens mål",
    "action_objective": "Åtgärdens målsättning",
    "agenda_item": "Ärende",
    "attachment": "Bilaga",
    "attendance": "Närvaro",
    "body": "Organ",
    "comment_focus_area": "Synpunktens insatsområde",
    "comment_goal": "Synpunktens mål",
    "comment_objective": "Synpunktens målsättning",
    "commitment": "Åtagande",
    "commitment_evidence": "Belägg",
    "cycle_step": "Steg i styrcykeln",
    "decision_clause": "Att-sats",
    "dialogue_activity": "Dialogaktivitet",
    "dialogue_comment": "Synpunkt",
    "dialogue_participants": "Deltagare",
    "financing_commitment": "Finansieringsåtagande",
    "financing_invoice": "Faktura",
    "focus_area": "Insatsområde",
    "follow_up": "Uppföljning",
    "follow_up_criterion": "Kriterium",
    "follow_up_objective_note": "Kommentar till målsättning",
    "glossary_term": "Term",
    "goal_assessment": "Bedömning av mål",
    "key_effort": "Insats",
    "kpi": "Nyckeltal",
    "kpi_target_value": "Målvärde",
    "meeting": "Möte",
    "meeting_adjuster": "Justerare",
    "membership": "Uppdrag",
    "network": "Nätverk",
    "network_contact": "Kontaktperson",
    "network_document": "Dokument",
    "network_meeting": "Nätverksträff",
    "network_participant": "Deltagare",
    "objective": "Målsättning",
    "objective_goal": "Målsättningens mål",
    "objective_indicator": "Nyckeltal för målsättningen",
    "objective_relation": "Samband",
    "objective_target": "Målsättningens delmål",
    "org_unit": "Enhet",
    "organisation_profile": "Organisationens uppgifter",
    "paragraph_link": "Koppling",
    "person": "Person",
    "priority_goal": "Prioriterat mål",
    "steering_cycle": "Styrcykel",
    "target_assessment": "Bedömning av delmål",
}

# Field labels that mean the same in every table.
COMMON_FIELDS: dict[str, str] = {
    "name": "Namn",
    "title": "Rubrik",
    "text": "Text",
    "note": "Anteckning",
    "notes": "Anteckningar",
    "description": "Beskrivning",
    "position": "Ordning",
    "kind": "Typ",
    "status": "Status",
    "due_date": "Klart senast",
    "start_date": "Från",
    "end_date": "Till",
    "held_on": "Datum",
    "starts_at": "Börjar",
    "ends_at": "Slutar",
    "place": "Plats",
    "role": "Roll",
    "person_id": "Person",
    "item_id": "Ärende",
    "activity_id": "Aktivitet",
    "comment_id": "Synpunkt",
    "follow_up_id": "Uppföljning",
    "commitment_id": "Åtagande",
    "financing_id": "Finansieringsåtagande",
    "action_id": "Åtgärd",
    "body_id": "Organ",
    "meeting_id": "Möte",
    "network_id": "Nätverk",
    "cycle_id": "Styrcykel",
    "goal_number": "Mål",
    "target_code": "Delmål",
    "objective_id": "Målsättning",
    "focus_area_id": "Insatsområde",
    "kpi_id": "Nyckeltal",
    "filename": "Filnamn",
    "size": "Storlek (byte)",
    "deadline": "Sista dag",
    "partners": "Samarbetspartner",
    "radighet": "Rådighet",
    "gender": "Kön",
    "year": "År",
    "target_year": "Målår",
}

FIELDS: dict[str, dict[str, str]] = {
    "action": {
        "title": "Titel",
        "org_unit_id": "Ansvarig enhet",
        "responsible_person": "Ansvarig person",
        "start_date": "Startdatum",
        "due_date": "Slutdatum",
        "cost_estimate": "Kostnad",
        "partners": "Samverkanspartner",
    },
    "agenda_item": {
        "standard": "Stående punkt",
        "matter": "Ärendebeskrivning",
        "diarienummer": "Diarienummer",
        "rapporteur": "Föredragande",
        "paragraph_number": "§",
        "decision_intro": "Beslutsinledning",
        "reservations": "Reservationer",
        "protocol_note": "Protokollsanteckning",
        "outcome": "Utfall",
        "corrects_item_id": "Rättar paragraf",
    },
    "attendance": {
        "serving_for_id": "Tjänstgör för",
        "from_item": "Från punkt",
        "to_item": "Till punkt",
    },
    "body": {
        "owners": "Huvudman",
        "numbering": "Paragrafnumrering",
        "numbering_start": "Första §",
        "keeps_notes": "För anteckningar",
    },
    "commitment": {
        "responsible_person_id": "Ansvarig",
        "responsible_unit_id": "Ansvarig enhet",
        "status": "Status satt för hand",
        "template_key": "Från mall",
    },
    "commitment_evidence": {
        "agenda_item_id": "Paragraf",
        "step": "Steg",
        "action_id": "Åtgärd",
        "document_id": "Dokument",
        "added_on": "Tillagt",
    },
    "cycle_step": {"step": "Steg", "completed_on": "Klart"},
    "dialogue_comment": {
        "received_on": "Mottagen",
        "sender": "Avsändare",
        "text": "Synpunkt",
        "response": "Återkoppling",
        "responded_on": "Datum för återkoppling",
    },
    "dialogue_activity": {"target_group": "Målgrupp"},
    "dialogue_participants": {"age_band": "Ålder", "count": "Antal"},
    "financing_commitment": {
        "title": "Rekommendation",
        "deadline": "Beslut senast",
        "decision": "Beslut",
        "decided_on": "Beslutsdatum",
        "decision_item_id": "Beslutsparagraf",
        "first_year": "Första år",
        "last_year": "Sista år",
        "yearly_excl_vat": "Per år exkl. moms",
        "yearly_incl_vat": "Per år inkl. moms",
        "source": "Källa",
    },
    "financing_invoice": {
        "amount_excl_vat": "Belopp exkl. moms",
        "amount_incl_vat": "Belopp inkl. moms",
        "expected_on": "Väntas",
        "paid_on": "Betald",
        "reference": "Fakturanummer",
    },
    "follow_up": {
        "what_moved": "Vad har hänt",
        "what_to_change": "Vad ändrar vi",
        "maturity": "Mognadsnivå",
        "published_on": "Publicerad",
    },
    "follow_up_criterion": {"criterion": "Kriterium", "fulfilled": "Uppfyllt"},
    "follow_up_objective_note": {"comment": "Kommentar"},
    "glossary_term": {"term": "Term", "explanation": "Förklaring"},
    "goal_assessment": {
        "should_work_on": "Borde arbeta med",
        "assessment": "Bedömning",
        "trend": "Trend",
        "role_democracy": "Roll: demokrati",
        "role_community": "Roll: samhällsutveckling",
        "role_welfare": "Roll: välfärd",
        "role_employer": "Roll: arbetsgivare",
        "group_differences": "Skillnader mellan grupper",
        "analysis": "Analys",
    },
    "kpi": {
        "title": "Namn",
        "unit": "Enhet",
        "source": "Källa",
        "higher_is_better": "Riktning",
        "gender_split": "Könsuppdelat",
    },
    "kpi_target_value": {"value": "Värde", "note": "Kommentar"},
    "meeting": {
        "secretary_id": "Sekreterare",
        "adjustment_place": "Justeringsplats",
        "adjustment_date": "Justeringsdag",
        "numbered_at": "Protokoll upprättat",
        "adjusted_on": "Justerat",
        "fingerprint": "Fingeravtryck",
    },
    "membership": {"represents": "Företräder"},
    "network": {
        "organiser": "Organisatör",
        "organiser_kind": "Slag av organisatör",
        "kind": "Typ av nätverk",
        "start_date": "Period från",
        "end_date": "Period t.o.m.",
        "template": "Mall",
        "contact_person_id": "Vår kontaktperson",
        "website": "Webbplats",
    },
    "network_participant": {"municipality_id": "Kommun"},
    "network_meeting": {"starts_at": "Starttid", "ends_at": "Sluttid"},
    "network_document": {"media_type": "Filtyp", "sha256": "SHA-256", "added_at": "Tillagt"},
    "objective_indicator": {
        "baseline_value": "Utgångsvärde",
        "baseline_year": "Utgångsår",
        "target_value": "Målvärde",
    },
    "objective": {"text": "Målsättning"},
    "focus_area": {"title": "Namn"},
    "objective_relation": {
        "first_objective_id": "Målsättning",
        "second_objective_id": "Hänger ihop med",
        "kind": "Samband",
        "note": "Kommentar",
    },
    "org_unit": {"parent_id": "Ingår i"},
    "organisation_profile": {
        "municipality_id": "Kommun",
        "organisation_name": "Organisation",
        "diarie_prefix": "Diarieprefix",
        "logo_filename": "Logotyp",
    },
    "paragraph_link": {"target": "Gäller"},
    "person": {
        "party": "Parti",
        "organisation": "Organisation",
        "title": "Titel",
        "email": "E-post",
    },
    "priority_goal": {"rationale": "Motivering"},
    "steering_cycle": {"start_year": "Första år", "end_year": "Sista år"},
    "target_assessment": {},  # as goal_assessment, see field_label
}

# Columns never shown: keys, bookkeeping, and file contents.
HIDDEN_FIELDS = frozenset({"id", "version", "search_text", "updated_at", "content", "logo"})

# (table, column) → code → name
VALUE_NAMES: dict[tuple[str, str], dict[str, str]] = {
    ("action", "status"): steering.ACTION_STATUSES,
    ("action", "radighet"): steering.RADIGHET,
    ("agenda_item", "kind"): meetings.ITEM_KINDS,
    ("agenda_item", "standard"): meetings.STANDARD_ITEMS,
    ("attendance", "kind"): meetings.ATTENDANCE_KINDS,
    ("body", "kind"): meetings.BODY_KINDS,
    ("body", "numbering"): meetings.NUMBERING_RULES,
    ("commitment", "kind"): networks.COMMITMENT_KINDS,
    ("commitment", "status"): networks.COMMITMENT_STATUSES,
    ("commitment_evidence", "kind"): networks.EVIDENCE_KINDS,
    ("dialogue_activity", "kind"): steering.DIALOGUE_KINDS,
    ("dialogue_comment", "status"): steering.COMMENT_STATUSES,
    ("dialogue_participants", "gender"): steering.PARTICIPANT_GENDERS,
    ("dialogue_participants", "age_band"): steering.AGE_BANDS,
    ("financing_commitment", "decision"): networks.FINANCING_DECISIONS,
    ("follow_up", "kind"): steering.FOLLOW_UP_KINDS,
    ("follow_up", "maturity"): steering.MATURITY_LEVELS,
    ("follow_up_criterion", "criterion"): steering.MATURITY_CRITERIA,
    ("goal_assessment", "assessment"): steering.ASSESSMENTS,
    ("goal_assessment", "trend"): steering.TRENDS,
    ("goal_assessment", "radighet"): steering.RADIGHET,
    ("target_assessment", "assessment"): steering.ASSESSMENTS,
    ("target_assessment", "trend"): steering.TRENDS,
    ("target_assessment", "radighet"): steering.RADIGHET,
    ("membership", "role"): meetings.MEMBER_ROLES,
    ("network", "kind"): networks.NETWORK_KINDS,
    ("network", "organiser_kind"): networks.ORGANISER_KINDS,
    ("objective_relation", "kind"): steering.RELATION_KINDS,
    ("org_unit", "kind"): steering.ORG_UNIT_KINDS,
    ("paragraph_link", "kind"): meetings.LINK_KINDS,
}

GENDERS = {"T": "Totalt", "K": "Kvinnor", "M": "Män"}
VALUE_NAMES[("objective_indicator", "gender")] = GENDERS
VALUE_NAMES[("kpi_target_value", "gender")] = GENDERS

# Records named by the goal or target they are about ("Mål 13", "Delmål 11.2").
GOAL_NAMED = frozenset(
    {
        "priority_goal",
        "goal_assessment",
        "target_assessment",
        "objective_goal",
        "objective_target",
        "action_goal",
        "comment_goal",
    }
)

# Yes/no fields whose two answers have names of their own.
BOOLEAN_NAMES: dict[tuple[str, str], tuple[str, str]] = {
    ("kpi", "higher_is_better"): ("Högre är bättre", "Lägre är bättre"),
}

# Amounts in whole kronor (a float), shown as money.
KRONOR_FIELDS = frozenset({("action", "cost_estimate")})

# Money in öre, shown in kronor.
MONEY_FIELDS = frozenset(
    {
        ("financing_commitment", "yearly_excl_vat"),
        ("financing_commitment", "yearly_incl_vat"),
        ("financing_invoice", "amount_excl_vat"),
        ("financing_invoice", "amount_incl_vat"),
    }
)

# The attributes that name a record, tried in order.
LABEL_FIELDS = (
    "name",
    "title",
    "term",
    "organisation_name",
    "text",
    "criterion",
    "filename",
    "comment",
)


# A pseudo-field of a record whose parts changed: "del:<the parts' table>" (see
# change_tracking); its value after the change.
PART_PREFIX = "del:"
PART_CHANGED = "ändrade"

# A kind of part, as a field of its record: "Att-satser: ändrade".
PART_LABELS: dict[str, str] = {
    "action_goal": "Mål",
    "action_objective": "Målsättningar",
    "attachment": "Bilagor",
    "attendance": "Närvaro",
    "comment_focus_area": "Insatsområden",
    "comment_goal": "Mål",
    "comment_objective": "Målsättningar",
    "commitment_evidence": "Belägg",
    "decision_clause": "Att-satser",
    "dialogue_participants": "Deltagare",
    "follow_up_criterion": "Kriterier",
    "follow_up_objective_note": "Kommentarer till målsättningar",
    "meeting_adjuster": "Justerare",
    "network_contact": "Kontaktpersoner",
    "network_document": "Dokument",
    "network_participant": "Deltagare",
    "objective_goal": "Mål",
    "objective_relation": "Samband",
    "objective_target": "Delmål",
    "paragraph_link": "Kopplingar",
}


def record_kind(table: str) -> str:
    return RECORD_KINDS.get(table, table.replace("_", " ").capitalize())


def field_label(table: str, column: str) -> str:
    if column.startswith(PART_PREFIX):  # a kind of part of the record
        part = column.removeprefix(PART_PREFIX)
        return PART_LABELS.get(part, record_kind(part))
    own = FIELDS.get("goal_assessment" if table == "target_assessment" else table, {})
    return own.get(column) or COMMON_FIELDS.get(column) or column.replace("_", " ").capitalize()
