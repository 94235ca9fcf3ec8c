"""Salvo's extraction engine: the text of one report in, one attack record out.

    from extract import extract_report
    record = extract_report(text, published="2025-07-04").to_dict()

Pure Python: no database, no network, no Streamlit. See ../shared/SCHEMA.md for the fields.
"""

from extract.engine import extract_report
from extract.report import Evidence, Report, WeaponCount

__all__ = ["Evidence", "Report", "WeaponCount", "extract_report"]
