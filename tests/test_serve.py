"""The launcher (`python -m salvo.serve`): runs `streamlit run app.py` with the caller's options
and reads ahead in the background, so the first page finds the attack table in the process cache."""
from __future__ import annotations

import gc
import threading

import pytest

from salvo import serve, store, table


@pytest.fixture
def collector_restored():
    yield
    gc.unfreeze()
    gc.enable()


def test_read_ahead_fills_the_cache_the_first_page_reads(tmp_path, monkeypatch, collector_restored):
    handle = store.Store(f"sqlite:///{tmp_path / 'salvo.sqlite'}")
    monkeypatch.setattr(store, "get_store", lambda: handle)
    reads = []
    real_attack_table = table.attack_table
    monkeypatch.setattr(table, "attack_table", lambda s: reads.append(s) or real_attack_table(s))

    serve.read_ahead()
    assert reads == [handle]
    table.load_attacks(handle)  # what the first page's cached reader calls
    assert reads == [handle]  # served from the cache the read-ahead filled


def test_a_failing_read_ahead_is_logged_not_raised(monkeypatch, caplog, collector_restored):
    def unreachable():
        raise RuntimeError("store unreachable")

    monkeypatch.setattr(store, "get_store", unreachable)
    serve.read_ahead()
    assert "reading ahead failed" in caplog.text
    assert "store unreachable" in caplog.text


def test_main_runs_streamlit_on_the_app_with_the_callers_options(monkeypatch, collector_restored):
    from streamlit.web import cli

    calls = []
    monkeypatch.setattr(cli, "main", lambda args, prog_name: calls.append((args, prog_name)))
    read = threading.Event()
    monkeypatch.setattr(serve, "read_ahead", lambda: (read.set(), serve.import_page_modules()))

    serve.main(["--server.port", "8599"])
    assert calls == [(["run", str(serve.APP), "--server.port", "8599"], "streamlit")]
    assert read.wait(10)
    for thread in threading.enumerate():
        if thread.name == "salvo-read-ahead":
            thread.join(10)
    assert gc.isenabled()  # paused for the imports only
