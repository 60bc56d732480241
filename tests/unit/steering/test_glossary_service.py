"""The ordlista: Swedish order, required fields and no duplicates whatever the case."""

from __future__ import annotations

import pytest

from agenda_desktop.core.errors import NotFoundError, ValidationError
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.steering import dialogue_rules as rules


def test_terms_are_listed_in_swedish_order(core_services: Services) -> None:
    glossary = core_services.glossary
    for term in ("Översiktsplan", "rådighet", "Agenda 2030", "Åtgärd", "Ärende", "Zon"):
        glossary.add(term, f"Förklaring av {term}.")
    assert [t.term for t in glossary.terms()] == [
        "Agenda 2030",
        "rådighet",
        "Zon",
        "Åtgärd",
        "Ärende",
        "Översiktsplan",
    ]


def test_duplicate_term_is_refused_naming_it(core_services: Services) -> None:
    glossary = core_services.glossary
    glossary.add(" Rådighet ", "Hur mycket kommunen själv bestämmer över.")
    with pytest.raises(ValidationError) as error:
        glossary.add("RÅDIGHET", "Något annat.")
    assert error.value.field == rules.FIELD_TERM
    assert "”Rådighet” finns redan i ordlistan" in str(error.value)
    assert [t.term for t in glossary.terms()] == ["Rådighet"]


def test_update_keeps_own_term_and_refuses_anothers(core_services: Services) -> None:
    glossary = core_services.glossary
    remiss = glossary.add("Remiss", "Ett förslag som skickas ut för synpunkter.")
    glossary.add("Samverkan", "Att arbeta tillsammans med andra.")
    changed = glossary.update(remiss.term_id, "remiss", "Ett förslag som andra får tycka om.")
    assert changed.term == "remiss"
    assert changed.explanation == "Ett förslag som andra får tycka om."
    with pytest.raises(ValidationError):
        glossary.update(remiss.term_id, "samverkan ", "x")
    assert {t.term for t in glossary.terms()} == {"remiss", "Samverkan"}


def test_both_fields_are_required(core_services: Services) -> None:
    with pytest.raises(ValidationError) as no_term:
        core_services.glossary.add("  ", "Förklaring")
    assert no_term.value.field == rules.FIELD_TERM
    with pytest.raises(ValidationError) as no_text:
        core_services.glossary.add("Nyckeltal", "")
    assert no_text.value.field == rules.FIELD_EXPLANATION
    assert core_services.glossary.terms() == []


def test_delete_and_missing_term(core_services: Services) -> None:
    term = core_services.glossary.add("Delmål", "Ett av de 169 målen under de 17 globala målen.")
    core_services.glossary.delete(term.term_id)
    assert core_services.glossary.terms() == []
    with pytest.raises(NotFoundError):
        core_services.glossary.delete(term.term_id)
    with pytest.raises(NotFoundError):
        core_services.glossary.update(term.term_id, "Delmål", "x")
