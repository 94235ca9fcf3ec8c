"""`python -m bench` runs its sections on a tiny archive and writes the keys runs are compared
by. Behaviour only: how fast anything is, is the bench's to say, not a test's."""
from __future__ import annotations

import json
import os

import pytest

from bench.__main__ import FULL_SIZES, QUICK_SIZES, main, parse_args
from bench.corpus import build_corpus, kind_of, size_summary
from salvo.dashboard.pages import PAGE_NAMES


def test_sizes_default_to_the_full_set_and_quick_is_smaller():
    assert parse_args([]).sizes == FULL_SIZES == [1_000, 10_000, 100_000]
    assert parse_args(["--quick"]).sizes == QUICK_SIZES
    assert parse_args(["--sizes", "200,50,200"]).sizes == [50, 200]


@pytest.mark.parametrize("argv", [["--sizes", "ten"], ["--sizes", "0"], ["--sections", "nonsense"]])
def test_bad_options_are_refused(argv):
    with pytest.raises(SystemExit):
        parse_args(argv)


def test_smaller_archives_are_prefixes_of_larger_ones():
    assert build_corpus(40, nights=30) == build_corpus(80, nights=30)[:40]


def test_a_tiny_run_writes_every_compared_key(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("SALVO_DATABASE_URL", raising=False)
    output = tmp_path / "results.json"
    main(["--sizes", "30,60", "--sections", "extraction,parallel,ingest,pages",
          "--workdir", str(tmp_path / "work"), "--output", str(output)])
    results = json.loads(output.read_text())
    assert results["extract_articles_per_s"] > 0 and results["extract_all_cores_articles_per_s"] > 0
    assert results["ingest_reports_per_s"] > 0
    pages = set(PAGE_NAMES)
    assert set(results["page_cold_ms"]) == set(results["page_warm_ms"]) == pages
    assert set(results["page_cold_ms_by_size"]) == {"30", "60"}
    assert results["extract_profile"]["by_module"]
    table = capsys.readouterr().out
    assert table.count("section") == 1  # one table
    assert "reports/s, 60 reports" in table
    assert "SALVO_DATABASE_URL" not in os.environ  # the app's store is left alone


def test_the_corpus_has_real_sizes_in_three_languages_and_no_two_texts_alike():
    corpus = build_corpus(320, nights=30)
    sizes = size_summary(corpus)
    assert {"article", "statement", "governor", "foreign"} <= set(sizes)
    assert sizes["article"]["min"] >= 2000 and sizes["article"]["max"] <= 5000
    assert sizes["statement"]["min"] >= 500 and sizes["statement"]["max"] <= 1600
    assert sizes["governor"]["max"] < 500
    texts = [text for text, _ in corpus]
    assert len(set(texts)) == len(texts)
    articles = [text for i, (text, _) in enumerate(corpus) if kind_of(i) == "article"]
    assert any("Russia" in text for text in articles)
    assert any("Росія" in text for text in articles)  # Ukrainian
    assert any("Россия" in text for text in articles)  # Russian


def test_records_are_saved_then_compared_report_by_report(tmp_path, capsys):
    saved = tmp_path / "records.json"
    argv = ["--sizes", "24", "--sections", "extraction", "--workdir", str(tmp_path / "work"),
            "--records", str(saved)]
    main([*argv, "--output", str(tmp_path / "first.json")])
    assert "records saved to records.json" in capsys.readouterr().out
    main([*argv, "--output", str(tmp_path / "second.json")])
    second = json.loads((tmp_path / "second.json").read_text())
    assert (second["records_compared"], second["records_differing"]) == (24, 0)
    assert "records identical to records.json" in capsys.readouterr().out
    # An extractor that reads one report otherwise is caught, and the report named.
    digests = json.loads(saved.read_text())["digests"]
    digests[5] = "0" * 64
    saved.write_text(json.dumps({"digests": digests}))
    main([*argv, "--output", str(tmp_path / "third.json")])
    third = json.loads((tmp_path / "third.json").read_text())
    assert third["records_differing"] == 1 and third["records_differing_first"] == [5]
