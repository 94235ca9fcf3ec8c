"""Item 9 of issue 15: a page's error shows server details to editors only, and the Map page asks
no third party for anything unless the operator configured a basemap."""
from __future__ import annotations

import json
import tomllib

import pytest
from streamlit.testing.v1 import AppTest

from salvo.dashboard import auth, maps
from salvo.dashboard import data as ui
from tests.dashboard.conftest import APP, ROOT

SECRET_PATH = "/srv/salvo/private/var/salvo.sqlite"


def test_uncaught_errors_show_no_details():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["client"]["showErrorDetails"] == "none"


@pytest.fixture
def failing_store(monkeypatch):
    def broken():
        raise RuntimeError(f"database {SECRET_PATH} is locked")

    monkeypatch.setattr(ui, "attack_source", broken)
    monkeypatch.setattr(auth, "_secret", lambda name: None)
    monkeypatch.delenv(auth.PASSWORD_HASH_ENV, raising=False)


def _everything_shown(app: AppTest) -> str:
    parts = [e.value for e in app.exception] + [str(e.stack_trace) for e in app.exception]
    for kind in ("error", "warning", "info", "caption", "markdown", "text"):
        parts += [str(getattr(e, "value", "")) for e in app.get(kind)]
    return "\n".join(parts)


def test_a_viewer_sees_a_notice_without_server_paths(failing_store, monkeypatch):
    monkeypatch.setattr(auth, "request_is_local", lambda: False)
    app = AppTest.from_file(APP, default_timeout=60)
    app.run()
    shown = _everything_shown(app)
    assert SECRET_PATH not in shown and "Traceback" not in shown and "RuntimeError" not in shown
    assert any(ui.PAGE_FAILED in e.value for e in app.error)


def test_an_editor_sees_the_error_in_full(failing_store, monkeypatch):
    monkeypatch.setattr(auth, "request_is_local", lambda: True)
    app = AppTest.from_file(APP, default_timeout=60)
    app.run()
    assert any(SECRET_PATH in e.value for e in app.exception)


def test_the_map_asks_no_third_party_by_default(monkeypatch):
    monkeypatch.delenv(maps.BASEMAP_ENV, raising=False)
    spec = json.loads(ui.impact_deck(ui.empty_attack_frame()).to_json())
    assert "mapProvider" not in spec
    # Streamlit's map fills a missing style with CARTO's; pydeck's placeholder means "none".
    assert spec["mapStyle"] == "__MAP_STYLE__"
    assert "http" not in json.dumps(spec)


@pytest.mark.parametrize(("setting", "style"), [("light", "positron"), ("dark", "dark-matter"),
                                                ("https://evil.example/style.json", None)])
def test_an_operator_can_ask_for_a_carto_basemap(monkeypatch, setting, style):
    monkeypatch.setenv(maps.BASEMAP_ENV, setting)
    spec = json.loads(maps.impact_deck(ui.empty_attack_frame(), None, maps.configured_basemap()).to_json())
    if style is None:  # only CARTO's named styles: a setting is no way to point readers anywhere
        assert spec["mapStyle"] == "__MAP_STYLE__"
    else:
        assert spec["mapProvider"] == "carto" and style in spec["mapStyle"]
