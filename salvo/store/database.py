"""`Store`: every read and write of reports, extractions, corrections, import runs and attack rows.

The rest of Salvo depends on this interface, never on SQL: a storage backend is a database URL
SQLAlchemy speaks (salvo.store.connection) plus, when needed, a migration step (salvo.store.schema).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from salvo.store.correction_ledger import CorrectionLedger
from salvo.store.login_ledger import LoginLedger
from salvo.store.records import (
    RECORD_FIELDS,
    Correction,
    NewReport,
    ReportDetail,
    SavedReport,
    StoreError,
    apply_corrections,
    content_hash,
    parse_date,
    require_reason,
    utcnow,
    validate_field_value,
)
from salvo.store.schema import (
    attacks,
    corrections,
    extractions,
    import_runs,
    latest_extractions,
    reports,
    split_conflicts,
)
from salvo.store.sync_ledger import SyncLedger

# The statements ingest runs for every report, built once with bound parameters: building a
# statement (``.values(**row)``, ``.where(column == value)``) costs SQLAlchemy more than SQLite
# takes to run it, and was most of ingest's time per report (issue 17).
_LATEST_EXTRACTION = (
    sa.select(extractions.c.extractor_version, extractions.c.record)
    .where(extractions.c.report_id == sa.bindparam("report_id"))
    .order_by(extractions.c.id.desc())
    .limit(1)
)
_FIND_REPORT = (
    sa.select(reports.c.id, extractions.c.extractor_version)
    .join(extractions, extractions.c.report_id == reports.c.id)
    .where(reports.c.content_hash == sa.bindparam("identity"))
    .order_by(extractions.c.id.desc())
    .limit(1)
)
_REPORT_ID_BY_HASH = sa.select(reports.c.id).where(reports.c.content_hash == sa.bindparam("identity"))
_INSERT_REPORT = sa.insert(reports)
_INSERT_EXTRACTION = sa.insert(extractions)


def _latest_extraction(conn: Connection, report_id: int) -> sa.Row | None:
    """The report's current extraction (the newest): its ``extractor_version`` and ``record``,
    or None for a report with none."""
    return conn.execute(_LATEST_EXTRACTION, {"report_id": report_id}).first()


class Store(CorrectionLedger, SyncLedger, LoginLedger):
    """A handle on the database. Cheap to share: one per process (see
    `salvo.sources.default_data.get_store`)."""

    # --- import runs --------------------------------------------------------------------------

    def start_run(self, kind: str, source: str | None, author: str | None = None) -> int:
        """Open an import run; ``author`` is who made it (an editor's name, ``cli:user@host``)."""
        with self.write() as conn:
            return int(
                conn.execute(
                    sa.insert(import_runs).values(
                        kind=kind, source=source, started_at=utcnow(), added=0, skipped=0, failed=0,
                        author=(author or "").strip()[:200] or None,
                    )
                ).inserted_primary_key[0]
            )

    def finish_run(
        self, run_id: int, *, added: int, skipped: int, failed: int, details: dict[str, Any] | None = None
    ) -> None:
        with self.write() as conn:
            conn.execute(
                sa.update(import_runs)
                .where(import_runs.c.id == run_id)
                .values(finished_at=utcnow(), added=added, skipped=skipped, failed=failed, details=details)
            )

    def import_runs(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(import_runs).order_by(import_runs.c.id)).mappings().all()
        return [dict(row) for row in rows]

    # --- reports ------------------------------------------------------------------------------

    def find_report(self, identity: str) -> tuple[int, str] | None:
        """(report id, current extractor version) of the report with this content hash, if stored."""
        with self.engine.connect() as conn:
            row = conn.execute(_FIND_REPORT, {"identity": identity}).first()
        return (int(row[0]), str(row[1])) if row else None

    def find_reports(self, identities: Iterable[str]) -> dict[str, tuple[int, str]]:
        """`find_report` for many content hashes at once: hash -> (report id, current extractor
        version), for those stored (ingest looks up a whole batch in one query)."""
        wanted = sorted(set(identities))
        found: dict[str, tuple[int, str]] = {}
        if not wanted:
            return found
        with self.engine.connect() as conn:
            for start in range(0, len(wanted), 500):
                newest = (
                    sa.select(reports.c.content_hash, reports.c.id,
                              sa.func.max(extractions.c.id).label("newest"))
                    .join(extractions, extractions.c.report_id == reports.c.id)
                    .where(reports.c.content_hash.in_(wanted[start : start + 500]))
                    .group_by(reports.c.content_hash, reports.c.id)
                    .subquery()
                )
                rows = conn.execute(
                    sa.select(newest.c.content_hash, newest.c.id, extractions.c.extractor_version)
                    .join(extractions, extractions.c.id == newest.c.newest)
                )
                found.update((row.content_hash, (int(row.id), str(row.extractor_version))) for row in rows)
        return found

    def save_report(
        self, report: NewReport, record: dict[str, Any], extractor_version: str, run_id: int | None = None
    ) -> SavedReport:
        """Store a report and its record in one transaction.

        The same content again adds nothing; with another extractor version (or, for a report
        without text, a revised record) it adds a new extraction, which becomes current.
        Corrections stay as they are: they apply on top.
        """
        record = json.loads(json.dumps(record, default=str))  # as the database will give it back
        try:
            return self._save_report(report, record, extractor_version, run_id)
        except sa.exc.IntegrityError:
            # Another process stored the same content between our check and our insert:
            # the second attempt finds it and behaves as for any known report.
            return self._save_report(report, record, extractor_version, run_id)

    def _save_report(
        self, report: NewReport, record: dict[str, Any], extractor_version: str, run_id: int | None
    ) -> SavedReport:
        identity = report.identity(record)
        record_date = parse_date(record.get("attack_date"))
        with self.write() as conn:
            existing = conn.execute(_REPORT_ID_BY_HASH, {"identity": identity}).scalar_one_or_none()
            if existing is None:
                report_id = int(
                    conn.execute(
                        _INSERT_REPORT,
                        {
                            "content_hash": identity,
                            "kind": report.kind,
                            "external_id": report.external_id,
                            "source_url": report.source_url,
                            "source_path": report.source_path,
                            "outlet": report.outlet,
                            "source_type": report.source_type,
                            "published": report.published,
                            "language": report.language,
                            "title": report.title,
                            "text": report.text,
                            "ingested_at": utcnow(),
                            "import_run_id": run_id,
                        },
                    ).inserted_primary_key[0]
                )
                previous = None
            else:
                report_id = int(existing)
                previous = _latest_extraction(conn, report_id)
                if previous is not None and previous[0] == extractor_version and previous[1] == record:
                    return SavedReport(report_id, created=False, re_extracted=False, attack_dates=())
            conn.execute(
                _INSERT_EXTRACTION,
                {
                    "report_id": report_id,
                    "extractor_version": extractor_version,
                    "record": record,
                    "attack_date": record_date,
                    "created_at": utcnow(),
                },
            )
            # A report stored just now has no corrections yet: its record is its effective record.
            report_corrections = self._report_corrections(conn, report_id) if existing is not None else []
            effective_date = parse_date(apply_corrections(record, report_corrections).get("attack_date"))
        dates = {d for d in (record_date, effective_date) if d}
        if previous is not None:
            old_date = parse_date(previous[1].get("attack_date"))
            if old_date:
                dates.add(old_date)
        return SavedReport(
            report_id,
            created=existing is None,
            re_extracted=existing is not None,
            attack_dates=tuple(sorted(dates)),
        )

    def count_reports(self, kind: str | None = None) -> int:
        """How many reports are stored; with ``kind`` (text, curated, official), of that kind."""
        query = sa.select(sa.func.count()).select_from(reports)
        if kind is not None:
            query = query.where(reports.c.kind == kind)
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def list_reports(
        self, *, attack_date: date | None = None, limit: int | None = None
    ) -> list[dict[str, Any]]:
        """Reports newest first with their effective attack date and headline figures (no text)."""
        details = self._effective_records(attack_date=attack_date)
        details.sort(key=lambda r: (r["published"] or date.min, r["id"]), reverse=True)
        return details[:limit] if limit else details

    def source_urls(self, report_ids: Iterable[int]) -> dict[int, str]:
        """report id -> its source URL, for the reports given that have one (exports carry them)."""
        wanted = sorted(set(report_ids))
        urls: dict[int, str] = {}
        with self.engine.connect() as conn:
            for start in range(0, len(wanted), 500):
                rows = conn.execute(
                    sa.select(reports.c.id, reports.c.source_url)
                    .where(reports.c.id.in_(wanted[start : start + 500]), reports.c.source_url.is_not(None))
                ).all()
                urls.update((row.id, row.source_url) for row in rows)
        return urls

    HEADLINE_FIELDS = ("is_attack_report", "attack_date", "total_launched", "total_destroyed", "oblasts")

    def list_report_headlines(self) -> list[dict[str, Any]]:
        """`list_reports` for a listing: every report newest first, its record cut to
        HEADLINE_FIELDS (corrections applied). The database picks the fields out of each record,
        so an archive of 100,000 reports is read without decoding 100,000 full records."""
        with self.engine.connect() as conn:
            rows = conn.execute(self._headline_query()).all()
            all_corrections = self._all_report_corrections(conn)
        result = [self._headline(row, all_corrections.get(row.id, [])) for row in rows]
        result.sort(key=lambda r: (r["published"] or date.min, r["id"]), reverse=True)
        return result

    def report_headline_page(
        self, *, start: date | None = None, end: date | None = None, source_types: Iterable[str] = (),
        limit: int = 100, offset: int = 0,
    ) -> list[dict[str, Any]]:
        """One page of `list_report_headlines` (newest first: published, then id), keeping the
        reports whose effective attack night lies in [start, end] and whose source type is one of
        ``source_types`` (empty: any). Only the page's rows are read, so its cost does not grow
        with the archive."""
        limit, offset = max(int(limit), 0), max(int(offset), 0)
        with self.engine.connect() as conn:
            ids_query = (
                self._headline_filter(conn, sa.select(reports.c.id), start, end, tuple(source_types))
                .order_by(sa.nulls_last(reports.c.published.desc()), reports.c.id.desc())
                .limit(limit).offset(offset)
            )
            page_ids = list(conn.execute(ids_query).scalars())
            if not page_ids:
                return []
            rows = conn.execute(self._headline_query().where(reports.c.id.in_(page_ids))).all()
            page_corrections = self._report_corrections_of(conn, page_ids)
        by_id = {row.id: self._headline(row, page_corrections.get(row.id, [])) for row in rows}
        return [by_id[report_id] for report_id in page_ids]

    def count_report_headlines(
        self, *, start: date | None = None, end: date | None = None, source_types: Iterable[str] = (),
    ) -> int:
        """How many reports `report_headline_page` pages through with the same filters."""
        with self.engine.connect() as conn:
            query = self._headline_filter(
                conn, sa.select(sa.func.count()).select_from(reports), start, end, tuple(source_types))
            return int(conn.execute(query).scalar_one())

    def _headline_filter(
        self, conn: Connection, query: sa.Select, start: date | None, end: date | None,
        source_types: tuple[str, ...],
    ) -> sa.Select:
        """``query`` over reports that have an extraction, restricted to the listing's filters."""
        latest = latest_extractions()
        query = query.join(latest, latest.c.report_id == reports.c.id)
        if source_types:
            query = query.where(reports.c.source_type.in_(source_types))
        if start is None and end is None:
            return query
        # The night is the extraction's, unless an analyst corrected it: the few corrected
        # reports are dated here from their latest correction and matched by id.
        redated: dict[int, date | None] = {}
        for row in conn.execute(
            sa.select(corrections.c.report_id, corrections.c.new_value)
            .where(corrections.c.target == "report", corrections.c.field == "attack_date")
            .order_by(corrections.c.id)
        ):
            redated[row.report_id] = parse_date(row.new_value)
        in_range = [report_id for report_id, night in redated.items() if night is not None
                    and (start is None or night >= start) and (end is None or night <= end)]
        extracted = extractions.c.attack_date
        night_matches = sa.and_(
            extracted.is_not(None),
            extracted >= start if start is not None else sa.true(),
            extracted <= end if end is not None else sa.true(),
        )
        query = query.join(extractions, extractions.c.id == latest.c.extraction_id)
        unchanged = sa.and_(reports.c.id.not_in(sorted(redated)), night_matches) if redated else night_matches
        return query.where(sa.or_(unchanged, reports.c.id.in_(in_range)) if in_range else unchanged)

    @staticmethod
    def _headline_query() -> sa.Select:
        record = extractions.c.record
        latest = latest_extractions()
        return (
            sa.select(
                reports.c.id, reports.c.kind, reports.c.outlet, reports.c.source_type, reports.c.source_url,
                reports.c.published, reports.c.title, reports.c.language, reports.c.external_id,
                extractions.c.extractor_version,
                record["is_attack_report"].as_boolean().label("is_attack_report"),
                record["attack_date"].as_string().label("attack_date"),
                record["total_launched"].as_integer().label("total_launched"),
                record["total_destroyed"].as_integer().label("total_destroyed"),
                record["oblasts"].as_json().label("oblasts"),
            )
            .join(latest, latest.c.report_id == reports.c.id)
            .join(extractions, extractions.c.id == latest.c.extraction_id)
        )

    def _headline(self, row: Any, report_corrections: list[Correction]) -> dict[str, Any]:
        extracted = {name: getattr(row, name) for name in self.HEADLINE_FIELDS}
        headline = apply_corrections(extracted, report_corrections)
        headline = {name: headline.get(name) for name in self.HEADLINE_FIELDS}
        return {
            "id": row.id, "kind": row.kind, "outlet": row.outlet, "source_type": row.source_type,
            "source_url": row.source_url, "published": row.published, "title": row.title,
            "language": row.language, "external_id": row.external_id,
            "extractor_version": row.extractor_version,
            "attack_date": parse_date(headline["attack_date"]),
            "record": headline,
            "corrected_fields": sorted({c.field for c in report_corrections}),
        }

    def get_report(self, report_id: int) -> ReportDetail:
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(reports).where(reports.c.id == report_id)).mappings().first()
            if row is None:
                raise StoreError(f"no report {report_id}")
            extraction = _latest_extraction(conn, report_id)
            report_corrections = self._report_corrections(conn, report_id)
            ingested_by = None
            if row["import_run_id"] is not None:
                ingested_by = conn.execute(
                    sa.select(import_runs.c.author).where(import_runs.c.id == row["import_run_id"])
                ).scalar_one_or_none()
        record = dict(extraction[1]) if extraction else {}
        return ReportDetail(
            id=row["id"],
            kind=row["kind"],
            outlet=row["outlet"],
            source_type=row["source_type"],
            source_url=row["source_url"],
            source_path=row["source_path"],
            published=row["published"],
            language=row["language"],
            title=row["title"],
            text=row["text"],
            ingested_at=row["ingested_at"],
            extractor_version=extraction[0] if extraction else "",
            record=apply_corrections(record, report_corrections),
            extracted_record=record,
            corrections=report_corrections,
            ingested_by=ingested_by,
        )

    def effective_records(self, attack_dates: Iterable[date] | None = None) -> list[dict[str, Any]]:
        """Every report's metadata with its effective record, for consolidation.

        With ``attack_dates``, only reports whose effective record falls on one of those nights.
        """
        return self._effective_records(nights=set(attack_dates) if attack_dates is not None else None)

    def record_nights(self) -> dict[date, int]:
        """Every night a consolidation of the whole store may make a row for, with how many
        records it reads there: each night of a report's newest extraction, and each night an
        analyst moved a report to (counted once per such correction; the move's own night may
        differ from its extraction's, so a moved report can count on both). Counted by the
        database, a row per night: no record is read."""
        latest = latest_extractions()
        by_night = (
            sa.select(extractions.c.attack_date, sa.func.count())
            .join(latest, latest.c.extraction_id == extractions.c.id)
            .where(extractions.c.attack_date.is_not(None))
            .group_by(extractions.c.attack_date)
        )
        moved = sa.select(corrections.c.new_value).where(
            corrections.c.target == "report", corrections.c.field == "attack_date"
        )
        counts: dict[date, int] = {}
        with self.reading() as conn:
            for night, reports_there in conn.execute(by_night):
                counts[parse_date(night)] = int(reports_there)
            for value in conn.execute(moved).scalars():
                night = parse_date(value)
                if night is not None:
                    counts[night] = counts.get(night, 0) + 1
        return dict(sorted(counts.items()))

    def _effective_records(
        self, attack_date: date | None = None, nights: set[date] | None = None
    ) -> list[dict[str, Any]]:
        """Reports with their effective records; with ``nights``/``attack_date`` only those nights'.

        The database narrows by the extraction's own date; reports whose date an analyst
        corrected are always read, then everything is filtered on the effective date.
        """
        wanted = nights if nights is not None else ({attack_date} if attack_date is not None else None)
        columns = (
            reports.c.id,
            reports.c.kind,
            reports.c.outlet,
            reports.c.source_type,
            reports.c.source_url,
            reports.c.published,
            reports.c.title,
            reports.c.language,
            reports.c.external_id,
            extractions.c.extractor_version,
            extractions.c.record,
        )
        if wanted is not None and len(wanted) <= 500:
            # From the extractions of those nights (their date's index), keeping each report's
            # newest: joining every report's newest extraction first (`latest_extractions`) reads
            # the whole table, which made each ingest batch's consolidation grow with the archive.
            newer = extractions.alias("newer")
            redated = sa.select(corrections.c.report_id).where(corrections.c.field == "attack_date")
            on_a_night = sa.or_(extractions.c.attack_date.in_(sorted(wanted)),
                                extractions.c.report_id.in_(redated))
            superseded = sa.exists().where(newer.c.report_id == extractions.c.report_id,
                                           newer.c.id > extractions.c.id)
            query = (
                sa.select(*columns)
                .select_from(extractions.join(reports, reports.c.id == extractions.c.report_id))
                .where(on_a_night, ~superseded)
            )
        else:
            latest = latest_extractions()
            query = (
                sa.select(*columns)
                .join(latest, latest.c.report_id == reports.c.id)
                .join(extractions, extractions.c.id == latest.c.extraction_id)
            )
        with self.reading() as conn:
            rows = conn.execute(query).mappings().all()
            all_corrections = self._all_report_corrections(conn)
        result = []
        for row in rows:
            report_corrections = all_corrections.get(row["id"], [])
            record = apply_corrections(dict(row["record"]), report_corrections)
            night = parse_date(record.get("attack_date"))
            if wanted is not None and night not in wanted:
                continue
            result.append(
                {
                    "id": row["id"],
                    "kind": row["kind"],
                    "outlet": row["outlet"],
                    "source_type": row["source_type"],
                    "source_url": row["source_url"],
                    "published": row["published"],
                    "title": row["title"],
                    "language": row["language"],
                    "external_id": row["external_id"],
                    "extractor_version": row["extractor_version"],
                    "attack_date": night,
                    "record": record,
                    "corrected_fields": sorted({c.field for c in report_corrections}),
                }
            )
        return result

    # --- corrections --------------------------------------------------------------------------

    def correct_report(
        self, report_id: int, field_name: str, new_value: Any, *, reason: str, author: str
    ) -> Correction:
        """Record an analyst's change to one field of a report's record (kept across re-extraction)."""
        value = validate_field_value(field_name, new_value, RECORD_FIELDS)
        reason, author = require_reason(reason, author)
        detail = self.get_report(report_id)
        old = detail.record.get(field_name)
        return self._insert_correction(
            target="report", report_id=report_id, attack_date=None, field=field_name,
            old_value=old, new_value=value, reason=reason, author=author,
        )

    # --- live sources (salvo.sources.sync) -------------------------------------------------------------

    def find_report_by_url(self, url: str) -> tuple[int, str] | None:
        """(id, content hash) of the earliest report stored from this address, if any."""
        with self.engine.connect() as conn:
            row = conn.execute(
                sa.select(reports.c.id, reports.c.content_hash)
                .where(reports.c.source_url == url).order_by(reports.c.id).limit(1)
            ).first()
        return (int(row[0]), str(row[1])) if row else None

    def find_reports_by_url(self, urls: Iterable[str]) -> dict[str, int]:
        """`find_report_by_url` for many addresses at once: address -> the earliest report's id,
        for those stored (an ingested channel export looks up its new posts in one query)."""
        wanted = sorted(set(urls))
        found: dict[str, int] = {}
        with self.engine.connect() as conn:
            for start in range(0, len(wanted), 500):
                rows = conn.execute(
                    sa.select(reports.c.source_url, sa.func.min(reports.c.id).label("id"))
                    .where(reports.c.source_url.in_(wanted[start : start + 500]))
                    .group_by(reports.c.source_url)
                )
                found.update((row.source_url, int(row.id)) for row in rows)
        return found

    def revise_report(
        self, report_id: int, text: str, record: dict[str, Any], extractor_version: str,
        run_id: int | None = None,
    ) -> SavedReport:
        """A post edited at its source: the report takes the new text and its record becomes the
        current extraction (the old ones stay, as after any re-extraction; corrections apply on
        top). StoreError when another report already holds that text."""
        record = json.loads(json.dumps(record, default=str))
        identity = content_hash(text)
        record_date = parse_date(record.get("attack_date"))
        try:
            with self.write() as conn:
                latest = _latest_extraction(conn, report_id)
                previous = latest.record if latest is not None else None
                updated = conn.execute(
                    sa.update(reports).where(reports.c.id == report_id)
                    .values(text=text, content_hash=identity, import_run_id=run_id)
                )
                if updated.rowcount != 1:
                    raise StoreError(f"no report {report_id}")
                conn.execute(sa.insert(extractions).values(
                    report_id=report_id, extractor_version=extractor_version, record=record,
                    attack_date=record_date, created_at=utcnow(),
                ))
                effective_date = parse_date(
                    apply_corrections(record, self._report_corrections(conn, report_id)).get("attack_date")
                )
        except sa.exc.IntegrityError:
            raise StoreError(f"report {report_id}: another report already holds the revised text") from None
        old_date = parse_date((previous or {}).get("attack_date"))
        dates = {d for d in (record_date, effective_date, old_date) if d}
        return SavedReport(report_id, created=False, re_extracted=True, attack_dates=tuple(sorted(dates)))

    # --- attacks ------------------------------------------------------------------------------

    def replace_attacks(
        self, rows: dict[date, tuple[dict[str, Any], list[int]]], nights: Iterable[date] | None
    ) -> None:
        """Write consolidated rows (as consolidate.consolidate_night makes them, conflicts included:
        they are stored apart, see `split_conflicts`). ``nights`` None replaces every row; otherwise
        only those nights (a night in ``nights`` but not in ``rows`` has no reports left and is
        removed)."""
        with self.write() as conn:
            if nights is None:
                conn.execute(sa.delete(attacks))
            else:
                night_list = sorted(set(nights))
                for start in range(0, len(night_list), 500):
                    conn.execute(
                        sa.delete(attacks).where(attacks.c.attack_date.in_(night_list[start : start + 500]))
                    )
            now = utcnow()
            payload = []
            for night, (row, report_ids) in sorted(rows.items()):
                compact, night_conflicts = split_conflicts(row)
                payload.append({"attack_date": night, "row": compact, "conflicts": night_conflicts,
                                "report_ids": report_ids, "computed_at": now})
            if payload:
                conn.execute(sa.insert(attacks), payload)

    def attack_rows(self) -> list[dict[str, Any]]:
        """The stored consolidated rows, by night; each a dict of attack-table columns
        (``conflict_fields``, not the conflicts: `get_attack` and `attack_conflicts` give those)."""
        with self.engine.connect() as conn:
            rows = conn.execute(sa.select(attacks.c.row).order_by(attacks.c.attack_date)).scalars().all()
        return [dict(row) for row in rows]

    def get_attack(self, attack_date: date) -> dict[str, Any] | None:
        """One night's consolidated row with its full ``conflicts`` (field -> every disagreeing
        candidate; {} when none) and the ids of its reports."""
        with self.engine.connect() as conn:
            row = (
                conn.execute(
                    sa.select(attacks.c.row, attacks.c.conflicts, attacks.c.report_ids)
                    .where(attacks.c.attack_date == attack_date)
                )
                .mappings()
                .first()
            )
        if row is None:
            return None
        conflicts = dict(row["conflicts"] or {})
        return {**row["row"], "conflicts": conflicts, "report_ids": list(row["report_ids"])}

    def attack_conflicts(self, nights: Iterable[date] | None = None) -> dict[date, dict[str, Any]]:
        """night -> its conflicts (field -> every disagreeing candidate: value, source,
        source_type, report_id, bound; the chosen value first), for the nights that have any;
        all nights, or only those of ``nights``. For exports: the attack table carries only
        ``conflict_fields``."""
        query = sa.select(attacks.c.attack_date, attacks.c.conflicts).where(attacks.c.conflicts.is_not(None))
        if nights is None:
            queries = [query]
        else:
            wanted = sorted(set(nights))
            queries = [query.where(attacks.c.attack_date.in_(wanted[start : start + 500]))
                       for start in range(0, len(wanted), 500)]
        result: dict[date, dict[str, Any]] = {}
        with self.engine.connect() as conn:
            for part in queries:
                result.update((night, dict(conflicts)) for night, conflicts in conn.execute(part))
        return dict(sorted(result.items()))
