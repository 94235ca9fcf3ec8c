"""Charts ready for publication: a Plotly figure and the view it shows in, PNG or SVG bytes out.

Every chart of every page downloads through `export_chart`: the image carries the chart's title,
the filters in force, the data version and a source line drawn into it (so a cropped screenshot
or a pasted slide still says what it shows), in the light print template whatever the page's
theme. A PNG also holds the same lines as iTXt metadata, for archives that read them.

Plotly's image export (kaleido) drives Debian's Chromium: `/usr/bin/chromium`, or the browser
that `SALVO_CHROMIUM` names (as the browser tests use). Nothing is fetched at run time: plotly.js
comes from the plotly package and MathJax, which kaleido would otherwise load from a CDN, is off.
Without a browser, `export_unavailable` says so in a sentence and `export_chart` raises
`ChartExportError` with it; the pages show that sentence instead of the buttons.
"""
from __future__ import annotations

import datetime as dt
import html
import os
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import plotly.graph_objects as go

from salvo.dashboard.charts import PRINT_TEMPLATE

BROWSER_ENV = "SALVO_CHROMIUM"
DEFAULT_BROWSER = "/usr/bin/chromium"
ImageFormat = Literal["png", "svg"]
FORMATS: tuple[ImageFormat, ...] = ("png", "svg")
MIME_TYPES: dict[str, str] = {"png": "image/png", "svg": "image/svg+xml"}
# The page size of an exported chart in CSS pixels (a PNG is drawn at twice that for print).
EXPORT_WIDTH = 1200
EXPORT_HEIGHT = 720
PNG_SCALE = 2
RENDER_TIMEOUT_S = 60
# The footer under the plot: two lines of small text, and room for the legend above them.
_FOOTER_PX = 52
_LEGEND_PX = 70
PROJECT_SOURCE = "Salvo (reports of Russia's air attacks on Ukraine, consolidated per night)"


@dataclass(frozen=True)
class ExportContext:
    """What an exported chart says about the view it came from (besides its own title)."""

    filters: str  # the filters in force, as `Filters.describe` words them
    data_version: str  # the store's data version (every write moves it)
    sources: str  # who gave the figures in view ("Ukrainian Air Force, Example Wire and 3 more")
    exported: dt.date

    def lines(self) -> tuple[str, str]:
        """The footer's two lines: the filters, then the source line with version and date."""
        return (f"Filters: {self.filters}",
                f"Source: {PROJECT_SOURCE}; figures from {self.sources or 'no source in view'}. "
                f"Data version {self.data_version}, exported {self.exported.isoformat()}.")


class ChartExportError(RuntimeError):
    """An image could not be made; the message says why and what to do."""


def browser_path() -> Path:
    """The Chromium that draws exported images: $SALVO_CHROMIUM, else Debian's."""
    return Path(os.environ.get(BROWSER_ENV) or DEFAULT_BROWSER)


def export_unavailable() -> str | None:
    """Why charts cannot be exported on this machine, in a sentence; None when they can."""
    browser = browser_path()
    if browser.is_file() and os.access(browser, os.X_OK):
        return None
    return (f"PNG and SVG downloads need Chromium, which is not installed at {browser}: install it "
            f"with `apt-get install -y chromium` (or set {BROWSER_ENV} to its path) and reload.")


def failure_text(error: BaseException, limit: int = 200) -> str:
    """A browser failure in a few words: its kind and first line only. kaleido's errors go on to
    advise downloading a Chrome of their own, which is not this project's remedy (Debian's
    chromium is), and their text is no Markdown: backticks are dropped."""
    first = error.args[0] if error.args and isinstance(error.args[0], str) else str(error)
    words = " ".join(first.replace("`", "").split())
    return f"{type(error).__name__}: {words[:limit]}" if words else type(error).__name__


def chart_title(figure: go.Figure) -> str:
    """The figure's title as plain text ("chart" when it has none)."""
    text = figure.layout.title.text or "chart"
    return html.unescape(text.replace("<br>", " "))


