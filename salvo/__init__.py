"""Salvo: reports of Russia's drone and missile attacks on Ukraine -> one row per attack night.

Modules: store (the database), ingest (reports in), official (the official dataset's format),
consolidate (reports -> attack rows, corrections), table (the frame pages read), sources
(outlet and source type). The command line is `python -m salvo` (see __main__.py).
"""
