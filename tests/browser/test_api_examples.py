"""README's API examples, run as written against the real server (server.py, as `make run` serves
it): its curl commands and its pandas lines, with only the address swapped for the test server's.
On a store holding the shipped data and, when ../shared/reference is there, the official series
imported (the issue's check: January 2025's rows answer). Nothing of the official data is kept."""
from __future__ import annotations

import csv
import io
import json
import re
import shlex
import subprocess
from collections.abc import Iterator

import pandas as pd
import pytest

from tests.browser.harness import ROOT, streamlit_server
from tests.browser.test_weapons_directions import REFERENCE, store_frame

README_ADDRESS = "http://localhost:8501"


def readme_api_examples() -> tuple[list[str], str]:
    """The API section's curl commands and its Python block, as README gives them."""
    section = (ROOT / "README.md").read_text().split("\n## API\n", 1)[1].split("\n## ", 1)[0]
    shell = re.findall(r"```sh\n(.*?)```", section, flags=re.S)
    python = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    commands = [line for block in shell for line in block.splitlines() if line.startswith("curl ")]
    assert len(commands) == 2 and len(python) == 1, "README's API examples changed shape"
    return commands, python[0]


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, pd.DataFrame, bool]]:
    """The app over the shipped data, with the official series imported when it is at hand:
    (base URL, the store's attack table, whether the series is in it)."""
    workdir = tmp_path_factory.mktemp("api-app")
    path = workdir / "salvo.sqlite"
    official = (REFERENCE / "missile_attacks_daily.csv").exists()
    if official:
        from salvo.sources.official import import_official
        from salvo.store import Store

        store = Store(f"sqlite:///{path}")
        import_official(store, REFERENCE / "missile_attacks_daily.csv", REFERENCE / "missiles_and_uavs.csv")
        store.close()
    frame = store_frame(path)
    with streamlit_server(ROOT / "app.py", workdir, {"SALVO_DATABASE_URL": f"sqlite:///{path}"}) as url:
        yield url, frame, official


def run_curl(command: str, base: str, workdir) -> bytes:
    """Run one of README's curl commands against `base`; its output (stdout, or the file it writes)."""
    words = shlex.split(command.replace(README_ADDRESS, base))
    done = subprocess.run(words, cwd=workdir, capture_output=True, timeout=60, check=True)
    if "-o" in words:
        return (workdir / words[words.index("-o") + 1]).read_bytes()
    return done.stdout


def month_nights(frame: pd.DataFrame, start: str, end: str) -> pd.DataFrame:
    return frame[(frame["attack_date"] >= start) & (frame["attack_date"] <= end)]


def test_readme_curl_examples_answer_the_asked_month(served, tmp_path):
    base, frame, official = served
    (json_command, csv_command) = readme_api_examples()[0]
    answer = json.loads(run_curl(json_command, base, tmp_path))
    january = month_nights(frame, "2025-01-01", "2025-01-31")
    assert [row["attack_date"][:10] for row in answer["rows"]] == [
        f"{night:%Y-%m-%d}" for night in sorted(january["attack_date"])]
    assert answer["filters"]["from"] == "2025-01-01" and answer["filters"]["to"] == "2025-01-31"
    assert answer["data_version"]
    if official:  # the check: the month's rows answer once the series is imported
        assert len(answer["rows"]) >= 28
    rows = list(csv.DictReader(io.StringIO(run_curl(csv_command, base, tmp_path).decode())))
    missiles = january[january["missiles_launched"].fillna(0) > 0]
    assert sorted(row["attack_date"][:10] for row in rows) == sorted(
        f"{night:%Y-%m-%d}" for night in missiles["attack_date"])


def test_readme_pandas_example_reads_the_rows(served):
    base, frame, official = served
    code = readme_api_examples()[1].replace(README_ADDRESS, base)
    names: dict[str, object] = {}
    exec(compile(code, "README.md (API, python)", "exec"), names)  # the README's own lines
    answer, nights = names["answer"], names["nights"]
    january = month_nights(frame, "2025-01-01", "2025-01-31")
    assert len(answer["rows"]) == len(january)
    kyiv = january[january["oblasts"].map(lambda oblasts: "Kyiv City" in (oblasts or ()))]
    assert isinstance(nights, pd.DataFrame) and len(nights) == len(kyiv)
    if official:
        assert len(answer["rows"]) >= 28