def publication_figure(figure: go.Figure, context: ExportContext) -> go.Figure:
    """A copy of `figure` for print: the light template, the filters and the source line drawn
    under the plot, margins that leave room for them. The figure passed in is left as it is."""
    printed = go.Figure(figure)
    height = int(figure.layout.height or EXPORT_HEIGHT)
    top = max(int(figure.layout.margin.t or 0), 90)
    bottom = _LEGEND_PX + _FOOTER_PX
    plot_height = max(height - top - bottom, 100)
    filters_line, source_line = (html.escape(line, quote=False) for line in context.lines())
    printed.update_layout(
        template=PRINT_TEMPLATE, width=EXPORT_WIDTH, height=height,
        paper_bgcolor="white", plot_bgcolor="white", font={"color": "#222222"},
        margin={"t": top, "b": bottom, "l": 70, "r": 30},
        title={"xanchor": "left", "pad": {"l": 16}},  # off the image's very edge
        # the legend just under the x axis, the footer at the bottom edge, in pixels of this size
        legend={"orientation": "h", "x": 0, "xanchor": "left", "yanchor": "top",
                "y": -34 / plot_height},
    )
    printed.add_annotation(
        text=f"{filters_line}<br>{source_line}", showarrow=False, align="left",
        xref="paper", yref="paper", x=0, xanchor="left", y=-(bottom - 8) / plot_height, yanchor="bottom",
        font={"size": 11, "color": "#444444"},
    )
    return printed


def export_chart(figure: go.Figure, context: ExportContext, image_format: ImageFormat) -> bytes:
    """The chart as PNG or SVG bytes for publication (see `publication_figure`).

    Raises ChartExportError (never a browser's traceback) when Chromium is missing or fails."""
    if image_format not in FORMATS:
        raise ChartExportError(f"Charts export as {' or '.join(FORMATS)}, not {image_format!r}.")
    unavailable = export_unavailable()
    if unavailable:
        raise ChartExportError(unavailable)
    import kaleido  # imported here: only an export needs it, and it starts nothing on import

    printed = publication_figure(figure, context)
    options = {"format": image_format, "width": printed.layout.width, "height": printed.layout.height,
               "scale": PNG_SCALE if image_format == "png" else 1}
    try:
        image = kaleido.calc_fig_sync(
            printed.to_plotly_json(), opts=options,
            kopts={"path": str(browser_path()), "mathjax": False, "timeout": RENDER_TIMEOUT_S})
    except Exception as error:  # the browser's own failure: said in one line, never a traceback
        raise ChartExportError(
            f"Chromium at {browser_path()} failed while drawing the chart ({failure_text(error)}). "
            f"Reinstall it with `apt-get install -y chromium` (or set {BROWSER_ENV} to a Chromium that "
            f"starts) and try again.") from error
    if image_format == "png":
        return with_png_text(image, {"Title": chart_title(figure), "Description": context.lines()[0],
                                     "Source": context.lines()[1], "Software": "Salvo"})
    return image


def with_png_text(png: bytes, entries: dict[str, str]) -> bytes:
    """The PNG with one uncompressed iTXt chunk (UTF-8 text) per entry, inserted after IHDR."""
    signature, header_end = png[:8], 8 + 8 + 13 + 4  # signature, then IHDR's length, type, data, CRC
    if signature != b"\x89PNG\r\n\x1a\n" or png[12:16] != b"IHDR":
        raise ChartExportError("The image drawn is not a PNG.")
    chunks = b"".join(_png_chunk(b"iTXt", key.encode("latin-1") + b"\x00\x00\x00\x00\x00" + value.encode())
                      for key, value in entries.items())
    return png[:header_end] + chunks + png[header_end:]


def png_text(png: bytes) -> dict[str, str]:
    """The iTXt entries of a PNG (uncompressed ones, as `with_png_text` writes them)."""
    entries: dict[str, str] = {}
    position = 8
    while position + 8 <= len(png):
        length, kind = struct.unpack(">I4s", png[position:position + 8])
        data = png[position + 8:position + 8 + length]
        if kind == b"iTXt":
            key, rest = data.split(b"\x00", 1)
            # compression flag, method, then language tag and translated keyword (both empty here)
            _language, _translated, text = rest[2:].split(b"\x00", 2)
            entries[key.decode("latin-1")] = text.decode()
        position += 12 + length
    return entries


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    checksum = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", checksum)
