"""What the store keeps of the analysts' and editors' own words: corrections of a report's or a
night's figures (the audit trail, applied over extraction and consolidation) and dated
annotations. A part of `salvo.store.Store`; `Store.correct_report` stays there, as it reads the
report's record first."""

from __future__ import annotations

from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from salvo.store.connection import StoreConnection
from salvo.store.records import (
    ATTACK_CORRECTABLE,
    Annotation,
    Correction,
    annotation_values,
    correction_from_row,
    require_reason,
    utcnow,
    validate_field_value,
)
from salvo.store.schema import annotations, corrections

_REPORT_CORRECTIONS = (
    sa.select(corrections)
    .where(corrections.c.report_id == sa.bindparam("report_id"))
    .order_by(corrections.c.id)
)


class CorrectionLedger(StoreConnection):
    """Corrections and annotations (a part of `salvo.store.Store`)."""

    def correct_attack(
        self,
        attack_date: date,
        field_name: str,
        new_value: Any,
        *,
        reason: str,
        author: str,
        old_value: Any = None,
    ) -> Correction:
        """Record an analyst's change to one figure of an attack night (applied after consolidation)."""
        value = validate_field_value(field_name, new_value, ATTACK_CORRECTABLE)
        reason, author = require_reason(reason, author)
        return self._insert_correction(
            target="attack", report_id=None, attack_date=attack_date, field=field_name,
            old_value=old_value, new_value=value, reason=reason, author=author,
        )

    # --- annotations --------------------------------------------------------------------------

    def add_annotation(self, night: date | str, text: str, *, author: str) -> Annotation:
        """Record an editor's dated note (one line of at most ANNOTATION_MAX_LENGTH characters);
        a StoreError says what is wrong with it, and nothing is written then."""
        night, text, author = annotation_values(night, text, author)
        created_at = utcnow()
        with self.write() as conn:
            result = conn.execute(sa.insert(annotations).values(
                night=night, text=text, author=author, created_at=created_at))
            annotation_id = int(result.inserted_primary_key[0])
        return Annotation(annotation_id, night, text, author, created_at)

    def annotations(self, start: date | None = None, end: date | None = None) -> list[Annotation]:
        """The annotations about days in [start, end] (either end open), by day, then as added."""
        query = sa.select(annotations).order_by(annotations.c.night, annotations.c.id)
        if start is not None:
            query = query.where(annotations.c.night >= start)
        if end is not None:
            query = query.where(annotations.c.night <= end)
        with self.reading() as conn:
            return [Annotation(row.id, row.night, row.text, row.author, row.created_at)
                    for row in conn.execute(query)]

    def _insert_correction(self, **values: Any) -> Correction:
        with self.write() as conn:
            result = conn.execute(sa.insert(corrections).values(**values, created_at=utcnow()))
            correction_id = int(result.inserted_primary_key[0])
        return self._correction(correction_id)

    def corrections(
        self, *, report_id: int | None = None, attack_date: date | None = None
    ) -> list[Correction]:
        """The audit trail, oldest first; filtered to one report or one attack night if asked."""
        query = sa.select(corrections).order_by(corrections.c.id)
        if report_id is not None:
            query = query.where(corrections.c.report_id == report_id)
        if attack_date is not None:
            query = query.where(corrections.c.attack_date == attack_date)
        with self.reading() as conn:
            return [correction_from_row(row) for row in conn.execute(query).mappings()]

    def attack_corrections(self) -> dict[date, list[Correction]]:
        result: dict[date, list[Correction]] = {}
        for correction in self.corrections():
            if correction.target == "attack" and correction.attack_date:
                result.setdefault(correction.attack_date, []).append(correction)
        return result

    def _correction(self, correction_id: int) -> Correction:
        with self.engine.connect() as conn:
            row = (
                conn.execute(sa.select(corrections).where(corrections.c.id == correction_id)).mappings().one()
            )
        return correction_from_row(row)

    @staticmethod
    def _report_corrections(conn: Connection, report_id: int) -> list[Correction]:
        rows = conn.execute(_REPORT_CORRECTIONS, {"report_id": report_id}).mappings()
        return [correction_from_row(row) for row in rows]

    @staticmethod
    def _report_corrections_of(conn: Connection, report_ids: list[int]) -> dict[int, list[Correction]]:
        rows = conn.execute(
            sa.select(corrections)
            .where(corrections.c.target == "report", corrections.c.report_id.in_(report_ids))
            .order_by(corrections.c.id)
        ).mappings()
        result: dict[int, list[Correction]] = {}
        for row in rows:
            result.setdefault(row["report_id"], []).append(correction_from_row(row))
        return result

    @staticmethod
    def _all_report_corrections(conn: Connection) -> dict[int, list[Correction]]:
        rows = conn.execute(
            sa.select(corrections).where(corrections.c.target == "report").order_by(corrections.c.id)
        ).mappings()
        result: dict[int, list[Correction]] = {}
        for row in rows:
            result.setdefault(row["report_id"], []).append(correction_from_row(row))
        return result
