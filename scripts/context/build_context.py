"""Builds data/context/*.geojson from looked-up anchor points (scripts/context/anchors.json), the OSM
coastline the parks were drawn on (scripts/context/osm_coast.json) and hand-drawn connecting vertices.
Each feature's geometry_basis says which vertices are looked up and which are drawn by hand, so the
approximate outlines can be audited and redrawn when authoritative boundaries become available.

Run from the repository root:  python3 scripts/context/build_context.py [OUT_DIR]   (default data/context)

Layout (split by job so no file is long):
  build_context.py  this entry: byways, expressway, islands, and writing the four files
  parks.py          parks and Ramsar sites (outlines and their citations)
  coast.py          the OSM coast snapshot and coordinate-based coast runs (why: see its docstring)
  common.py         paths, anchors, plan-section citations, geometry helpers
Only the Python standard library is used.
"""
import json, os, sys

sys.dont_write_bytecode = True  # keep scripts/context free of __pycache__
from common import (DATA, KAMATARYO, S000, S001, S002, SEC_000_2_R3, SEC_000_5_R1, SEC_001_21, SEC_001_24,
                    SEC_001_52, SEC_002, area_ha, feature, p, r5, src)
from parks import parks

# ------------------------------------------------------------------ byways

AKAN_ONSEN = [144.08766, 43.43365]  # 阿寒湖アイヌコタン（阿寒湖温泉街）: public repository list, index id 31478093769
OTANOSHIKE = [144.26556, 43.01199]  # 国道240号起点 大楽毛西1交差点: Wikipedia「国道240号」
AKAN_CHUO = [144.1245, 43.1115]     # 阿寒町中央（国道240号沿い）: data/infrastructure/roads.geojson rd-akan-additional-lane
with open(os.path.join(DATA, 'areas.json'), encoding='utf-8') as _fh:
    OFFICES = {a['name_ja']: a['office'] for a in json.load(_fh) if a['level'] == 'municipality'}
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
    with open(os.path.join(DATA, 'basemap', 'places.geojson'), encoding='utf-8') as fh:
        places = {f['properties']['id']: f for f in json.load(fh)['features']}
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
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(DATA, 'context')
    os.makedirs(out, exist_ok=True)
    for name, feats in [('parks', parks()), ('byways', byways()), ('expressway', expressway()), ('islands', islands())]:
        with open(os.path.join(out, f'{name}.geojson'), 'w', encoding='utf-8') as fh:
            json.dump(fc(feats, name), fh, ensure_ascii=False, indent=2)
            fh.write('\n')
        for f in feats:
            g = f['geometry']
            def count(c):
                return 1 if isinstance(c[0], (int, float)) else sum(count(x) for x in c)
            extra = f" area≈{area_ha(g):,.0f}ha" if g['type'] in ('Polygon', 'MultiPolygon') else ''
            print(name, f['properties']['id'], g['type'], count(g['coordinates']), extra)
