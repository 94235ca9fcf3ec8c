"""Methodology: what each figure means, where it comes from and what it cannot tell."""
import streamlit as st

from salvo import consolidate
from salvo.dashboard import charts, headlines, salvos

# One line per row: a Markdown table row cannot wrap.
FIGURES = (
    ("Launched", "drones (Shahed/Geran, Gerbera, decoys, UAVs) and missiles (cruise, ballistic, "
                 "Kinzhal, S-300, Kh-59…) launched in the night; guided bombs are not counted"),
    ("Shot down", "drones or missiles shot down, destroyed, intercepted"),
    ("Suppressed / lost", "\"lost from radar\" or suppressed by electronic warfare, **when given apart** "
                          "from the shot-down figure; since mid-2025 the Air Force mostly gives one "
                          "\"shot down/suppressed\" figure, and then suppressed stays empty (the official "
                          "dataset's 0 there is not a count)"),
    ("Locations hit", "places the statement says were hit; debris locations are counted apart"),
    ("Weapons that hit", "drones and missiles (and a family, where a source says) that a statement or "
                         "report counts as having reached their targets, chosen like the launch figures; "
                         "not the places hit. The official dataset counts places, never these, so they "
                         "come from statements and news alone, and a share hit is taken only over the "
                         "nights giving both it and the launches"),
    ("Killed / injured", "people killed or injured by that night's attack (not shelling, not ground "
                         "fighting)"),
    ("Oblasts / cities", "places where reports give impact: hits, damage, debris, casualties, fires, "
                         "power cuts; the places where only debris fell (no report tells of a hit there) "
                         "are kept apart (`debris_places`) and drawn apart on the map"),
)
FIGURE_TABLE = "\n".join(["| figure | meaning |", "|---|---|",
                          *(f"| {name} | {meaning} |" for name, meaning in FIGURES)])

st.title("Methodology")
st.markdown(f"""
### One row per attack night
Each row of the table is an **attack night**: the morning date on which the Air Force's overnight
statement closes the attack window. An attack from 18:00 on 3 July to 09:00 on 4 July is the night
of 4 July. Every report Salvo reads (Air Force statements, wire stories, Ukrainian outlets,
governors' posts) is turned into a record, and the records of one night are consolidated into the row.

### Source priority
For each figure Salvo takes, in order: the Air Force's own statement (or the official-statement
dataset), then wire agencies, then other outlets; an exact figure before a bound ("more than 500");
a source's later correction before its earlier figure. Every other candidate value is kept with its
source: nights where sources disagree are marked and their conflicts listed on the Reports page.
Analysts' corrections are kept with a reason and are never overwritten by re-extraction.

- **A bound above an exact figure wins**: "at least 21 killed" contradicts another source's "three
  killed"; the night takes 21, marked a lower bound, and shows the conflict. Of two bounds the
  larger wins: "at least 29" and "at least 16" both hold only if 29 or more died.
- **Casualties rise through the day**: the highest count of the official and wire sources wins
  (of any source when neither gives one); the others are kept.
- **Regional and local figures stay regional**: a governor's "12 drones shot down over the Odesa
  region", a regional command's count or a strike on one city never becomes the night's national
  figure; it is kept under its place and shown as such. A night only regional accounts counted
  has no national weapon figures (flag `regional_only`). Casualties told of one place count for
  the night, but a zero does not: "no one was hurt" in Lviv leaves the night's toll unknown.
- **Impossible figures**: a figure above {consolidate.PLAUSIBLE_MAX:,} is set aside; a night with
  more shot down than launched, more weapons hit than launched, or more locations hit than weapons
  launched, is a conflict shown
  on the Overview and the Reports page and left out of every rate until an analyst corrects it.
- **Every choice is explained** on the night ("chosen: Ukrainian Air Force (official, exact); also:
  Reuters 120"): the Overview's "Why these figures" and the Reports page's Conflicts tab.

### What each figure means
{FIGURE_TABLE}

A figure no source gave stays **empty** (shown as —), never zero. Figures from "more than N"
wording are lower bounds and are listed in the row's `lower_bound_fields`.

### Coverage
Sums, weekly and monthly points, changes and rates count only the nights that give the figure, and
say how many did ("figures for 9 of 12 attack nights"). A change between two periods is shown only
when both give the figure for a comparable share of their attack nights (within
{charts.COVERAGE_TOLERANCE:.0%}). Timelines break where no figure exists and mark nights reported
without the figure apart from nights with no report at all. The Overview says how old the newest
night is (a warning past {headlines.STALE_AFTER_DAYS} days) and how many calendar nights in view have a
report.

### Interception rate
Rate = intercepted ÷ launched, over the nights where a source gave both figures. Two definitions:
**{charts.DEFINITIONS['shot_down']}** and **{charts.DEFINITIONS['shot_down_or_suppressed']}** (suppression
counts for drones only). {charts.DEFINITION_NOTE} The Interception page lists the nights that give
such a combined figure. Decoys count as drones launched and shot down.

Every rate carries a 95% interval **over nights**: the weapons of one night are not independent
trials (they share weather, targets and tactics), so the nights' spread around the pooled rate (the
quasi-binomial dispersion, a beta-binomial design effect) shrinks the effective number of weapons
before the Wilson interval is taken. With few nights, or a handful of Kinzhals, the band is wide on
purpose; each rate says over how many nights it is taken. Rolling rates sum the figures of the
previous 7 or 30 calendar days.

### Salvo nights
A night is a **salvo** when it launched at least {salvos.SALVO_THRESHOLD_SD} standard deviations
more weapons than the mean of the previous {salvos.SALVO_WINDOW_DAYS} days (the CSIS definition;
a night is judged only when the {salvos.SALVO_WINDOW_DAYS} days before it hold at least
{salvos.SALVO_MIN_NIGHTS} nights with a launch figure). News reports alone rarely cover that many
nights, so on sparse data the Timeline says it cannot judge rather than showing 0 salvos; with the
official series imported every night has its history.

### Known caveats
- Launch counts are Ukraine's figures; Russia does not publish its own.
- Shot-down figures include weapons downed by every means the Air Force counts (fighters,
  mobile fire groups, air defence, electronic warfare when merged into one figure).
- Regional commands' and governors' figures are subsets of the national statement: never added
  to it, never in its place.
- Impact places are what reports name; an oblast without reports is not an oblast without impact.
- Casualty counts rise for days after a night; a report's figure is the figure when it was written.

### Map boundaries
Oblast boundaries: Natural Earth (public domain), simplified; they draw without internet. There is
no basemap unless the operator sets `SALVO_BASEMAP` (a CARTO style such as `light`): its tiles and
fonts come from CARTO's servers, so by default the page asks no third party for anything.
""")
