"""Networks and their commitments: the organiser, contacts, participants, the network's
own meetings and documents, commitments and expectations with their evidence, and
financing commitments with invoices.

A commitment's ``status`` is the status set by hand, or None: then the status follows the
evidence and the due date (see ``core/networks/status_rules.py``). Evidence points at
the thing that shows the commitment is kept; a protocol paragraph it points at cannot be
removed while the link exists (the services say so, and the foreign key refuses too).
Money is stored in öre, as integers.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    Time,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from agenda_desktop.core.networks.vocabulary import (
    COMMITMENT_KINDS,
    COMMITMENT_STATUSES,
    EVIDENCE_KINDS,
    FINANCING_DECISIONS,
    NETWORK_KINDS,
    ORGANISER_KINDS,
)
from agenda_desktop.core.store.models.base import Base, LoggedChild, Versioned, check_in


class Network(Versioned, Base):
    """A network, partnership or joint financing the municipality takes part in.

    ``template`` names the template it was created from (e.g. "skr_styra"), if any.
    """

    __tablename__ = "network"
    __table_args__ = (
        CheckConstraint(check_in("organiser_kind", ORGANISER_KINDS), name="organiser_kind"),
        CheckConstraint(check_in("kind", NETWORK_KINDS), name="kind"),
        CheckConstraint(
            "end_date IS NULL OR start_date IS NULL OR start_date <= end_date", name="period"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    organiser: Mapped[str] = mapped_column(String(200), default="")  # e.g. "SKR"
    organiser_kind: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(20))
    template: Mapped[str | None] = mapped_column(String(30))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    # Our contact person toward the network.
    contact_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL")
    )
    website: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")

    commitments: Mapped[list[Commitment]] = relationship(
        order_by="Commitment.position", cascade="all, delete-orphan"
    )


class NetworkContact(LoggedChild, Base):
    """A contact person on the organiser's side (kept once as a Person), with a role."""

    __tablename__ = "network_contact"
    change_log_parent = "network_id"

    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("network.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(200), default="")  # e.g. "processledare"


class NetworkParticipant(LoggedChild, Base):
    """Another participant of the network: a municipality, region or organisation."""

    __tablename__ = "network_participant"
    change_log_parent = "network_id"

    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("network.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    # Kolada's id when the participant is a municipality or region.
    municipality_id: Mapped[str | None] = mapped_column(ForeignKey("municipality.id"))


class NetworkMeeting(Versioned, Base):
    """A meeting of the network (not a body of ours: no protocol is kept here)."""

    __tablename__ = "network_meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("network.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[date] = mapped_column(Date, index=True)
    starts_at: Mapped[time | None] = mapped_column(Time)
    ends_at: Mapped[time | None] = mapped_column(Time)
    place: Mapped[str] = mapped_column(String(300), default="")
    title: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class NetworkDocument(LoggedChild, Base):
    """A document of the network, copied into the database (never a path)."""

    __tablename__ = "network_document"
    change_log_parent = "network_id"

    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("network.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300), default="")
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(DateTime)


class Commitment(Versioned, Base):
    """A commitment we make (utfästelse) or an expectation on us (förväntning).

    ``status`` None: the status follows the evidence and the due date.
    ``template_key`` names the template item it was created from, if any.
    """

    __tablename__ = "commitment"
    __table_args__ = (
        CheckConstraint(check_in("kind", COMMITMENT_KINDS), name="kind"),
        CheckConstraint(
            f"status IS NULL OR {check_in('status', COMMITMENT_STATUSES)}", name="status"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("network.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(12))
    text: Mapped[str] = mapped_column(Text)
    responsible_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    responsible_unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("org_unit.id", ondelete="SET NULL"), index=True
    )
    due_date: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str | None] = mapped_column(String(12))
    note: Mapped[str] = mapped_column(Text, default="")
    template_key: Mapped[str | None] = mapped_column(String(30))

    evidence: Mapped[list[CommitmentEvidence]] = relationship(
        order_by="CommitmentEvidence.id", cascade="all, delete-orphan"
    )


class CommitmentEvidence(LoggedChild, Base):
    """What shows that a commitment is kept; exactly the column of its kind is set.

    paragraf → ``agenda_item_id``; steg → ``cycle_id`` and ``step``; atgard →
    ``action_id``; dokument → ``document_id``; organ → ``body_id``.
    """

    __tablename__ = "commitment_evidence"
    change_log_parent = "commitment_id"
    __table_args__ = (
        CheckConstraint(check_in("kind", EVIDENCE_KINDS), name="kind"),
        CheckConstraint(
            "(kind = 'paragraf') = (agenda_item_id IS NOT NULL)"
            " AND (kind = 'steg') = (cycle_id IS NOT NULL AND step IS NOT NULL)"
            " AND (kind = 'atgard') = (action_id IS NOT NULL)"
            " AND (kind = 'dokument') = (document_id IS NOT NULL)"
            " AND (kind = 'organ') = (body_id IS NOT NULL)",
            name="target",
        ),
        CheckConstraint("step IS NULL OR step BETWEEN 1 AND 5", name="step"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(
        ForeignKey("commitment.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(12))
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="RESTRICT"), index=True
    )
    cycle_id: Mapped[int | None] = mapped_column(
        ForeignKey("steering_cycle.id", ondelete="CASCADE"), index=True
    )
    step: Mapped[int | None] = mapped_column(Integer)
    action_id: Mapped[int | None] = mapped_column(
        ForeignKey("action.id", ondelete="CASCADE"), index=True
    )
    document_id: Mapped[int | None] = mapped_column(
        ForeignKey("network_document.id", ondelete="CASCADE"), index=True
    )
    body_id: Mapped[int | None] = mapped_column(
        ForeignKey("body.id", ondelete="CASCADE"), index=True
    )
    note: Mapped[str] = mapped_column(Text, default="")
    added_on: Mapped[date] = mapped_column(Date)


class FinancingCommitment(Versioned, Base):
    """A joint-financing recommendation: adopted or declined by a deadline, and our
    yearly amount with and without VAT (öre) for the years ``first_year``–``last_year``.

    ``decision`` None: not decided yet. ``decision_item_id`` is the paragraph that decided.
    ``source`` says where the amount came from (file, sheet and row of an imported sheet).
    """

    __tablename__ = "financing_commitment"
    __table_args__ = (
        CheckConstraint(
            f"decision IS NULL OR {check_in('decision', FINANCING_DECISIONS)}", name="decision"
        ),
        CheckConstraint(
            "first_year IS NULL OR last_year IS NULL OR first_year <= last_year", name="years"
        ),
        CheckConstraint("yearly_excl_vat IS NULL OR yearly_excl_vat >= 0", name="excl_vat"),
        CheckConstraint("yearly_incl_vat IS NULL OR yearly_incl_vat >= 0", name="incl_vat"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("network.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    deadline: Mapped[date | None] = mapped_column(Date)  # decide by
    decision: Mapped[str | None] = mapped_column(String(10))
    decided_on: Mapped[date | None] = mapped_column(Date)
    decision_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="RESTRICT"), index=True
    )
    first_year: Mapped[int | None] = mapped_column(Integer)
    last_year: Mapped[int | None] = mapped_column(Integer)
    yearly_excl_vat: Mapped[int | None] = mapped_column(Integer)  # öre
    yearly_incl_vat: Mapped[int | None] = mapped_column(Integer)  # öre
    source: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")

    invoices: Mapped[list[FinancingInvoice]] = relationship(
        order_by="FinancingInvoice.year", cascade="all, delete-orphan"
    )


class FinancingInvoice(Versioned, Base):
    """An invoice of a financing commitment: expected, then paid."""

    __tablename__ = "financing_invoice"
    __table_args__ = (
        CheckConstraint("amount_excl_vat >= 0 AND amount_incl_vat >= 0", name="amounts"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    financing_id: Mapped[int] = mapped_column(
        ForeignKey("financing_commitment.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int] = mapped_column(Integer)
    amount_excl_vat: Mapped[int] = mapped_column(Integer)  # öre
    amount_incl_vat: Mapped[int] = mapped_column(Integer)  # öre
    expected_on: Mapped[date | None] = mapped_column(Date)
    paid_on: Mapped[date | None] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(100), default="")  # fakturanummer
