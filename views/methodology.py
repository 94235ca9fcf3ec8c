"""Methodology: what each figure means, where it comes from and what it cannot tell."""
import streamlit as st

from salvo.dashboard import charts

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

### What each figure means
| figure | meaning |
|---|---|
| Launched | drones (Shahed/Geran, Gerbera, decoys, UAVs) and missiles (cruise, ballistic, Kinzhal, |
| | S-300, Kh-59…) launched in the night; guided bombs are not counted |
| Shot down | drones or missiles shot down, destroyed, intercepted |
| Suppressed / lost | "lost from radar" or suppressed by electronic warfare, |
| | **when given apart** from the shot-down figure |
| Locations hit | places the statement says were hit; debris locations are counted apart |
| Killed / injured | people killed or injured by that night's attack (not shelling, not ground fighting) |
| Oblasts / cities | places where reports give impact: hits, damage, debris, casualties, fires, power cuts |

A figure no source gave stays **empty** (shown as —), never zero. Figures from "more than N"
wording are lower bounds and are listed in the row's `lower_bound_fields`.

### Interception rate
Rate = intercepted ÷ launched, over the nights where a source gave both figures. Two definitions:
**{charts.DEFINITIONS['shot_down']}** and **{charts.DEFINITIONS['shot_down_or_suppressed']}** (suppression
counts for drones only). {charts.DEFINITION_NOTE} Every rate carries a Wilson 95% interval: with
a handful of Kinzhals in a month, the band is wide on purpose. Rolling rates sum the figures of
the previous 7 or 30 calendar days.

### Salvo nights
A night is a **salvo** when it launched at least {charts.SALVO_THRESHOLD_SD} standard deviations
more weapons than the mean of the previous {charts.SALVO_WINDOW_DAYS} days (the CSIS definition;
Salvo waits for {charts.SALVO_MIN_NIGHTS} nights of history before judging).

### Known caveats
- Launch counts are Ukraine's figures; Russia does not publish its own.
- Shot-down figures include weapons downed by every means the Air Force counts (fighters,
  mobile fire groups, air defence, electronic warfare when merged into one figure).
- Regional commands' figures are subsets of the national statement and are never added to it.
- Impact places are what reports name; an oblast without reports is not an oblast without impact.
- Casualty counts rise for days after a night; a report's figure is the figure when it was written.

### Map boundaries
Oblast boundaries: Natural Earth (public domain), simplified; they draw without internet. There is
no basemap unless the operator sets `SALVO_BASEMAP` (a CARTO style such as `light`): its tiles and
fonts come from CARTO's servers, so by default the page asks no third party for anything.
""")
