import type {
  Accuracy,
  ActivityScope,
  ActivityStage,
  Category,
  Generation,
  KpiStatus,
  PromoterId,
  RegionMeasureKind,
  Split,
} from '../vocabulary.ts';
import type { Catalogue } from './entry.ts';

/** The names of the data's closed vocabularies, one table per vocabulary, every value in both languages. */
export const LABELS = {
  category: {
    'fishing-port': { ja: '漁港', en: 'Fishing ports' },
    harbor: { ja: '港湾', en: 'Harbours' },
    road: { ja: '道路', en: 'Roads' },
    river: { ja: '河川', en: 'Rivers' },
    agriculture: { ja: '農業', en: 'Agriculture' },
    park: { ja: '公園', en: 'Parks' },
    airport: { ja: '空港', en: 'Airport' },
    'disaster-prevention': { ja: '防災（火山）', en: 'Disaster prevention (volcanoes)' },
    forestry: { ja: '林業', en: 'Forestry' },
    fishery: { ja: '漁業', en: 'Fisheries' },
    welfare: { ja: '社会福祉', en: 'Social welfare' },
    coast: { ja: '海岸', en: 'Coast' },
    'border-promotion': { ja: '北方領土隣接地域振興', en: 'Border-area promotion' },
    imported: { ja: '読み込んだデータ', en: 'Your data' },
  } satisfies Catalogue<Category>,
  accuracy: {
    exact: { ja: '正確', en: 'exact' },
    approximate: { ja: '概略', en: 'approximate' },
    'representative-point': { ja: '代表点', en: 'representative point' },
  } satisfies Catalogue<Accuracy>,
  promoter: {
    kuni: { ja: '国', en: 'National' },
    do: { ja: '道', en: 'Hokkaido' },
  } satisfies Catalogue<PromoterId>,
  split: {
    total: { ja: '計', en: 'Total' },
    kushiro: { ja: '釧路', en: 'Kushiro' },
    nemuro: { ja: '根室', en: 'Nemuro' },
  } satisfies Catalogue<Split>,
  status: {
    achieved: { ja: '達成', en: 'achieved' },
    'on-track': { ja: '順調', en: 'on track' },
    behind: { ja: '遅れ', en: 'behind' },
    unknown: { ja: '判定不可', en: 'not judged' },
  } satisfies Catalogue<KpiStatus>,
  generation: {
    'h28-policy': { ja: 'H28 政策展開方針（003）', en: 'FY2016 (H28) regional policy (003)' },
    'policy-unit': { ja: '地域重点政策ユニット推進管理表（000）', en: 'Policy-unit management tables (000)' },
    'r3-policy': { ja: 'R3 政策展開方針 原案（004）', en: 'FY2021 (R3) regional policy, draft (004)' },
    vision: { ja: '地域づくり推進ビジョン（001）', en: 'Current regional vision (001)' },
  } satisfies Catalogue<Generation>,
  regionMeasure: {
    projects: { ja: '掲載プロジェクト数（その振興局を対象に含むもの）', en: 'Printed projects naming the subprefecture' },
    total: { ja: '連携地域のプロジェクト総数（「全Nプロジェクト」の記載）', en: 'Projects of the region in all (the printed total)' },
    kpi: { ja: '指標の計画上の伸び（基準→目標）', en: 'KPI: planned change (base → target)' },
  } satisfies Catalogue<RegionMeasureKind>,
  scope: {
    all: { ja: 'すべて', en: 'All' },
    region: { ja: '地域全体', en: 'Whole region' },
    kushiro: { ja: '釧路', en: 'Kushiro' },
    nemuro: { ja: '根室', en: 'Nemuro' },
  } satisfies Catalogue<'all' | ActivityScope>,
  stage: {
    result: { ja: '実績', en: 'results' },
    ongoing: { ja: '取組', en: 'under way' },
    planned: { ja: '予定', en: 'planned' },
  } satisfies Catalogue<ActivityStage>,
} as const;

export type LabelTable = keyof typeof LABELS;
