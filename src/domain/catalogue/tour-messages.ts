import type { Catalogue } from './entry.ts';

/** What the check of a tour file (built-in or imported) says, in both languages. */
export const TOUR_MESSAGES = {
  tourObject: {
    ja: 'JSONのオブジェクト {id, title_ja, scenes, sources} が必要です（実際：{got}）',
    en: 'must be a JSON object {id, title_ja, scenes, sources} (got {got})',
  },
  tourNoScene: {
    ja: '使える場面がありません（どの場面にも上に挙げた問題があります）',
    en: 'has no usable scene (every scene has a problem listed above)',
  },
  tourScenes: { ja: '場面の空でない配列が必要です（実際：{got}）', en: 'must be a non-empty array of scenes (got {got})' },
  tourSceneObject: { ja: '場面のオブジェクトが必要です（実際：{got}）', en: 'must be a scene object (got {got})' },
  tourSceneIdTaken: {
    ja: 'このツアーの別の場面が使っています（場面 #{index}）',
    en: 'is used by another scene in this tour (scene #{index})',
  },
  tourFilters: {
    ja: '{"projects": ["p-…"], "border": "inside"} のようなオブジェクトが必要です（実際：{got}）',
    en: 'must be an object like {"projects": ["p-…"], "border": "inside"} (got {got})',
  },
  tourSelection: {
    ja: 'null か {"kind": "project", "id": "p-…"} が必要です（実際：{got}）',
    en: 'must be null or {"kind": "project", "id": "p-…"} (got {got})',
  },
  tourTwice: { ja: '{ids} を2回以上挙げています', en: 'lists {ids} more than once' },
  tourView: {
    ja: '"items"、"region"、{"bounds": [w, s, e, n]}、{"center": [lon, lat], "zoom": z} のいずれかが必要です（実際：{got}）',
    en: 'must be "items", "region", {"bounds": [w, s, e, n]} or {"center": [lon, lat], "zoom": z} (got {got})',
  },
  tourViewBoth: { ja: 'bounds と center の両方があります。どちらか一方にしてください', en: 'has both bounds and center: give one' },
  tourZoom: { ja: '0から{max}までが必要です（実際：{zoom}）', en: 'must be between 0 and {max} (got {zoom})' },
  tourViewNeeds: {
    ja: '"bounds": [西, 南, 東, 北] か、"center": [経度, 緯度] と "zoom" が必要です',
    en: 'needs "bounds": [west, south, east, north] or "center": [lon, lat] with "zoom"',
  },
  tourBounds: {
    ja: '4つの数値の [西, 南, 東, 北] が必要です（実際：{got}）',
    en: 'must be [west, south, east, north] as four numbers (got {got})',
  },
  tourBoundsSwapped: {
    ja: '[{bounds}] は [南, 西, 北, 東] の順のようです。[西, 南, 東, 北]（経度が先）で書いてください',
    en: '[{bounds}] looks like [south, west, north, east]: write [west, south, east, north] (longitude first)',
  },
  tourBoundsOutside: {
    ja: '[{bounds}] は地図の範囲（経度 {west}–{east}、緯度 {south}–{north}）の外です',
    en: '[{bounds}] lies outside the map (lon {west}–{east}, lat {south}–{north})',
  },
  tourBoundsOrder: { ja: '[{bounds}] は 西 < 東、南 < 北 でなければなりません', en: '[{bounds}] must have west < east and south < north' },
  tourPosition: { ja: '[経度, 緯度] が必要です（実際：{got}）', en: 'must be [longitude, latitude] (got {got})' },
  tourSwapped: {
    ja: '[{lon}, {lat}] は [緯度, 経度] の順のようです。[経度, 緯度] で書いてください',
    en: '[{lon}, {lat}] looks like [latitude, longitude]: write [longitude, latitude]',
  },
  tourOutside: {
    ja: '[{lon}, {lat}] は地図の範囲（経度 {west}–{east}、緯度 {south}–{north}）の外です',
    en: '[{lon}, {lat}] lies outside the map (lon {west}–{east}, lat {south}–{north})',
  },
  tourNotField: { ja: '{what}の項目ではありません（使える項目：{allowed}）', en: 'is not a field of {what} (allowed: {allowed})' },
  tourWhat_tour: { ja: 'ツアー', en: 'a tour' },
  tourWhat_scene: { ja: '場面', en: 'a scene' },
  tourWhat_filters: { ja: '絞り込み', en: 'the filters' },
  tourWhat_selection: { ja: '選択', en: 'a selection' },
  tourWhat_bounds: { ja: '範囲による表示', en: 'a bounds view' },
  tourWhat_centre: { ja: '中心による表示', en: 'a centre view' },
  tourKebab: {
    ja: '半角英小文字の語をハイフンでつないだものが必要です（例："food-industry"、実際：{got}）',
    en: 'must be lower-case ASCII words joined by hyphens, e.g. "food-industry" (got {got})',
  },
  tourStoredUnreadable: {
    ja: 'JSONとして正しくありません。保存したツアーを読めませんでした',
    en: 'is not valid JSON: the kept tours could not be read',
  },
  tourStoredList: { ja: 'ツアーの一覧が必要です', en: 'must be a list of tours' },
} as const satisfies Catalogue;
