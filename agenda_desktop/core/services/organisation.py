"""The organisation profile: municipality, organisation name, logo and diarie prefix."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from agenda_desktop.core.errors import ValidationError
from agenda_desktop.core.store.database import Database
from agenda_desktop.core.store.models import Municipality, OrganisationProfile
from agenda_desktop.core.store.record_versions import ExpectedVersion, expect_version

PROFILE_ID = 1
MAX_LOGO_BYTES = 2 * 1024 * 1024
DIARIE_PREFIX = re.compile(r"^[A-Za-zÅÄÖåäö0-9][A-Za-zÅÄÖåäö0-9 ./-]{0,15}$")
LOGO_SIGNATURES = {
    b"\x89PNG\r\n\x1a\n": "PNG",
    b"\xff\xd8\xff": "JPEG",
}


@dataclass(frozen=True)
class ProfileData:
    municipality_id: str
    organisation_name: str
    diarie_prefix: str
    logo: bytes | None = None
    logo_filename: str | None = None


@dataclass(frozen=True)
class Profile:
    municipality_id: str
    municipality_name: str
    organisation_name: str
    diarie_prefix: str
    logo: bytes | None
    logo_filename: str | None
    updated_at: datetime
    version: int  # the version this was read at; pass it back when saving an edit


def logo_format(data: bytes) -> str | None:
    """The image format of a logo, if it is one the reports can print (PNG or JPEG)."""
    for signature, name in LOGO_SIGNATURES.items():
        if data.startswith(signature):
            return name
    return None


def validate_profile(data: ProfileData) -> ProfileData:
    name = " ".join(data.organisation_name.split())
    if not name:
        raise ValidationError(
            "Organisationens namn", "skriv organisationens namn, t.ex. ”Exempelkommun”."
        )
    if len(name) > 200:
        raise ValidationError("Organisationens namn", "högst 200 tecken är tillåtna.")
    prefix = data.diarie_prefix.strip()
    if not DIARIE_PREFIX.match(prefix):
        raise ValidationError(
            "Prefix för diarienummer",
            "1–16 tecken: bokstäver, siffror, mellanslag, punkt, snedstreck eller bindestreck, "
            "t.ex. ”KS” eller ”KLK”.",
        )
    if data.logo is not None:
        if len(data.logo) > MAX_LOGO_BYTES:
            raise ValidationError("Logotyp", "bilden får vara högst 2 MB.")
        if logo_format(data.logo) is None:
            raise ValidationError("Logotyp", "bilden måste vara en PNG- eller JPEG-fil.")
    return ProfileData(data.municipality_id.strip(), name, prefix, data.logo, data.logo_filename)


class OrganisationService:
    def __init__(self, database: Database) -> None:
        self._database = database

    def profile(self) -> Profile | None:
        """The stored profile, or None before the first-run wizard has been completed."""
        with self._database.unit_of_work() as session:
            row = session.get(OrganisationProfile, PROFILE_ID)
            if row is None:
                return None
            municipality = session.get(Municipality, row.municipality_id)
            return Profile(
                row.municipality_id,
                municipality.name if municipality else row.municipality_id,
                row.organisation_name,
                row.diarie_prefix,
                row.logo,
                row.logo_filename,
                row.updated_at,
                row.version,
            )

    def save_profile(self, data: ProfileData, expected: ExpectedVersion | None = None) -> Profile:
        """Create or update the profile in one transaction; ``expected`` is the version an
        edit began from (see record_versions)."""
        clean = validate_profile(data)
        with self._database.unit_of_work() as session:
            if session.get(Municipality, clean.municipality_id) is None:
                raise ValidationError(
                    "Kommun",
                    f"kommunkoden ”{clean.municipality_id}” finns inte i listan över kommuner.",
                )
            row = session.get(OrganisationProfile, PROFILE_ID)
            if row is None:
                row = OrganisationProfile(id=PROFILE_ID)
                session.add(row)
            else:
                expect_version(session, row, expected)
            row.municipality_id = clean.municipality_id
            row.organisation_name = clean.organisation_name
            row.diarie_prefix = clean.diarie_prefix
            row.logo = clean.logo
            row.logo_filename = clean.logo_filename if clean.logo else None
            row.updated_at = datetime.now().replace(microsecond=0)
        profile = self.profile()
        assert profile is not None
        return profile
