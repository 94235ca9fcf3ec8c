"""Salvo's extraction engine: the text of one report in, one attack record out.

    from extract import extract_report
    record = extract_report(text, published="2025-07-04").to_dict()

Pure Python: no database, no network, no Streamlit. See ../shared/SCHEMA.md for the fields.
English, Ukrainian and Russian reports are read (the language is detected; ``record.language`` says which).
"""

from extract.engine import extract_report
from extract.report import Evidence, Report, WeaponCount

# For people: which extractor produced a record. (The store tells extractor versions apart by a
# digest of this package's source, so a change is noticed even when this string is not bumped.)
__version__ = "0.2.0"

__all__ = ["Evidence", "Report", "WeaponCount", "__version__", "extract_report"]
