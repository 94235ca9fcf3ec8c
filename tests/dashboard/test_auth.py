"""Editors and viewers in AppTest: viewing needs nothing; ingest and corrections need an editor,
and every write records who made it."""
from __future__ import annotations

import pytest

from salvo.dashboard import auth
from tests.dashboard.conftest import REPORTS
from tests.dashboard.test_pages import open_page

PASSWORD = "long editor passphrase"


@pytest.fixture
def password_login(monkeypatch):
    monkeypatch.setenv(auth.PASSWORD_HASH_ENV, auth.hash_password(PASSWORD))


def sign_in(app, name: str, password: str):
    def field(prefix: str):
        return app.text_input(key=next(w.key for w in app.text_input if w.key.startswith(prefix)))

    field("login_name").input(name)
    field("login_password").input(password)
    next(b for b in app.button if b.label == "Sign in").click().run()
    return app


def test_a_viewer_sees_pages_but_no_ingest_controls(populated_store, password_login):
    app = open_page("overview")
    assert not app.exception and any("Viewing (read-only)" in c.value for c in app.sidebar.caption)
    app = open_page("ingest")
    assert not app.exception
    assert [w.key for w in app.text_area] == [] and "sign in as an editor" in app.info[0].value
    report = open_page("reports", {"report": "1"})
    assert report.selectbox == [] or all(s.label != "Field" for s in report.selectbox)


def test_a_wrong_password_is_refused_and_stores_nothing(populated_store, password_login):
    app = sign_in(open_page("ingest"), "Mallory", "guess")
    assert "Wrong name or password." in [e.value for e in app.error]
    assert [w.key for w in app.text_area] == []


def test_an_editor_signs_in_and_the_write_records_them(populated_store, password_login):
    before = populated_store.count_reports()
    app = sign_in(open_page("ingest"), "Olena Analyst", PASSWORD)
    assert not app.exception and not app.error
    app.text_area(key="paste_text").input(REPORTS[0][3] + " Debris fell in two districts.").run()
    app.button(key="paste_preview").click().run()
    app.button(key="paste_commit").click().run()
    assert populated_store.count_reports() == before + 1
    assert populated_store.import_runs()[-1]["author"] == "Olena Analyst"
    newest = max(r["id"] for r in populated_store.list_reports())
    assert populated_store.get_report(newest).ingested_by == "Olena Analyst"


def test_a_correction_records_the_signed_in_editor(populated_store, password_login):
    app = open_page("reports", {"report": "1"})
    sign_in(app, "Olena Analyst", PASSWORD)
    field = next(s for s in app.selectbox if s.label == "Field")
    field.select("killed")
    app.text_input[0].input("3")
    app.text_input[1].input("The regional governor raised the toll")
    next(b for b in app.button if b.label == "Save correction").click().run()
    [correction] = populated_store.corrections(report_id=1)
    assert correction.author == "Olena Analyst"


def test_too_many_wrong_passwords_close_the_form(populated_store, password_login):
    app = open_page("ingest")
    for _ in range(auth.MAX_FAILED_LOGINS):
        sign_in(app, "Mallory", "guess")
    app.run()
    assert any("Too many wrong passwords" in e.value for e in app.error)
    assert not any(w.key and w.key.startswith("login_password") for w in app.text_input)


def test_with_nothing_configured_a_remote_browser_only_views(populated_store, monkeypatch):
    monkeypatch.setattr(auth, "request_is_local", lambda: False)
    app = open_page("ingest")
    assert [w.key for w in app.text_area] == []
    assert any("read-only here" in c.value for c in app.caption)


def test_with_nothing_configured_the_local_browser_edits_and_is_told_so(populated_store):
    app = open_page("ingest")
    assert [w.key for w in app.text_area] == ["paste_text", "sync_sources_text"]  # both editors' controls
    assert any("Local single-user mode" in c.value for c in app.sidebar.caption)


def test_reloading_does_not_reset_the_wrong_password_limit(populated_store, password_login, monkeypatch):
    checked = []
    real_check = auth.check_login
    monkeypatch.setattr(auth, "check_login",
                        lambda name, password: checked.append(name) or real_check(name, password))
    monkeypatch.setattr(auth, "LOGIN_THROTTLE", auth.LoginThrottle(clock=lambda: 1000.0))  # no time passes
    monkeypatch.setattr(auth, "client_address", lambda: "198.51.100.4")  # AppTest has no real address
    messages = []
    for _reload in range(3):  # a fresh session each time, as a reload gives
        app = open_page("ingest")
        for _ in range(auth.MAX_FAILED_LOGINS - 1):
            messages += [e.value for e in sign_in(app, "Mallory", "guess").error]
    assert len(checked) == auth.LOGIN_THROTTLE.free  # 12 tries, 3 checked
    assert any("try again in" in message for message in messages)
    app = sign_in(open_page("ingest"), "Olena Analyst", PASSWORD)  # from the same address: waits too
    assert [w.key for w in app.text_area] == []


def test_the_sidebar_says_why_this_browser_only_views(populated_store, monkeypatch):
    reason = "the connection came through a proxy"
    monkeypatch.setattr(auth, "request_is_local", lambda: False)
    monkeypatch.setattr(auth, "local_check", lambda: auth.LocalCheck(False, reason))
    app = open_page("overview")
    assert any(reason in c.value and "read-only" in c.value for c in app.sidebar.caption)


def test_the_sidebar_says_why_this_browser_edits(populated_store):
    app = open_page("overview")
    assert any("Local single-user mode" in c.value and "because the test stands for a local browser"
               in c.value for c in app.sidebar.caption)
