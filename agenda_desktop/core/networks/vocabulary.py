"""The fixed vocabularies of networks and commitments: stored codes and their Swedish names."""

from __future__ import annotations

ORGANISER_KINDS: dict[str, str] = {
    "skr": "SKR",
    "region": "Region",
    "lansstyrelse": "Länsstyrelse",
    "glokala": "Glokala Sverige",
    "kommun": "Annan kommun",
    "annan": "Annan organisatör",
}
NETWORK_KINDS: dict[str, str] = {
    "utvecklingsnatverk": "Utvecklingsnätverk",
    "partnerskap": "Partnerskap",
    "samfinansiering": "Samfinansiering",
    "annat": "Annat",
}
# What a network item is: something we promise, or something the network expects of us.
COMMITMENT_KINDS: dict[str, str] = {
    "utfastelse": "Utfästelse",
    "forvantning": "Förväntning",
}
COMMITMENT_STATUSES: dict[str, str] = {
    "ej_paborjad": "Ej påbörjad",
    "pagar": "Pågår",
    "uppfylld": "Uppfylld",
    "forsenad": "Försenad",
    "ej_aktuell": "Ej aktuell",
}
# A commitment in one of these states is no longer expected by its due date.
CLOSED_COMMITMENT_STATUSES = frozenset({"uppfylld", "ej_aktuell"})
# What shows that a commitment is kept: a protocol paragraph, a step of a steering cycle,
# an action of the action plan, a document attached to the network, or a body (e.g. the
# steering group that was set up).
EVIDENCE_KINDS: dict[str, str] = {
    "paragraf": "Protokollsparagraf",
    "steg": "Steg i styrcykeln",
    "atgard": "Åtgärd",
    "dokument": "Dokument",
    "organ": "Organ",
}
# How far one piece of evidence goes: nothing yet, work in progress, or done.
EVIDENCE_STATES: dict[str, str] = {
    "saknas": "Saknas",
    "pagar": "Arbete pågår",
    "klar": "Klart",
}
FINANCING_DECISIONS: dict[str, str] = {
    "antagen": "Antagen",
    "avbojd": "Avböjd",
}
# The steps of the steering cycle, as evidence names them.
STEP_NAMES: dict[int, str] = {
    1: "Nulägesanalys",
    2: "Prioritera och sätt egna mål",
    3: "Handlingsplan",
    4: "Kommunicera och involvera",
    5: "Följ upp och analysera",
}
