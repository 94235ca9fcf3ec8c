"""Data: the filtered attack table and downloads of exactly what is shown."""
import streamlit as st

from salvo import table as attack_table
from salvo.dashboard import data as ui
from salvo.dashboard import downloads, formatting
from salvo.dashboard.night import night_link

st.title("Data")
filters = ui.current_filters()
frame = ui.filtered_attacks(filters)
_everything, version = ui.attacks()
version_number = ui.version_number(version)
st.caption(f"{filters.describe()} · data version {version_number}")
if ui.show_empty(frame, filters):
    st.stop()

table = ui.view_result(downloads.shown_table)
# The reconcile links are shown only: the downloads hold the table's data columns.
shown = table.assign(reconcile=table["attack_date"].map(night_link))
labels = formatting.column_labels(table.columns)
st.dataframe(shown, hide_index=True, height=480, column_order=["reconcile", *table.columns],
             column_config={**labels,
                            # the counts are text (so a missing one reads "—"), drawn as numbers are
                            **{c: st.column_config.TextColumn(labels[c], alignment="right")
                               for c in attack_table.INT_COLUMNS if c in table.columns},
                            "reconcile": st.column_config.LinkColumn(
                                "Reconcile", display_text="open night",
                                help="The night, source by source (Night page)")})
st.caption(f"{len(table)} attack night(s). \"—\": no source gave the figure (never zero; empty in "
           "downloads). \"Disputed figures\" names the figures sources disagree on, \"Why\" says which "
           "source each figure came from, \"Regional figures\" the counts of one place only. A cell "
           f"longer than {downloads.MAX_SHOWN_CHARS:,} characters is cut here and whole in the downloads. "
           "Downloads hold exactly these rows and columns under their data names (see the Methodology page), "
           "plus `source_urls` (the reports' links) and `conflicts`: every disagreeing source's figure "
           "and report, as JSON. Each download says when it was written, for which view and data "
           "version, with the editors' notes of the span: the XLSX in its \"about\" and "
           "\"annotations\" sheets, the Parquet file in its metadata, and the CSV download is a zip "
           "holding the CSV with its `.about.csv` and `.annotations.csv` files beside it (as "
           "`python -m salvo export` writes them). The Parquet file keeps the types (lists stay "
           "lists), exactly as the command line's. In CSV and XLSX a text cell starting with "
           "= + - @ or a tab is prefixed with ' so a spreadsheet shows it instead of running it.")
stem = f"salvo-attacks-v{version_number}"
view = filters.describe()
cols = st.columns(3)
# on_click="ignore": each download is built when clicked (downloads.download_data), so a click needs
# no run of the whole page
cols[0].download_button("Download CSV (zip with metadata)",
                        downloads.download_data(version, view, "csv", frame, stem), f"{stem}-csv.zip",
                        "application/zip", key="dl_csv", on_click="ignore")
cols[1].download_button(
    "Download XLSX", downloads.download_data(version, view, "xlsx", frame, stem), f"{stem}.xlsx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", key="dl_xlsx", on_click="ignore")
cols[2].download_button("Download Parquet", downloads.download_data(version, view, "parquet", frame, stem),
                        f"{stem}.parquet", "application/vnd.apache.parquet", key="dl_parquet",
                        on_click="ignore")
