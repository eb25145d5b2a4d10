import type { Catalogue } from './entry.ts';

/**
 * The units the plans print after KPI figures, keyed by the printed unit. A multiplier stays a
 * multiplier ("×10,000 people") so that the figures stay the documents' own.
 */
export const UNITS = {
  '%': { ja: '%', en: '%' },
  '％': { ja: '％', en: '%' },
  '%／年': { ja: '%／年', en: '%/year' },
  人: { ja: '人', en: 'people' },
  '人／年': { ja: '人／年', en: 'people/year' },
  '人/年': { ja: '人/年', en: 'people/year' },
  千人: { ja: '千人', en: 'thousand people' },
  万人: { ja: '万人', en: '×10,000 people' },
  千トン: { ja: '千トン', en: 'thousand t' },
  千円: { ja: '千円', en: 'thousand yen' },
  万円: { ja: '万円', en: '×10,000 yen' },
  百万円: { ja: '百万円', en: 'million yen' },
  億円: { ja: '億円', en: '×100 million yen' },
  件: { ja: '件', en: 'items' },
  日: { ja: '日', en: 'days' },
  世帯: { ja: '世帯', en: 'households' },
  か所: { ja: 'か所', en: 'places' },
  カ所: { ja: 'カ所', en: 'places' },
  '㏊': { ja: '㏊', en: 'ha' },
  ha: { ja: 'ha', en: 'ha' },
  kW: { ja: 'kW', en: 'kW' },
  万kW: { ja: '万kW', en: '×10,000 kW' },
  '㎥': { ja: '㎥', en: 'm³' },
  '千㎡': { ja: '千㎡', en: 'thousand m²' },
  事業: { ja: '事業', en: 'projects' },
  品目: { ja: '品目', en: 'products' },
  団体: { ja: '団体', en: 'organisations' },
  市町: { ja: '市町', en: 'municipalities' },
  市町村: { ja: '市町村', en: 'municipalities' },
  町: { ja: '町', en: 'towns' },
  店: { ja: '店', en: 'shops' },
  施設: { ja: '施設', en: 'facilities' },
  社: { ja: '社', en: 'companies' },
  農場: { ja: '農場', en: 'farms' },
} as const satisfies Catalogue;
