import type { Catalogue } from './entry.ts';

/**
 * What the import says about a file it cannot read, and where in the file: every message of
 * src/domain/import/ in both languages. The English is also the `message` kept for logs, so it
 * reads as before. Values echoed from the file are filled in as {params}, already clipped.
 */
export const IMPORT_MESSAGES = {
  // Where in the file.
  whereFile: { ja: 'ファイル全体', en: 'whole file' },
  whereFileName: { ja: 'ファイル名', en: 'file name' },
  whereByte: { ja: 'バイト位置 {offset}', en: 'byte {offset}' },
  whereByteLine: { ja: '{line}行目（バイト位置 {offset}）', en: 'byte {offset} (line {line})' },
  whereChar: { ja: '文字位置 {offset}', en: 'character {offset}' },
  whereLine: { ja: '{line}行目', en: 'line {line}' },
  whereRow: { ja: '{line}行目', en: 'row {line}' },
  whereLineColumn: { ja: '{line}行目、{column}文字目', en: 'line {line}, column {column}' },
  whereColumns: { ja: '列「{lat}」・「{lon}」', en: 'columns {lat} / {lon}' },
  whereTop: { ja: 'ファイルの最上位', en: 'top level' },
  whereAllFeatures: { ja: 'すべての地物', en: 'all features' },
  whereOnward: { ja: '{where}以降', en: '{where} onward' },
  // Pieces of messages.
  asIs: { ja: '{text}', en: '{text}' },
  quoted: { ja: '「{text}」', en: '“{text}”' },
  clipped: { ja: '{head}…（全{n}文字）', en: '{head}… ({n} characters)' },
  columnNumber: { ja: '{n}列目', en: 'column {n}' },
  andMore: { ja: 'ほか{n}件', en: 'and {n} more' },
  withHint: { ja: '{message}。{hint}', en: '{message}: {hint}' },
  twoProblems: { ja: '{first}。{second}', en: '{first}; {second}' },
  moreInFeature: { ja: '{message}（この地物にはほかに{n}件の問題があります）', en: '{message} (and {n} more problems in this feature)' },
  oneMoreInFeature: { ja: '{message}（この地物にはほかに1件の問題があります）', en: '{message} (and 1 more problem in this feature)' },
  moreProblems: { ja: 'ほかに{n}件の問題があります', en: 'and {n} more problems' },
  oneMoreProblem: { ja: 'ほかに1件の問題があります', en: 'and 1 more problem' },
  // The file as a whole.
  importTooLarge: {
    ja: 'ファイルの大きさが{size}で、上限の{limit}を超えています。分割するか図形を簡略化してから、分けて読み込んでください',
    en: 'the file is {size}, more than the {limit} limit: split it or simplify its geometry, then import the parts',
  },
  sizeBytes: { ja: '{n}バイト', en: '{n} bytes' },
  importEmpty: { ja: 'ファイルが空です', en: 'the file is empty' },
  importZip: {
    ja: 'ZIP形式のファイルです（.kmzやZIP圧縮したシェープファイル？）。GeoJSONかCSVに書き出して、それを読み込んでください',
    en: 'the file is a ZIP archive (a .kmz or a zipped shapefile?): export it as GeoJSON or CSV and import that',
  },
  importNul: {
    ja: 'NUL文字を含んでいます。GeoJSONやCSVのテキストではなく、バイナリファイルのようです',
    en: 'contains NUL characters: it looks like a binary file, not GeoJSON or CSV text',
  },
  importBlank: { ja: 'ファイルには空白しかありません', en: 'the file holds only white space' },
  importBadBom: {
    ja: 'ファイルは{encoding}のバイト順マークで始まりますが、{encoding}のテキストとして正しくありません。UTF-8で保存し直して読み込んでください',
    en: 'the file starts with a {encoding} byte-order mark but is not valid {encoding} text: save it as UTF-8 and import it again',
  },
  importBadUtf16: {
    ja: 'ファイルは{encoding}のようですが、{encoding}のテキストとして正しくありません。UTF-8で保存し直して読み込んでください',
    en: 'the file looks like {encoding} but is not valid {encoding} text: save it as UTF-8 and import it again',
  },
  importUnsupported: {
    ja: '{what}は読み込めません。緯度・経度の列をもつ.xlsx、GeoJSON、CSVで保存してください',
    en: '{what} cannot be imported: save it as .xlsx, GeoJSON or CSV with latitude/longitude columns',
  },
  fmtShapefile: { ja: 'シェープファイル', en: 'a shapefile' },
  fmtShapefileTable: { ja: 'シェープファイルの属性表', en: 'a shapefile table' },
  fmtZip: { ja: 'ZIPファイル', en: 'a ZIP archive' },
  fmtXls: { ja: 'Excel 97–2003形式のブック（.xls）', en: 'an Excel 97–2003 workbook (.xls)' },
  fmtGeoPackage: { ja: 'GeoPackage', en: 'a GeoPackage' },
  importXlsxElsewhere: { ja: 'Excelのブックはこの読み込み口では読めません', en: 'an Excel workbook is read by importAnyFile' },
  importUnknownFormat: {
    ja: '形式を判定できません。GeoJSON（.geojson、.json）、CSV（.csv）、Excel（.xlsx）のファイルを読み込んでください',
    en: 'cannot tell the format: import a GeoJSON (.geojson, .json), CSV (.csv) or Excel (.xlsx) file',
  },
  importNothingToDraw: {
    ja: '地図に描ける位置（ジオメトリ）をもつ地物がありません',
    en: 'the file holds no feature with a geometry to draw',
  },
  importUndecidable: {
    ja: '文字コードを判定できません（{tried}として読めませんでした。0x{hex}はUTF-8の文字の先頭になりません）。UTF-8で保存し直して読み込んでください',
    en: 'cannot tell the text encoding: it is not valid {tried} (byte 0x{hex} cannot start a UTF-8 character, and the text does not read as Japanese in the others): save it as UTF-8 and import it again',
  },
  // Excel.
  importNotXlsx: {
    ja: '読み取れるExcelのブック（.xlsx）ではありません（{detail}）',
    en: 'is not a readable Excel workbook (.xlsx): {detail}',
  },
  importNoSheet: { ja: 'ブックにシートがありません', en: 'the workbook has no sheet' },
  importEmptySheet: { ja: '最初のシート「{sheet}」が空です', en: 'the first sheet “{sheet}” is empty' },
  // CSV and sheets.
  csvInvalid: { ja: 'CSVとして正しくありません。{detail}', en: 'is not valid CSV: {detail}' },
  csvUnclosed: {
    ja: '引用符で始まるフィールドが閉じていません（" が足りません）',
    en: 'a quoted field is not closed: a double quote (") is missing',
  },
  csvAfterQuote: {
    ja: '{field}番目のフィールドの閉じ引用符の後に文字があります。引用符の中の " は "" と書きます',
    en: 'unexpected text after the closing quote of field {field}: inside quotes, write a double quote as ""',
  },
  csvNoColumns: {
    ja: '{missing}の列がありません。見出し行に 緯度,経度 や lat,lon（latitude/longitude、lng、x/y も可）の列名が必要です。見出し: {found}',
    en: 'no {missing} column: the header line must name them, e.g. lat,lon (also latitude/longitude, lng, x/y, or the Japanese names); found {found}',
  },
  colsLatitude: { ja: '緯度', en: 'latitude' },
  colsLongitude: { ja: '経度', en: 'longitude' },
  colsBoth: { ja: '緯度と経度', en: 'latitude and longitude' },
  csvNothing: { ja: 'なし', en: 'nothing' },
  csvNoRows: { ja: '見出し行はありますが、データの行がありません', en: 'the file has a header but no data rows' },
  csvAllSwapped: {
    ja: 'すべての行で、{lat}の値は経度、{lon}の値は緯度になっています。2つの列が入れ替わっています（見出しを入れ替えてください）',
    en: 'in every row the {lat} value is a longitude and the {lon} value a latitude: the two columns are swapped (swap their headers)',
  },
  csvValueMissing: {
    ja: '{column}の値がありません（この行は見出しより項目が少ない）',
    en: 'the {column} value is missing (the row has fewer fields than the header)',
  },
  csvValueEmpty: { ja: '{column}の値が空です', en: 'the {column} value is empty' },
  csvDms: {
    ja: '{column}の値「{value}」は度分秒です。10進数の度で書いてください（例：43.0567）',
    en: '{column} “{value}” is in degrees/minutes/seconds: write decimal degrees, e.g. 43.0567',
  },
  csvDecimalComma: {
    ja: '{column}の値「{value}」は小数点にコンマを使っています。ピリオドで書いてください（例：43.0567）',
    en: '{column} “{value}” uses a decimal comma: write a decimal point, e.g. 43.0567',
  },
  csvNotNumber: { ja: '{column}の値「{value}」は数値ではありません', en: '{column} “{value}” is not a number' },
  csvRowSwapped: {
    ja: '{latName} {lat} と {lonName} {lon} は入れ替わっているようです。この地域では {lat} は経度、{lon} は緯度です',
    en: '{latName} {lat} and {lonName} {lon} look swapped: {lat} is a longitude and {lon} a latitude in this area',
  },
  csvOutside: {
    ja: '{latName} {lat}、{lonName} {lon} は受け付ける範囲（緯度 {south}–{north}、経度 {west}–{east}）の外です',
    en: '{latName} {lat}, {lonName} {lon} lies outside the accepted area (latitude {south}–{north}, longitude {west}–{east})',
  },
  importProjected: {
    ja: '数値は投影座標系（平面直角座標系やUTMなど）のメートルのようです。経度・緯度の度（WGS84、EPSG:4326）で書き出してください',
    en: 'the numbers look like metres in a projected coordinate system (e.g. the Japan Plane Rectangular CS or UTM): export longitude/latitude in degrees (WGS84, EPSG:4326) instead',
  },
  // GeoJSON.
  jsonInvalid: { ja: 'JSONとして正しくありません。{detail}', en: 'is not valid JSON: {detail}' },
  jsonExpected: { ja: '{expected}が必要な位置に{found}があります{hint}', en: 'expected {expected}, found {found}{hint}' },
  jsonFoundEnd: { ja: 'ファイルの終わり', en: 'the end of the file' },
  jsonHintQuotes: { ja: '（JSONの文字列は二重引用符 " で囲みます）', en: ' (JSON strings use double quotes)' },
  jsonHintComments: { ja: '（JSONにはコメントを書けません）', en: ' (JSON has no comments)' },
  jsonExpEnd: { ja: 'JSONの値の後のファイルの終わり', en: 'the end of the file after the JSON value' },
  jsonExpValue: {
    ja: '値（オブジェクト、配列、文字列、数値、true、false、null）',
    en: 'a value (object, array, string, number, true, false or null)',
  },
  jsonExpName: { ja: '二重引用符で囲んだプロパティ名', en: 'a property name in double quotes' },
  jsonExpColon: { ja: 'プロパティ名の後の ":"', en: '":" after the property name' },
  jsonExpObjectNext: { ja: 'プロパティの値の後の "," か "}"', en: '"," or "}" after a property value' },
  jsonExpProperty: {
    ja: '"," の後の次のプロパティ（JSONでは末尾のコンマは使えません）',
    en: 'another property after "," (JSON allows no trailing comma)',
  },
  jsonExpArrayNext: { ja: '配列の要素の後の "," か "]"', en: '"," or "]" after an array element' },
  jsonExpElement: {
    ja: '"," の後の次の要素（JSONでは末尾のコンマは使えません）',
    en: 'another element after "," (JSON allows no trailing comma)',
  },
  jsonExpClose: { ja: 'ここで始まる文字列を閉じる二重引用符', en: 'a closing double quote for the string that starts here' },
  jsonExpNoBreak: {
    ja: '文字列の中では改行や制御文字を使えません（\\n と書きます）',
    en: 'no raw line break or control character inside a string (write \\n)',
  },
  jsonExpEscape: {
    ja: '正しいエスケープ（\\" \\\\ \\/ \\b \\f \\n \\r \\t か \\uXXXX）',
    en: 'a valid escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)',
  },
  jsonExpNumber: { ja: '数値', en: 'a number' },
  geoNotGeoJson: {
    ja: 'JSONですがGeoJSONではありません。"type" が FeatureCollection、Feature、ジオメトリの型のいずれかのオブジェクトが必要です（実際：{got}）',
    en: 'is JSON but not GeoJSON: expected an object whose "type" is FeatureCollection, Feature or a geometry type (got {got})',
  },
  geoNeedsFeatures: {
    ja: 'FeatureCollectionには "features" の配列が必要です（実際：{got}）',
    en: 'a FeatureCollection needs a "features" array (got {got})',
  },
  geoNoFeatures: { ja: 'FeatureCollectionに地物がありません', en: 'the FeatureCollection has no features' },
  geoCrs: {
    ja: '座標系「{name}」を使っています。RFC 7946のとおり、経度・緯度の度（WGS84、EPSG:4326）で書き出してください',
    en: 'the file uses the coordinate system “{name}”: export it as longitude/latitude in degrees (WGS84, EPSG:4326), as RFC 7946 requires',
  },
  geoTopoJson: {
    ja: 'GeoJSONではなくTopoJSONです。GeoJSONに変換して（mapshaperなど）読み込んでください',
    en: 'this is TopoJSON, not GeoJSON: convert it to GeoJSON (e.g. with mapshaper) and import that',
  },
  geoUnknownType: {
    ja: '"{type}" はGeoJSONの型ではありません。FeatureCollection、Feature、ジオメトリのいずれかが必要です',
    en: '"{type}" is not a GeoJSON type: expected FeatureCollection, Feature or a geometry',
  },
  geoCollection: {
    ja: 'GeometryCollectionはそのままでは読み込めません。ジオメトリを1つずつFeatureCollectionのFeatureに入れてください',
    en: 'a bare GeometryCollection cannot be imported: put each geometry in its own Feature of a FeatureCollection',
  },
  geoNotFeature: { ja: 'GeoJSONのFeatureが必要です（実際：{got}）', en: 'must be a GeoJSON Feature (got {got})' },
  geoProperties: { ja: 'オブジェクトかnullが必要です（実際：{got}）', en: 'must be an object or null (got {got})' },
  geoAllSwapped: {
    ja: 'すべての地物の座標が [緯度, 経度] の順のようです。GeoJSONは [経度, 緯度] の順です（経度を先にして書き出し直してください）',
    en: 'every feature’s positions look like [latitude, longitude]: GeoJSON wants [longitude, latitude] (re-export with longitude first)',
  },
} as const satisfies Catalogue;
