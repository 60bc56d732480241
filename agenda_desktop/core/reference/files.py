"""Read the shipped reference CSV files into plain rows."""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from agenda_desktop.core.resources import resource_path

FILES = (
    "sdg_goals.csv",
    "sdg_targets_en.csv",
    "kolada_municipalities.csv",
    "kolada_kpis.csv",
    "rka_agenda2030_kpis_2019.csv",
)


def reference_folder() -> Path:
    return resource_path("reference")


def shipped_version(folder: Path | None = None) -> str:
    """A fingerprint of the shipped files: a new one means the app ships newer data."""
    digest = hashlib.sha256()
    for name in FILES:
        digest.update(name.encode())
        digest.update(((folder or reference_folder()) / name).read_bytes())
    return digest.hexdigest()[:16]


def _rows(name: str, folder: Path | None) -> Iterator[dict[str, str]]:
    with ((folder or reference_folder()) / name).open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def goal_rows(folder: Path | None = None) -> list[dict[str, Any]]:
    return [
        {
            "number": int(row["goal"]),
            "short_sv": row["short_sv"],
            "short_en": row["short_en"],
            "title_en": row["title_en"],
            "colour": row["color"].upper(),
        }
        for row in _rows("sdg_goals.csv", folder)
    ]


def target_rows(folder: Path | None = None) -> list[dict[str, Any]]:
    rows = []
    for position, row in enumerate(_rows("sdg_targets_en.csv", folder), start=1):
        rows.append(
            {
                "code": row["target"],
                "goal_number": int(row["goal"]),
                "position": position,
                "title_en": row["title_en"],
            }
        )
    return rows


def municipality_kind(row: dict[str, str]) -> str:
    if row["id"] == "0000":
        return "riket"
    return "kommun" if row["type"] == "K" else "region"


def municipality_rows(folder: Path | None = None) -> list[dict[str, Any]]:
    return [
        {
            "id": row["id"],
            "name": row["title"],
            "kind": municipality_kind(row),
            "county_code": row["lan"] or None,
            "kommungrupp": row["kommungrupp"] or None,
            "kommungrupp_title": row["kommungrupp_title"] or None,
            "kolada_group_id": row["kolada_group_id"] or None,
            "is_fictional": False,
        }
        for row in _rows("kolada_municipalities.csv", folder)
    ]


def kpi_search_text(kpi_id: str, title: str, description: str) -> str:
    return f"{kpi_id} {title} {description}".casefold()


def kpi_rows(folder: Path | None = None) -> list[dict[str, Any]]:
    rows = []
    for row in _rows("kolada_kpis.csv", folder):
        period = row["publ_period"]
        rows.append(
            {
                "id": row["id"],
                "title": row["title"],
                "description": row["description"],
                "gender_split": row["is_divided_by_gender"] == "1",
                "municipality_type": row["municipality_type"] or "A",
                "auspice": row["auspice"],
                "operating_area": row["operating_area"],
                "perspective": row["perspective"],
                "latest_period": int(period) if period.isdigit() else None,
                "publication_date": row["publication_date"] or None,
                "has_ou_data": row["has_ou_data"] == "1",
                "is_local": False,
                "retired": False,
                "search_text": kpi_search_text(row["id"], row["title"], row["description"]),
            }
        )
    return rows


def rka_selection_rows(folder: Path | None = None) -> list[dict[str, str]]:
    return list(_rows("rka_agenda2030_kpis_2019.csv", folder))
