"""The one registry of the dashboard's pages: app.py builds its navigation from it, the server
hooks (salvo.dashboard.serve) know from it which pages draw Plotly charts, and the bench, the load
test and the tests walk it. A new page is a views/NAME.py file and one line here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# Not "pages/": Streamlit runs a pages/ folder beside the entry script as the old multipage app
# until some session has called st.navigation, so the first shared link opened after a start
# would skip app.py and its filters (tests/browser/test_pages.py checks that it does not).
VIEWS_DIR = Path(__file__).resolve().parents[2] / "views"


@dataclass(frozen=True)
class Page:
    """A page of views/NAME.py served at /NAME (the default page at /)."""

    name: str
    title: str
    icon: str  # a Material Symbols name
    section: str  # the navigation's heading
    draws_plotly: bool = False  # calls ui.plot: the server preloads plotly.js with it
    default: bool = False

    @property
    def script(self) -> Path:
        return VIEWS_DIR / f"{self.name}.py"

    @property
    def url_path(self) -> str:
        """The page's path in a link: "" for the default page."""
        return "" if self.default else self.name


PAGES: tuple[Page, ...] = (
    Page("overview", "Overview", "home", "Analysis", default=True),
    Page("timeline", "Timeline", "show_chart", "Analysis", draws_plotly=True),
    Page("interception", "Interception rates", "target", "Analysis", draws_plotly=True),
    Page("weapons", "Weapons", "rocket_launch", "Analysis", draws_plotly=True),
    Page("directions", "Launch directions", "flight_takeoff", "Analysis", draws_plotly=True),
    Page("map", "Map", "map", "Analysis"),
    Page("night", "Night, reconciled", "bedtime", "Analysis"),
    Page("compare", "Compare periods", "compare_arrows", "Analysis"),
    Page("reports", "Reports", "article", "Sources"),
    Page("ingest", "Ingest", "upload", "Sources"),
    Page("data", "Data", "table", "Sources"),
    Page("methodology", "Methodology", "menu_book", "Sources"),
)
PAGE_NAMES = tuple(page.name for page in PAGES)
PLOTLY_PAGES = frozenset(page.name for page in PAGES if page.draws_plotly)


def sections() -> dict[str, list[Page]]:
    """The pages under their navigation headings, in registry order."""
    grouped: dict[str, list[Page]] = {}
    for page in PAGES:
        grouped.setdefault(page.section, []).append(page)
    return grouped
