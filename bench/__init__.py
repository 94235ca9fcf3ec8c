"""Benchmarks: ``make bench`` (``python -m bench``) prints a table per section and writes
bench/results.json. Each section is a function in :data:`bench.__main__.SECTIONS` returning
its rows; store and page benchmarks join as further sections."""
