"""Extraction on a (local, in-process) Dask cluster writes records the store ingests, and they
are the records a local ingest of the same files gives."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from salvo.distributed import extract_on_cluster, main, store_extracted
from salvo.sources.ingest import ingest_paths
from salvo.store import Store

distributed = pytest.importorskip("dask.distributed")

# Reports written for this test in the style of morning statements.
REPORTS = [
    ("2025-07-04", "Overnight into 4 July the enemy launched 120 Shahed drones at Ukraine. "
                   "Air defence shot down 101 of them. Debris fell in Kharkiv."),
    ("2025-07-06", "On the night of 6 July Russia attacked with 80 drones and 6 cruise missiles; "
                   "70 drones and 5 missiles were shot down, the air force said."),
    ("2025-07-06", "Russia launched 80 drones and 6 missiles overnight, Ukraine's air force said, "
                   "adding that 70 drones and 5 missiles were destroyed."),
]


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                       dashboard_address=None)
    with distributed.Client(cluster) as dask_client:
        yield dask_client
    cluster.close()


def write_folder(folder) -> None:
    folder.mkdir()
    for i, (published, text) in enumerate(REPORTS):
        (folder / f"r{i}.json").write_text(json.dumps({"id": f"r{i}", "date_hint": published, "text": text}))
    (folder / "broken.txt").write_bytes(b"\x00\x01 not text")


def stored(store: Store) -> dict:
    return {row["attack_date"]: (row["drones_launched"], row["drones_destroyed"], row["n_reports"])
            for row in store.attack_rows()}


def test_a_cluster_run_stores_what_a_local_ingest_stores(client, tmp_path):
    write_folder(tmp_path / "archive")
    parts = extract_on_cluster(tmp_path / "archive", tmp_path / "out", partitions=2)
    assert len(parts) == 2
    cluster_store = Store(f"sqlite:///{tmp_path / 'cluster.sqlite'}")
    summary = store_extracted(cluster_store, tmp_path / "out")
    assert summary.added == 3
    assert [name for name, _ in summary.failed] == [str(tmp_path / "archive" / "broken.txt")]
    assert "binary" in summary.failed[0][1]

    local_store = Store(f"sqlite:///{tmp_path / 'local.sqlite'}")
    ingest_paths(local_store, [tmp_path / "archive"])
    assert stored(cluster_store) == stored(local_store)
    assert stored(cluster_store)["2025-07-04"][:2] == (120, 101)
    # the same extractor version: a later local ingest of these files extracts nothing again
    again = ingest_paths(cluster_store, [tmp_path / "archive"])
    assert again.added == 0 and again.unchanged == 3


def test_storing_a_run_twice_adds_nothing(client, tmp_path):
    write_folder(tmp_path / "archive")
    extract_on_cluster(tmp_path / "archive", tmp_path / "out")
    store = Store(f"sqlite:///{tmp_path / 'store.sqlite'}")
    store_extracted(store, tmp_path / "out")
    second = store_extracted(store, tmp_path / "out")
    assert second.added == 0 and second.unchanged == 3
    assert store.count_reports() == 3


def test_a_parquet_archive_is_extracted_row_by_row(client, tmp_path):
    frame = pd.DataFrame({"id": ["a", "b", "c", "d"],
                          "published": [r[0] for r in REPORTS] + ["2025-07-07"],
                          "text": [r[1] for r in REPORTS] + [""],
                          "outlet": ["Ukrainian Air Force", "Ukrainian Air Force", "Example Wire", None]})
    frame.to_parquet(tmp_path / "archive.parquet")
    extract_on_cluster(tmp_path / "archive.parquet", tmp_path / "out", partitions=2)
    store = Store(f"sqlite:///{tmp_path / 'store.sqlite'}")
    summary = store_extracted(store, tmp_path / "out")
    assert summary.added == 3
    assert [name for name, _ in summary.failed] == ["row d"]
    assert "no text" in summary.failed[0][1]
    assert stored(store)["2025-07-06"][2] == 2


def test_a_parquet_archive_without_text_is_refused(client, tmp_path):
    pd.DataFrame({"body": ["x"]}).to_parquet(tmp_path / "archive.parquet")
    with pytest.raises(ValueError, match="'text' column"):
        extract_on_cluster(tmp_path / "archive.parquet", tmp_path / "out")


def test_store_command_explains_a_folder_without_output(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["store", str(tmp_path), "--database", f"sqlite:///{tmp_path / 's.sqlite'}"])
    assert exit_info.value.code == 1
    assert "no extraction output" in capsys.readouterr().err
