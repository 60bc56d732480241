"""The fixed vocabularies of meetings and protocols: stored codes and their Swedish names."""

from __future__ import annotations

BODY_KINDS: dict[str, str] = {
    "styrelse": "Styrelse",
    "namnd": "Nämnd",
    "utskott": "Utskott",
    "styrgrupp": "Styrgrupp",
    "arbetsgrupp": "Arbetsgrupp",
    "rad": "Råd",
    "samordningsforbund": "Samordningsförbund",
    "annat": "Annat organ",
}
# How a body numbers its paragraphs: on from its start number over all meetings, from 1
# each calendar year, or from 1 in every meeting.
NUMBERING_RULES: dict[str, str] = {
    "lopande": "Löpande över alla möten",
    "per_ar": "Från 1 varje år",
    "per_mote": "Från 1 varje möte",
}
MEMBER_ROLES: dict[str, str] = {
    "ordforande": "Ordförande",
    "vice_ordforande": "Vice ordförande",
    "ledamot": "Ledamot",
    "ersattare": "Ersättare",
    "sekreterare": "Sekreterare",
    "adjungerad": "Adjungerad",
}
# The roles that count towards quorum (beslutsförhet): the body's voting members.
VOTING_ROLES = frozenset({"ordforande", "vice_ordforande", "ledamot"})
PARTIES: dict[str, str] = {
    "M": "Moderaterna",
    "S": "Socialdemokraterna",
    "L": "Liberalerna",
    "C": "Centerpartiet",
    "KD": "Kristdemokraterna",
    "MP": "Miljöpartiet",
    "V": "Vänsterpartiet",
    "SD": "Sverigedemokraterna",
    "annat": "Annat parti",
}
ATTENDANCE_KINDS: dict[str, str] = {
    "narvarande": "Närvarande",
    "tjanstgorande_ersattare": "Tjänstgörande ersättare",
    "ersattare": "Ersättare (ej tjänstgörande)",
    "ovrig": "Övriga deltagare",
    "forhinder": "Meddelat förhinder",
    "franvarande": "Frånvarande",
}
ITEM_KINDS: dict[str, str] = {
    "beslut": "Beslutsärende",
    "information": "Informationsärende",
}
# The standard items of a new meeting's agenda; ``closing`` always stays last.
STANDARD_ITEMS: dict[str, str] = {
    "opening": "Mötets öppnande",
    "adjusters": "Val av justerare",
    "agenda": "Fastställande av dagordning",
    "closing": "Mötets avslutande",
}
LINK_KINDS: dict[str, str] = {
    "goal": "Globalt mål",
    "objective": "Målsättning",
    "action": "Åtgärd",
    "commitment": "Åtagande",
}
