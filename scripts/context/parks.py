"""The parks and Ramsar sites (data/context/parks.geojson): outlines drawn around looked-up anchors,
with the coastal parks following the OSM coast (coast.py). Split from build_context.py because the
seven features' citations make up most of the script; the geometry functions sit next to the text
(represents_ja / geometry_basis) that describes how each outline was drawn.
"""
from coast import island, run, vertex
from common import (KAMATARYO, LANDSRC, S000, S001, S002, SEC_000_3, SEC_000_3_R3, SEC_001_21, SEC_001_24,
                    SEC_001_31, SEC_001_32a, SEC_001_32b, SEC_002, area_ha, feature, inland, off, p, polygon, rdp, src)

# Ends of the coast runs, as coordinates of OSM coast vertices. The number is the vertex index each
# had in the main ring of the OSM-derived data/basemap/land.geojson of commit 7905987 (what the old
# code used), kept for tracing; the nearest 町字代表点 in anchors.json is given where it is close.
SHIRETOKO_RAUSU = [145.31932, 44.18791]   # 481: 羅臼側, 0.2 km from rausu:相泊; the run goes round 知床岬
SHIRETOKO_UTORO = [145.00609, 44.07994]   # 537: ウトロ側, 0.7 km from shari:ウトロ東
KONBUMORI = [144.52834, 42.95129]         # 113: 0.4 km from kushirocho:昆布森一丁目
SHIRIPPA_W = [144.71386, 42.93636]        # 121: end of the straight 昆布森 coast, on the 尻羽岬 peninsula
AKKESHI_BAY_W = [144.74521, 43.02319]     # 134: 厚岸湾西岸, 0.8 km from akkeshi:沖万別
AKKESHI_KO_W = [144.84674, 43.05127]      # 138: 厚岸湖 shore (OSM draws the lagoon as sea)
AKKESHI_KO_E1 = [144.94526, 43.03678]     # 145: 厚岸湖 shore, start of a run
AKKESHI_KO_E2 = [144.85693, 43.03678]     # 148: 厚岸湖 shore, end of that run
AIKAPPU = [144.83847, 43.02411]           # 158: 0.3 km from akkeshi:愛冠
BIWASE = [145.10493, 43.07928]            # 190: 琵琶瀬 side (2.2 km from hamanaka:新川)
NOTSUKE_FROM = [145.22479, 43.61992]      # 373: one end of the 野付半島 run (the spit's outline)
NOTSUKE_TO = [145.24556, 43.61508]        # 429: the other end


def shiretoko():
    # Rausu-side settlements (町字代表点) lie on the coast road outside the park: the inland edge
    # runs about 2.5 km inland (north-west) of them, perpendicular to the coast.
    nw = lambda n: off(n, -2.5 * 0.7071, 2.5 * 0.7071)
    ring = (run(SHIRETOKO_RAUSU, SHIRETOKO_UTORO)
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
    a = (run(KONBUMORI, AKKESHI_BAY_W) + [off(vertex(AKKESHI_BAY_W), -1.5, 0.0), [144.705, 42.985]]
         + list(reversed(inland(rdp(run(KONBUMORI, SHIRIPPA_W), 0.002), 2.0))))
    # (b) 厚岸湖 (lagoon shore from the OSM coast) and 別寒辺牛湿原 up the 別寒辺牛川 valley.
    b = ([vertex(AKKESHI_KO_W), p('akkeshi:サンヌシ'), off('akkeshi:サッテベツ', -1.0, 0.0), off('akkeshi:別寒辺牛', -1.0, 1.0),
          off('akkeshi:トライベツ', 1.5, 1.0), off('akkeshi:若松', 1.5, 0.0), off('akkeshi:チライカリベツ', 1.0, 0.0),
          p('akkeshi:ホロニタイ')] + run(AKKESHI_KO_E1, AKKESHI_KO_E2))
    # (c) 愛冠岬～末広～火散布・藻散布～琵琶瀬 coast and 霧多布湿原.
    c = (rdp(run(AIKAPPU, BIWASE), 0.002)
         + [off('hamanaka:新川', 1.0, 0.8), off('hamanaka:六番沢', 0.0, 0.8), off('hamanaka:北の沢', -0.5, 0.5),
            [144.975, 43.03], [144.93, 43.005], [144.875, 43.013], [144.852, 43.022]])
    return polygon(a, b, c, island('大黒島'), island('嶮暮帰島'), island('霧多布半島'))


def notsuke_furen():
    spit = rdp(run(NOTSUKE_FROM, NOTSUKE_TO), 0.002)
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

