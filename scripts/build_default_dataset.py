"""Build data/default_reports.jsonl, the nights Salvo ships with, from the labelled corpora.

    .venv/bin/python scripts/build_default_dataset.py     # ../shared/corpus/dev, dev-uk, dev2, dev2-uk
    .venv/bin/python scripts/build_default_dataset.py --corpus DIR -o FILE

For every report with a hand label (<id>.gold.json) the file gets one line of FACTS: id, URL,
outlet, source type, publication date, language and the record's fields (dates, figures,
oblasts, cities; and, for the figures it got right, the extractor's lower/upper-bound flags and
the scope of a figure that counts one place's weapons: ``scopes``, so that a governor's count
stays that region's and never becomes the night's national figure). Never the article's text,
never the labeller's notes.

Where the extractor's record agrees with the hand label on every labelled field, the line also
carries what no hand label covers: the weapon models it names with their counts (``weapons``:
model, class, family, launched, destroyed), the launch areas (``launch_areas``: canonical
names of data/launch_areas.csv), the casualties it ties to one place (``casualties_by_place``:
place -> killed, injured), the weapons it counts as having hit (``hits_by_class``: class ->
count) and the places where only debris fell (``debris_places``). They give the shipped nights
family figures (the Timeline's family chart, the Weapons page), hits, directions, casualties per
place and debris on the Map; a line whose figures the extractor got wrong carries none of them,
its models being as doubtful as its figures.

Where the figures come from is recorded per line in ``provenance``:
- ``extractor+reviewed``: the extractor's record, which agrees with the hand label on every field;
- ``gold``: the hand label (the extractor disagreed on some field, or was not available);
  ``--no-extractor`` builds from the labels alone.
The outlet and source type come from the URL (or, for a report without one, from its dateline),
read in memory only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from salvo.sources.default_data import DEFAULT_DATASET_PATH  # noqa: E402
from salvo.sources.outlets import classify_source  # noqa: E402 (needs the project on the path first)
from salvo.store import RECORD_FIELDS, parse_date  # noqa: E402

DEFAULT_CORPORA = [ROOT.parent / "shared" / "corpus" / name for name in ("dev", "dev-uk", "dev2", "dev2-uk")]


def _same(left: Any, right: Any) -> bool:
    if isinstance(left, list) and isinstance(right, list):
        return sorted(map(str, left)) == sorted(map(str, right))
    return left == right


def load_extractor() -> Any | None:
    try:
        from extract import extract_report
    except ImportError as error:
        print(f"extractor not available ({error}); building from the hand labels", file=sys.stderr)
        return None
    return extract_report


WEAPON_KEYS = ("model", "class", "family", "launched", "destroyed")


def unlabelled_extras(extracted: dict[str, Any]) -> dict[str, Any]:
    """The extractor's weapon models (counts, no evidence), launch-area names, the killed and
    injured it ties to one place (``casualties_by_place``) and the weapons that hit by class
    (``hits_by_class``) and the places where only debris fell (``debris_places``), where it gives any."""
    extras: dict[str, Any] = {}
    weapons = [{key: item.get(key) for key in WEAPON_KEYS} for item in extracted.get("weapons") or []]
    if weapons:
        extras["weapons"] = weapons
    areas = [area["name"] for area in extracted.get("launch_areas") or []]
    if areas:
        extras["launch_areas"] = areas
    by_place = extracted.get("casualties_by_place")
    if by_place:
        extras["casualties_by_place"] = by_place
    hits = extracted.get("hits_by_class")
    if hits:
        extras["hits_by_class"] = dict(hits)
    debris = extracted.get("debris_places")
    if debris:
        extras["debris_places"] = list(debris)
    return extras


def agreeing(flags: Any, extracted: dict[str, Any], facts: dict[str, Any]) -> dict[str, Any]:
    """The extractor's per-figure flags (``bounds``, ``scopes``) of the figures it got right: only
    those describe the shipped value."""
    return {
        name: flag
        for name, flag in (flags or {}).items()
        if name in facts and facts[name] is not None and _same(extracted.get(name), facts[name])
    }


def build_line(report: dict[str, Any], gold: dict[str, Any], extract_report: Any | None) -> dict[str, Any]:
    """One shipped line: the facts of a labelled report and where its figures come from."""
    facts = {name: gold.get(name) for name in RECORD_FIELDS}
    facts["oblasts"] = list(facts["oblasts"] or [])
    facts["cities"] = list(facts["cities"] or [])
    provenance = "gold"
    if extract_report is not None:
        result = extract_report(report["text"], published=report.get("date_hint"))
        extracted = result.to_dict() if hasattr(result, "to_dict") else dict(result)
        if all(_same(extracted.get(name), facts[name]) for name in RECORD_FIELDS):
            provenance = "extractor+reviewed"
        # "more than 500" stays a lower bound, and a governor's count that region's (consolidation
        # keeps it out of the national figure): the extractor's flags, where its value is the shipped one
        for key in ("bounds", "scopes"):
            flags = agreeing(extracted.get(key), extracted, facts)
            if flags:
                facts[key] = flags
        if provenance == "extractor+reviewed":
            facts.update(unlabelled_extras(extracted))
    url = report.get("url") if "://" in str(report.get("url") or "") else None
    source = classify_source(url, None, report["text"])
    published = parse_date(report.get("date_hint"))
    return {
        "id": report["id"],
        "url": url,
        "outlet": source.outlet,
        "source_type": source.source_type,
        "published": published.isoformat() if published else None,
        "language": report.get("lang"),
        "provenance": provenance,
        "record": facts,
    }


def build(corpora: list[Path], use_extractor: bool) -> list[dict[str, Any]]:
    """One line per labelled report of the corpora. Ids must be unique across them: a shipped
    report is stored under its id, so a repeated id would make two reports one."""
    extract_report = load_extractor() if use_extractor else None
    lines: list[dict[str, Any]] = []
    seen: dict[str, Path] = {}
    for corpus in corpora:
        for gold_path in sorted(corpus.glob("*.gold.json")):
            report_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".json"))
            if not report_path.exists():
                continue
            report = json.loads(report_path.read_text(encoding="utf-8"))
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            if report["id"] in seen:
                raise SystemExit(f"id {report['id']} of {report_path} is also in {seen[report['id']]}")
            seen[report["id"]] = report_path
            lines.append(build_line(report, gold, extract_report))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", type=Path, action="append", help="corpus folder (repeatable)")
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_DATASET_PATH)
    parser.add_argument("--no-extractor", action="store_true", help="use the hand labels only")
    args = parser.parse_args(argv)
    corpora = args.corpus or [c for c in DEFAULT_CORPORA if c.exists()]
    if not corpora:
        print("no corpus folder found (expected ../shared/corpus/dev …)", file=sys.stderr)
        return 1
    lines = build(corpora, not args.no_extractor)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(
        "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8"
    )
    by_provenance: dict[str, int] = {}
    for line in lines:
        by_provenance[line["provenance"]] = by_provenance.get(line["provenance"], 0) + 1
    dated = sum(1 for line in lines if line["record"]["attack_date"] and line["record"]["is_attack_report"])
    print(f"wrote {len(lines)} reports ({dated} dated attack reports) to {args.output}: {by_provenance}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
