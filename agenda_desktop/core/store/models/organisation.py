"""Who uses this database: the municipality, the organisation's name, logo and diarie prefix."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from agenda_desktop.core.store.models.base import Base, Versioned


class OrganisationProfile(Versioned, Base):
    """One row (id 1), written by the first-run wizard and edited in Inställningar."""

    __tablename__ = "organisation_profile"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    municipality_id: Mapped[str] = mapped_column(ForeignKey("municipality.id"))
    organisation_name: Mapped[str] = mapped_column(String(200))
    diarie_prefix: Mapped[str] = mapped_column(String(16))
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    logo_filename: Mapped[str | None] = mapped_column(String(255))
    updated_at: Mapped[datetime] = mapped_column(DateTime)
