"""The fixed vocabularies of the steering cycle: stored codes and their Swedish names.

The codes are what the database holds (and what its CHECK constraints allow); the
Swedish names are what reports print. The interface translates the codes itself.
"""

from __future__ import annotations

ASSESSMENTS: dict[str, str] = {
    "ej_bedomd": "Ej bedömd",
    "stor": "Stor utmaning",
    "betydande": "Betydande utmaning",
    "vissa": "Vissa utmaningar",
    "uppnatt": "Uppnått",
}
TRENDS: dict[str, str] = {
    "okand": "Okänd",
    "forbattras": "Förbättras",
    "oforandrad": "Oförändrad",
    "forsamras": "Försämras",
}
RADIGHET: dict[str, str] = {
    "egen": "Egen rådighet",
    "delad": "Delad rådighet",
    "samverkan": "Kräver samverkan",
}
ROLES: dict[str, str] = {
    "democracy": "Demokratiaktör",
    "community": "Samhällsbyggare",
    "welfare": "Välfärdsproducent",
    "employer": "Arbetsgivare",
}
RELATION_KINDS: dict[str, str] = {
    "synergi": "Synergi",
    "malkonflikt": "Målkonflikt",
}
ORG_UNIT_KINDS: dict[str, str] = {
    "forvaltning": "Förvaltning",
    "sektor": "Sektor",
    "enhet": "Enhet",
    "bolag": "Kommunalt bolag",
}
ACTION_STATUSES: dict[str, str] = {
    "planerad": "Planerad",
    "pagar": "Pågår",
    "klar": "Klar",
    "forsenad": "Försenad",
    "pausad": "Pausad",
    "avbruten": "Avbruten",
}
# An action in one of these states is no longer expected to finish by its due date.
CLOSED_ACTION_STATUSES = frozenset({"klar", "avbruten"})
DIALOGUE_KINDS: dict[str, str] = {
    "medborgardialog": "Medborgardialog",
    "ungdomsrad": "Ungdomsråd",
    "remiss": "Remiss",
    "workshop": "Workshop",
    "enkat": "Enkät",
    "annat": "Annan aktivitet",
}
PARTICIPANT_GENDERS: dict[str, str] = {
    "K": "Kvinnor",
    "M": "Män",
    "X": "Annat eller ej angivet",
}
AGE_BANDS: dict[str, str] = {
    "0-15": "0–15 år",
    "16-24": "16–24 år",
    "25-44": "25–44 år",
    "45-64": "45–64 år",
    "65+": "65 år och äldre",
    "okand": "Ålder ej angiven",
}
COMMENT_STATUSES: dict[str, str] = {
    "ny": "Ny",
    "behandlas": "Behandlas",
    "besvarad": "Besvarad",
    "avslutad": "Avslutad",
}
# A comment in one of these states has had its återkoppling.
ANSWERED_COMMENT_STATUSES = frozenset({"besvarad", "avslutad"})
FOLLOW_UP_KINDS: dict[str, str] = {
    "ar": "Årlig uppföljning",
    "mandatperiod": "Uppföljning av mandatperioden",
}
OBJECTIVE_STATUSES: dict[str, str] = {
    "pa_vag": "På väg",
    "risk": "Risk",
    "inte_pa_vag": "Inte på väg",
    "uppnatt": "Uppnått",
    "okand": "Kan inte bedömas",
}
MATURITY_LEVELS: dict[str, str] = {
    "lag": "Låg",
    "mellan": "Mellan",
    "hog": "Hög",
}
# The criteria of the maturity self-assessment, in the order they are asked.
MATURITY_CRITERIA: dict[str, str] = {
    "analys": "Det finns en aktuell nulägesanalys.",
    "mal_mot_utmaningar": (
        "De egna målen är konkreta och riktade mot de utmaningar som analysen pekat ut."
    ),
    "matbara_indikatorer": "Målen är nedbrutna i mätbara indikatorer med målvärden.",
    "arsredovisning": "Indikatorerna följs upp i årsredovisningen.",
    "atgarder_kopplade": "Åtgärderna är kopplade till målen och har ansvariga.",
    "resultat_publiceras": "Uppföljningen publiceras för invånarna.",
}
