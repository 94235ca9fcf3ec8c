"""Ingest: paste text, upload files, give a URL or import the official CSV; preview the
extraction before anything is stored."""
import hashlib

import streamlit as st

from extract.reader import READABLE_SUFFIXES
from salvo.dashboard import auth, previews, sync_status
from salvo.dashboard import data as ui
from salvo.dashboard.formatting import escape_markdown
from salvo.sources import failure_line, ingest, sync
from salvo.sources.official_files import files_from_uploads, import_official_files

st.title("Ingest reports")
store = ui.store()
# Previews fetch URLs and run the extractor on the server: editors only, like the writes.
editor = auth.require_editor("ingest reports or import data")

st.text(f"Editing as {editor}: every report you store records it.")
st.caption("Nothing is stored until you press Commit. The same text twice is one report.")
paste_tab, upload_tab, url_tab, official_tab, live_tab = st.tabs(
    ["Paste text", "Upload files", "URL", "Official dataset", "Live sources"]
)


def show_preview(name: str, record: dict) -> None:
    st.markdown(f"**Preview of {escape_markdown(name)}**")
    warning = previews.preview_warning(record)
    if warning:
        st.warning(warning, icon=":material/warning:")
    st.dataframe(previews.preview_table(record), hide_index=True)


with paste_tab:
    text = st.text_area("Report text", height=220, key="paste_text", max_chars=previews.MAX_PASTE_CHARS)
    published = st.date_input("Published on (helps resolve 'overnight', weekdays)", value=None,
                              key="paste_published")
    outlet = st.text_input("Outlet (optional)", key="paste_outlet")
    key = hashlib.sha256(f"{text}|{published}".encode()).hexdigest()
    if st.button("Preview extraction", key="paste_preview", disabled=not text.strip()):
        try:
            st.session_state["paste_result"] = (key, previews.preview_text(text, published))
        except ValueError as error:
            st.error(f"Cannot read this text: {escape_markdown(error)}")
    preview = st.session_state.get("paste_result")
    if preview and preview[0] == key:
        show_preview("the pasted text", preview[1])
        if st.button("Commit to the store", key="paste_commit", type="primary"):
            try:
                result = ingest.ingest_text(store, text, published=published, outlet=outlet or None,
                                           author=editor)
            except ValueError as error:
                st.error(f"Not stored: {escape_markdown(error)}")
            else:
                verb = "Stored as new report" if result.created else "Already stored as report"
                st.success(f"{verb} {result.report_id} (attack night {result.attack_date or 'unknown'}).")

with upload_tab:
    files = st.file_uploader("Reports (.txt, .md, .html, corpus .json)", accept_multiple_files=True,
                             type=sorted(suffix[1:] for suffix in READABLE_SUFFIXES), key="upload_files")
    st.caption(f"Up to {st.get_option('server.maxUploadSize')} MB per file (the server's "
               "server.maxUploadSize); a text or HTML report up to 5 MB, a Telegram export up to the cap. "
               "Empty, binary or non-UTF-8 files are refused with the reason and nothing of them is stored.")
    channel = st.text_input(
        "Telegram channel of an export (its username, e.g. kpszsu; optional)", key="upload_channel",
        help="A channel export's posts count as official only when you name the channel here and "
             "data/official_channels.csv lists it; what the file calls itself does not count.")
    if files and st.button("Preview extraction", key="upload_preview"):
        for upload in files[: previews.MAX_PREVIEW_FILES]:
            try:
                for name, record in previews.preview_upload(upload.name, upload.getvalue()):
                    show_preview(name, record)
            except ValueError as error:
                st.error(escape_markdown(failure_line(upload.name, str(error))))
        if len(files) > previews.MAX_PREVIEW_FILES:
            st.caption(f"Previewed the first {previews.MAX_PREVIEW_FILES} of {len(files)} files.")
    if files and st.button("Commit to the store", key="upload_commit", type="primary"):
        bar = st.progress(0.0, text="Storing…")
        total = ingest.IngestSummary()
        for done, upload in enumerate(files, start=1):
            summary = ingest.ingest_upload(store, upload.name, upload.getvalue(), author=editor,
                                           channel=channel.strip() or None)
            total.add(summary)
            total.not_attack += summary.not_attack
            total.failed += summary.failed
            bar.progress(done / len(files), text=f"{done} of {len(files)} file(s)")
        message = f"Added {total.stored} report(s); {total.unchanged} already stored."
        if total.not_attack:
            # Telegram exports: posts that are no attack report are read and counted, not stored.
            message += f" {total.not_attack} channel post(s) were not attack reports and were not stored."
        st.success(message)
        for name, reason in total.failed:
            st.warning(escape_markdown(failure_line(name, reason)))

with url_tab:
    url = st.text_input("Address of a report (http or https)", key="url_input")
    if url and st.button("Fetch and preview", key="url_preview"):
        try:
            st.session_state["url_result"] = (url, previews.preview_url(url))
        except ValueError as error:
            st.error(f"Cannot use this address: {escape_markdown(error)}")
    preview = st.session_state.get("url_result")
    if preview and preview[0] == url:
        show_preview(url, preview[1])
        if st.button("Commit to the store", key="url_commit", type="primary"):
            try:
                result = ingest.ingest_url(store, url, author=editor)
            except ValueError as error:
                st.error(f"Not stored: {escape_markdown(error)}")
            else:
                night = result.attack_date or "unknown"
                st.success(f"Stored as report {result.report_id} (attack night {night}).")

with official_tab:
    dropped = st.file_uploader(
        "The dataset's zip archive as downloaded, or missile_attacks_daily.csv with its weapon table",
        type=["zip", "csv"], accept_multiple_files=True, key="official_files",
    )
    st.caption("Drop the archive as it is (it holds missile_attacks_daily.csv and the weapon table, "
               "missiles_and_uavs.csv or missiles_and_uav.csv), or the CSVs together. Importing the "
               "same release again changes nothing; a newer one revises the nights it changed.")
    if dropped and st.button("Import", key="official_import", type="primary"):
        bar = st.progress(0.0, text="Importing…")
        try:
            def show_progress(done: int, total: int) -> None:
                bar.progress(done / max(total, 1), text=f"{done} of {total} night(s)")

            official_files = files_from_uploads((upload.name, upload.getvalue()) for upload in dropped)
            summary = import_official_files(store, official_files, show_progress, author=editor)
        except ValueError as error:
            st.error(f"Not imported: {escape_markdown(error)}")
        else:
            st.success(f"Imported: {escape_markdown(summary)} (read "
                       f"{escape_markdown(official_files.describe())})")

with live_tab:
    st.caption("`python -m salvo sync` reads these sources (README, Live sources): the Air Force's "
               "channel through Telegram's public preview, and outlets' RSS or Atom feeds.")
    line = ui.live_sources_line()
    st.text(line or "No source has been synced yet.")
    statuses = store.sync_statuses()
    if statuses:
        st.dataframe(sync_status.status_table(statuses), hide_index=True)
    try:
        current = sync.sources_path().read_text(encoding="utf-8")
    except OSError:
        current = ""
    edited = st.text_area("Sources, one a line: telegram:<channel> or feed:<url> (# starts a comment)",
                          value=current, height=200, key="sync_sources_text")
    if st.button("Save sources", key="sync_sources_save", disabled=edited == current):
        try:
            path = sync.save_sources_text(edited)
        except (sync.SyncConfigError, OSError) as error:
            st.error(f"Not saved: {escape_markdown(error)}")
        else:
            st.success(f"Saved to {escape_markdown(path)}: the next sync pass reads these sources.")
