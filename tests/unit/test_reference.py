"""Reference data: what ships, how it is searched, and a refresh that keeps user data."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

from sqlalchemy import select

from agenda_desktop.core.reference.files import FILES, reference_folder
from agenda_desktop.core.reference.loader import RKA_PRESET_KEY, ensure_reference_data
from agenda_desktop.core.services.container import Services
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import IndicatorSelection, Kpi


def test_the_goals_carry_swedish_and_english_names_and_un_colours(core_services: Services) -> None:
    goals = core_services.reference.goals()
    assert [g.number for g in goals] == list(range(1, 18))
    assert goals[0].short_sv == "Ingen fattigdom" and goals[0].colour == "#E5243B"
    assert goals[12].short_sv == "Bekämpa klimatförändringarna"
    assert goals[12].name("en") == "Climate action"


def test_169_targets_in_their_goals_in_order(core_services: Services) -> None:
    details = [core_services.reference.goal(n) for n in range(1, 18)]
    assert sum(len(d.targets) for d in details) == 169
    assert [t.code for t in details[12].targets] == ["13.1", "13.2", "13.3", "13.a", "13.b"]


def test_municipalities_regions_and_riket(core_services: Services) -> None:
    reference = core_services.reference
    assert len(reference.municipalities()) == 290
    assert len(reference.municipalities(kinds=("region",))) == 21
    assert [m.name for m in reference.municipalities(kinds=("riket",))] == ["Riket"]
    tanum = reference.municipality("1435")
    assert (tanum.name, tanum.county_name, tanum.kommungrupp) == (
        "Tanum",
        "Västra Götalandsregionen",
        "C9",
    )


def test_municipalities_are_found_by_name_or_kommunkod(core_services: Services) -> None:
    reference = core_services.reference
    assert [m.name for m in reference.municipalities("ÖCK")] == ["Öckerö"]
    assert [m.id for m in reference.municipalities("1401")] == ["1401"]
    assert "Åre" in [m.name for m in reference.municipalities("åre")]


def test_the_kpi_catalogue_is_searched_by_id_and_words(core_services: Services) -> None:
    reference = core_services.reference
    assert reference.kpi_count() == 6099
    assert reference.search_kpis("n00901")[0].id == "N00901"
    found = reference.search_kpis("ÄLDRE särskilt boende", limit=1000)
    assert len(found) > 10
    for kpi in found:
        text = f"{kpi.title} {kpi.description}".casefold()
        assert all(word in text for word in ("äldre", "särskilt", "boende"))
    assert reference.search_kpis("ordsomintefinns") == []


def test_rka_selection_is_seeded_as_an_editable_preset(core_services: Services) -> None:
    items = core_services.reference.selection(RKA_PRESET_KEY)
    assert len(items) == 50
    retired = [i for i in items if "Finns inte längre" in i.note]
    assert len(retired) == 9 and all(i.title is None for i in retired)
    per_goal = {g: sum(1 for i in items if i.goal_number == g) for g in range(1, 18)}
    assert per_goal[3] == 5 and per_goal[14] == 0 and per_goal[15] == 1


def newer_reference_data(tmp_path: Path) -> Path:
    """The shipped files as a newer release might ship them: one KPI renamed, one gone."""
    folder = tmp_path / "reference"
    folder.mkdir(parents=True)
    for name in FILES:
        shutil.copy(reference_folder() / name, folder / name)
    kpis = folder / "kolada_kpis.csv"
    with kpis.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    fields = list(rows[0])
    rows = [r for r in rows if r["id"] != "N00005"]
    for row in rows:
        if row["id"] == "N00003":
            row["title"] = "Personalkostnader, kr/invånare (ny titel)"
    with kpis.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fields)
        writer.writeheader()
        writer.writerows(rows)
    return folder


def test_a_refresh_updates_reference_rows_and_keeps_the_users_work(
    new_database: Database, tmp_path: Path
) -> None:
    services = Services.for_database(new_database)
    services.reference.set_target_short_title("11.6", "Minska städers miljöpåverkan")
    with new_database.unit_of_work() as session:
        selection = session.scalar(
            select(IndicatorSelection).where(IndicatorSelection.preset_key == RKA_PRESET_KEY)
        )
        assert selection is not None
        selection.items.pop()  # the municipality removes one indicator from its selection

    with new_database.unit_of_work() as session:
        assert ensure_reference_data(session, newer_reference_data(tmp_path))
    with new_database.unit_of_work() as session:
        assert ensure_reference_data(session, newer_reference_data(tmp_path / "igen")) is False

    with new_database.unit_of_work() as session:
        renamed = session.get(Kpi, "N00003")
        gone = session.get(Kpi, "N00005")
        assert renamed is not None and renamed.title.endswith("(ny titel)")
        assert "ny titel" in renamed.search_text
        assert gone is not None and gone.retired
    assert services.reference.goal(11).targets[5].short_title_sv == "Minska städers miljöpåverkan"
    assert len(services.reference.selection(RKA_PRESET_KEY)) == 49
    assert "N00005" not in [k.id for k in services.reference.search_kpis("N00005")]
