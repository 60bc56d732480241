"""The steering cycle: one per term of office, five steps that are completed in turn."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from agenda_desktop.core.store.models.base import Base, Versioned


class SteeringCycle(Versioned, Base):
    __tablename__ = "steering_cycle"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    start_year: Mapped[int] = mapped_column(Integer)
    end_year: Mapped[int] = mapped_column(Integer)

    steps: Mapped[list[CycleStep]] = relationship(
        back_populates="cycle", order_by="CycleStep.step", cascade="all, delete-orphan"
    )


class CycleStep(Versioned, Base):
    """A step of a cycle; ``completed_on`` is set when the officers mark it done."""

    __tablename__ = "cycle_step"
    __table_args__ = (
        UniqueConstraint("cycle_id", "step"),
        CheckConstraint("step BETWEEN 1 AND 5", name="step_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cycle_id: Mapped[int] = mapped_column(
        ForeignKey("steering_cycle.id", ondelete="CASCADE"), index=True
    )
    step: Mapped[int] = mapped_column(Integer)
    completed_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    cycle: Mapped[SteeringCycle] = relationship(back_populates="steps")
