"""Issue 15: generated hostile files through every file entrance (corpus JSON, Telegram exports,
the official CSV): each is stored, or refused with a clear reason, and nothing raises; the attack
table then is the one a rebuild gives and reads without error."""
from __future__ import annotations

import json
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salvo import consolidate, table
from salvo.sources import official
from salvo.sources.ingest import ingest_upload
from salvo.store import Store
from tests.store.conftest import FakeExtractor, record

HOSTILE_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30), st.sampled_from(["²", "١٢٣", "99999999999999999999", "\ud800", "\udc80x", "-1",
                                           "1e400", "", " ", "=1+1", "\r=3+3", "2025-02-30", "kpszsu"]),
)
HOSTILE_VALUES = st.recursive(HOSTILE_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=8), inner, max_size=3)), max_leaves=6)
FIELDS = ["id", "url", "lang", "date_hint", "published", "title", "outlet", "text"]

CORPUS_ITEM = st.dictionaries(st.sampled_from(FIELDS), HOSTILE_VALUES, max_size=6).map(
    lambda item: {"text": "Report: the enemy launched drones overnight.", **item})
TELEGRAM_MESSAGE = st.fixed_dictionaries(
    {"id": st.one_of(st.integers(), HOSTILE_VALUES), "type": st.sampled_from(["message", "service"]),
     "text": st.one_of(st.just("Overnight the enemy launched drones."), HOSTILE_VALUES)},
    optional={"date_unixtime": HOSTILE_VALUES, "date": HOSTILE_VALUES, "forwarded_from": HOSTILE_VALUES})
TELEGRAM_EXPORT = st.fixed_dictionaries(
    {"messages": st.lists(TELEGRAM_MESSAGE, max_size=4)},
    optional={"name": HOSTILE_VALUES, "id": HOSTILE_VALUES, "type": HOSTILE_VALUES})
DOCUMENT = st.one_of(CORPUS_ITEM, st.lists(CORPUS_ITEM, max_size=3), TELEGRAM_EXPORT,
                     st.fixed_dictionaries({"chats": st.fixed_dictionaries({"list": st.lists(TELEGRAM_EXPORT,
                                                                                            max_size=2)})}))


def _encode(document: object) -> bytes:
    # Lone surrogates travel as JSON escapes, as in a real hostile file.
    return json.dumps(document, ensure_ascii=True, allow_nan=True).encode()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    handle = Store(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'salvo.sqlite'}")
    yield handle
    handle.close()


EXTRACTOR = FakeExtractor({"": record(attack_date="2025-07-04", drones_launched=40)}).as_extractor()
COUNTED: dict[str, int] = {"files": 0, "failed": 0, "csv": 0}


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(DOCUMENT, st.sampled_from(["result.json", "report.json", "x.json"]))
def test_a_hostile_json_file_is_stored_or_refused_never_raises(store, document, name):
    summary = ingest_upload(store, name, _encode(document), extractor=EXTRACTOR)
    COUNTED["files"] += 1
    COUNTED["failed"] += len(summary.failed)
    for _item, reason in summary.failed:
        assert reason and "Traceback" not in reason
        reason.encode("utf-8")  # printable: no lone surrogate reaches a terminal


ODD_CELLS = ["1e400", "-1e400", "nan", "1e30", "99999999999999999999", "²", "", "12.5", "-5", "=1+1", "\"",
             "2025-07-04 18:00", "Shahed-136/131", "kpszsu/posts/a"]
CELL = st.one_of(st.sampled_from(ODD_CELLS), st.text(alphabet=string.printable, max_size=12))


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(st.lists(st.tuples(CELL, CELL, CELL, CELL, CELL, CELL), min_size=1, max_size=4))
def test_a_hostile_official_csv_is_imported_or_refused_never_raises(store, rows):
    def quoted(cell: str) -> str:
        return '"' + cell.replace('"', '""') + '"'

    data = "time_start,time_end,model,launched,destroyed,source\n" + "".join(
        ",".join(quoted(c) for c in row) + "\n" for row in rows)
    COUNTED["csv"] += 1
    try:
        official.import_official(store, data.encode())
    except official.OfficialFormatError as error:
        assert str(error)


def test_after_the_fuzz_the_table_reads_and_equals_a_rebuild(store):
    stored = store.attack_rows()
    consolidate.refresh(store)
    assert store.attack_rows() == stored
    table.attack_table(store)
    print(f"fuzzed {COUNTED['files']} JSON files ({COUNTED['failed']} items refused with a reason) "
          f"and {COUNTED['csv']} official CSVs: no exception")
