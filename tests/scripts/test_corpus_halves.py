"""scripts/corpus_halves.py: each report lands in exactly one half, and a folder reused with the
halves swapped holds this run's half only (it once kept the other run's links beside them)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "corpus_halves.py"


def load_script():
    spec = importlib.util.spec_from_file_location("corpus_halves", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_corpus(folder: Path, count: int) -> set[str]:
    folder.mkdir()
    ids = {f"report-{n:02d}" for n in range(count)}
    for report_id in ids:
        (folder / f"{report_id}.json").write_text("{}")
        (folder / f"{report_id}.gold.json").write_text("{}")
    return ids


def ids_in(folder: Path) -> set[str]:
    return {path.name.removesuffix(".gold.json").removesuffix(".json") for path in folder.iterdir()}


def test_every_report_in_one_half_with_its_label(tmp_path):
    halves = load_script()
    ids = make_corpus(tmp_path / "corpus", 20)
    folders = halves.link_halves(tmp_path / "corpus", tmp_path / "links")
    read, held = ids_in(folders["read"]), ids_in(folders["held"])
    assert read and held and not read & held and read | held == ids
    assert len(list(folders["read"].iterdir())) == 2 * len(read)  # each report beside its gold


def test_a_reused_folder_holds_only_the_swapped_halves(tmp_path):
    halves = load_script()
    make_corpus(tmp_path / "corpus", 20)
    first = halves.link_halves(tmp_path / "corpus", tmp_path / "links")
    read_before = ids_in(first["read"])
    (first["read"] / "notes.txt").write_text("kept")  # not a link: never removed
    swapped = halves.link_halves(tmp_path / "corpus", tmp_path / "links", swap=True)
    assert ids_in(swapped["held"]) == read_before
    assert ids_in(swapped["read"]) - {"notes.txt"} == {
        f"report-{n:02d}" for n in range(20)} - read_before
    assert (swapped["read"] / "notes.txt").read_text() == "kept"
