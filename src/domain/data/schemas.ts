/**
 * The runtime schemas of every data record: the one definition of the data model. The types in
 * `../types.ts` are inferred from them, `npm run schema` turns them into the JSON Schemas under
 * `data/schema/` (for a planner's editor), and the loader checks every record with them.
 * Only the loader imports this module (it runs in the worker chunk); elsewhere import types.
 *
 * Objects are strict: a key the model does not know (a misspelt `nmae_en`) is an error. Rules
 * that span fields or files (a municipality's code, a KPI target's year or span, references)
 * are in `record-rules.ts` and `validate.ts`.
 *
 * To add a record type: write its schema here with `record({...})`, add it to `TABLE_SCHEMAS`
 * (and its file to `files.ts`), infer its type in `../types.ts`, then run `npm run schema`.
 */
import * as v from 'valibot';
import {
  ACCURACIES,
  ACTIVITY_SCOPES,
  ACTIVITY_STAGES,
  LEGACY_GENERATIONS,
  PLAN_CATEGORIES,
  PLAN_GENERATIONS,
  PROMOTERS,
} from '../vocabulary.ts';
import type { TableName } from './files.ts';
import { AN_ARRAY, NOT_EMPTY, STRINGS, bool, finite, lonLat, nonEmptyTexts, nullableNumber, oneOf, optional, record, said, text, texts, withRegex } from './schema-rules.ts';
import { msg } from '../message.ts';

const doc = v.description;

// ---------------------------------------------------------------- word lists

export const AREA_LEVELS = ['hokkaido', 'renkei', 'shinkokyoku', 'municipality'] as const;
/** government | municipal | private | association | education | other */
export const BODY_KINDS = ['government', 'municipal', 'private', 'association', 'education', 'other'] as const;
// The lists the app's types also name live in vocabulary.ts (which imports nothing).
export { ACCURACIES, ACTIVITY_SCOPES, ACTIVITY_STAGES, LEGACY_GENERATIONS, PLAN_GENERATIONS, PROMOTERS };
export const KPI_AGGREGATIONS = ['sum', 'average', 'rate', 'none'] as const;
export const KPI_DIRECTIONS = ['increase', 'decrease'] as const;
export const BODY_BASES = ['printed', 'project-promoter'] as const;

// ---------------------------------------------------------------- sources

export const SourceSchema = record({
  file: withRegex(/^\d{3}_[0-9a-f]{16}\.txt$/, msg('ruleSeedFile')),
  section: v.pipe(text, doc('The section heading the fact was read under.')),
  note: optional(v.pipe(text, doc('Page/row hint inside the section, e.g. "（２/２）" or a KPI row label.'))),
});

const SOURCES_MESSAGE = said(msg('ruleCite'));
const sources = v.pipe(v.array(SourceSchema, SOURCES_MESSAGE), v.minLength(1, SOURCES_MESSAGE), doc('Where every fact came from: seed file + section.'));

// ---------------------------------------------------------------- areas, goals, bodies

export const AreaSchema = record({
  id: v.pipe(text, doc("'hokkaido', 'renkei-…', 'sk-…', or the 5-digit local-government code for a municipality.")),
  level: oneOf(AREA_LEVELS),
  name_ja: text,
  name_en: optional(text),
  parent: v.pipe(v.nullable(text), doc('id of the containing area; null only for hokkaido.')),
  code: optional(withRegex(/^\d{5}$/, msg('ruleCode'), '全国地方公共団体コード without check digit, municipalities only.')),
  office: optional(v.pipe(lonLat, doc('[lon, lat] of the municipal office (役場/市役所), municipalities only.'))),
  office_basis: optional(v.pipe(text, doc('Where the office position was looked up.'))),
  border_region: optional(v.pipe(bool, doc('北方領土隣接地域 (根室市・別海町・中標津町・標津町・羅臼町).'))),
  sources,
});

export const GoalSchema = record({
  id: v.pipe(text, doc("'goal-1' … 'goal-5'.")),
  number: finite,
  theme_ja: v.pipe(text, doc('The theme column, e.g. 食・産業.')),
  theme_en: optional(text),
  name_ja: v.pipe(text, doc('The めざす姿 text.')),
  name_en: optional(text),
  directions_ja: v.pipe(texts, doc('施策の方向性 / policy directions listed under the goal in 002.')),
  sources,
});

export const BodySchema = record({
  id: text,
  name_ja: text,
  name_en: optional(text),
  kind: oneOf(BODY_KINDS),
  sources,
});

// ---------------------------------------------------------------- projects

const InitiativeSchema = record({
  heading_ja: v.pipe(text, doc('The ○ heading, e.g. 我が国を先導する農水産物の生産力強化')),
  items_ja: v.pipe(texts, doc('The ・ lines under it.')),
  bodies: v.pipe(texts, doc('実施主体 printed beside the group, as body ids.')),
});

const CoCreationSchema = record({
  title_ja: v.pipe(text, doc('The ・ title, e.g. 地域マリンビジョンの推進')),
  content_ja: v.pipe(text, doc('（取組内容）')),
  structure_ja: v.pipe(text, doc('（推進体制） as printed.')),
  bodies: v.pipe(texts, doc('（推進体制） resolved to body ids.')),
});

const projectNumber = withRegex(/^\d-\(\d\)$/, msg('ruleProjectNumber'));

export const ProjectSchema = record({
  id: v.pipe(text, doc("Stable id, e.g. 'p-food-industry'.")),
  numbers: v.pipe(
    v.array(projectNumber, STRINGS),
    v.minLength(1, NOT_EMPTY),
    doc("Every number it carries, e.g. ['1-(1)', '4-(2)'] (ASCII digits and parentheses)."),
  ),
  reprints: v.pipe(
    v.array(record({ number: projectNumber, of: projectNumber }), AN_ARRAY),
    doc("Numbers printed as 【再掲】 of the project's first number in 001's overview."),
  ),
  name_ja: text,
  name_en: optional(text),
  promoter: oneOf(PROMOTERS),
  area_ja: v.pipe(text, doc('推進エリア as printed.')),
  areas: v.pipe(nonEmptyTexts, doc('Area ids the 推進エリア covers.')),
  summary_ja: text,
  lineage_note_ja: optional(v.pipe(text, doc("Why a project shares a subject with an earlier plan's project without continuing it."))),
  lineage_note_en: optional(text),
  goals: nonEmptyTexts,
  initiatives: v.array(InitiativeSchema, AN_ARRAY),
  cocreation: v.array(CoCreationSchema, AN_ARRAY),
  infrastructure_ja: v.pipe(texts, doc('Infrastructure lines as printed under 主な基盤整備 / 関連する主な基盤整備 (for the panel).')),
  sources,
});

export const LegacyProjectSchema = record({
  id: text,
  generation: oneOf(LEGACY_GENERATIONS),
  label: optional(v.pipe(text, doc('Number or label as printed, if any.'))),
  name_ja: text,
  name_en: optional(text),
  summary_ja: optional(text),
  continued_by: v.pipe(texts, doc('The current vision projects (ids in projects.json) that continue it.')),
  continuation_basis_ja: v.pipe(text, doc('Why those: the shared theme, in a few words.')),
  sources,
});

// ---------------------------------------------------------------- KPIs and activities

/** A value split 釧路 / 根室 where the document prints it. */
const split = { total: optional(nullableNumber), kushiro: optional(nullableNumber), nemuro: optional(nullableNumber) };
const year = v.pipe(finite, doc('Fiscal year as 西暦 (e.g. 2015 for H27).'));

const ObservationSchema = record({
  year,
  ...split,
  printed_progress: optional(v.pipe(record(split), doc('The progress rate the document prints in brackets, in percent, per split.'))),
});

export const KpiSchema = record({
  id: text,
  project: v.pipe(text, doc('legacy project id (legacy-projects.json) or vision project id (projects.json).')),
  generation: oneOf(LEGACY_GENERATIONS),
  name_ja: text,
  name_en: optional(text),
  unit_ja: text,
  aggregation: v.pipe(oneOf(KPI_AGGREGATIONS), doc("How splits combine: 'sum' means 釧路 + 根室 must equal total; others are not checked.")),
  direction: v.pipe(oneOf(KPI_DIRECTIONS), doc("Higher is better unless 'decrease'.")),
  base: record({ year, year_label_ja: optional(text), ...split }),
  observations: v.array(ObservationSchema, AN_ARRAY),
  target: record({
    year: optional(v.pipe(finite, doc('Single target year (西暦) …'))),
    span: optional(v.pipe(v.strictTuple([finite, finite], said(msg('targetSpan'))), doc('… or a cumulative span, inclusive, e.g. [2016, 2020] for H28〜R2累計.'))),
    label_ja: optional(text),
    ...split,
  }),
  note_ja: optional(v.pipe(text, doc('Free text printed beside the KPI (注記), verbatim.'))),
  sources,
});

/** 施策展開 of 000: what a policy-unit project did / plans per year, with its scope. */
export const ActivitySchema = record({
  id: text,
  project: text,
  year: finite,
  stage: v.pipe(oneOf(ACTIVITY_STAGES), doc('R1 実績 / R2 取組 / R3 予定')),
  scope: v.pipe(oneOf(ACTIVITY_SCOPES), doc('◎ whole region, ○ 釧路, ● 根室')),
  text_ja: text,
  sources,
});

// ---------------------------------------------------------------- GeoJSON properties

export const ContextPropertiesSchema = record({
  id: text,
  name_ja: text,
  name_en: optional(text),
  kind: v.pipe(text, doc('national-park, quasi-national-park, prefectural-park, ramsar-site, scenic-byway, expressway, expressway-section, island')),
  accuracy: oneOf(ACCURACIES),
  represents_ja: text,
  geometry_basis: text,
  sources,
});

/** Properties of every infrastructure feature in the data files (located or not). */
export const ItemPropertiesSchema = record({
  id: text,
  name_ja: text,
  name_en: optional(text),
  category: oneOf(PLAN_CATEGORIES),
  work_ja: v.pipe(text, doc('Kind of work as printed, e.g. 外郭施設等, 係留施設等, 河川改修, 自然再生, 防雪, 整備.')),
  work_en: optional(text),
  body: v.pipe(text, doc('Implementing body id (bodies.json).')),
  body_basis: v.pipe(oneOf(BODY_BASES), doc("Why that body: 'printed' when the plan names it for the item, 'project-promoter' when it is the 推進主体 of the listing project.")),
  program_ja: optional(v.pipe(text, doc('Programme as printed, e.g. 水産生産基盤整備事業.'))),
  projects: v.pipe(nonEmptyTexts, doc('Every project (projects.json ids) whose list names the item.')),
  municipalities: v.pipe(texts, doc('Municipality codes the item lies in.')),
  accuracy: oneOf(ACCURACIES),
  represents_ja: v.pipe(text, doc('What the geometry stands for, e.g. 漁港の代表点, 道路の区間（概略）.')),
  geometry_basis: v.pipe(text, doc('Where the position came from (public reference), or why it is approximate.')),
  sources,
});

// ---------------------------------------------------------------- the plans beyond the projects

export const VISION_KINDS = ['slogan', 'horizon', 'statement'] as const;

/** A 課題 of a policy-unit project (000 「今後の取組を進める上での主な課題」). */
export const ChallengeSchema = record({
  id: text,
  project: v.pipe(text, doc('The policy-unit project (legacy-projects.json, generation policy-unit).')),
  scope: v.pipe(oneOf(ACTIVITY_SCOPES), doc('◎ whole region, ○ 釧路, ● 根室')),
  heading_ja: v.pipe(text, doc('The ■ 施策 heading it is printed under.')),
  text_ja: text,
  sources,
});

/** 002's 地域のめざす姿: the slogan, the horizon and the six statements. */
export const VisionSchema = record({
  id: text,
  kind: oneOf(VISION_KINDS),
  goals: v.pipe(texts, doc('The goals a statement belongs to (none for the one common to all five).')),
  text_ja: text,
  text_en: optional(text),
  year: optional(v.pipe(finite, doc("The horizon's fiscal year (概ね2034年度)."))),
  goal_basis_ja: optional(text),
  sources,
});

const KpiPointSchema = record({
  printed_ja: v.pipe(text, doc('The figure as printed, e.g. 2,240万人.')),
  value: finite,
  unit_ja: v.pipe(v.string(said(msg('ruleString'))), doc('The unit as printed (may be empty).')),
  bound: optional(v.pipe(oneOf(['at-least', 'at-most'] as const), doc('以上 / 以下 printed with the value.'))),
  period_ja: v.pipe(text, doc('The year or span as printed, e.g. H26, H27～R1累計.')),
  from: v.pipe(finite, doc('First fiscal year (西暦) the period covers.')),
  to: v.pipe(finite, doc('Last fiscal year (西暦) the period covers.')),
});

const RegionalKpiSchema = record({
  printed_ja: v.pipe(text, doc('The ○ line as printed.')),
  name_ja: text,
  series: v.pipe(
    v.array(record({ label_ja: optional(text), base: v.nullable(KpiPointSchema), target: KpiPointSchema }), AN_ARRAY),
    v.minLength(1, NOT_EMPTY),
  ),
});

/** A project printed on a 連携地域's page of 003 (H28) or 004 (R3). */
export const RegionalProjectSchema = record({
  id: text,
  generation: oneOf(PLAN_GENERATIONS),
  region: v.pipe(text, doc('The 連携地域 (areas.json) whose page prints it.')),
  name_ja: text,
  scope_ja: v.pipe(text, doc('The bracket printed with the name, e.g. 道央広域(後志、胆振、石狩).')),
  areas: v.pipe(nonEmptyTexts, doc('The 振興局 (areas.json ids) the bracket names.')),
  measures_label_ja: v.pipe(text, doc('施策 or 主な施策, as printed.')),
  measures_ja: v.pipe(nonEmptyTexts, doc('The ■ lines.')),
  kpi_label_ja: v.pipe(text, doc('KPI or 主なKPI, as printed.')),
  kpis: v.pipe(v.array(RegionalKpiSchema, AN_ARRAY), v.minLength(1, NOT_EMPTY)),
  legacy_project: optional(v.pipe(text, doc('The same project in legacy-projects.json (釧路・根室 only).'))),
  sources,
});

/** A 連携地域's page of 003 or 004: めざす姿, 主な施策の展開方向, printed totals. */
export const RegionalPolicySchema = record({
  id: text,
  generation: oneOf(PLAN_GENERATIONS),
  area: v.pipe(text, doc('The 連携地域 (areas.json).')),
  vision_ja: v.pipe(text, doc('地域のめざす姿.')),
  directions_ja: v.pipe(nonEmptyTexts, doc('1 主な施策の展開方向.')),
  projects_total: v.pipe(finite, doc('全N プロジェクト as the page prints it.')),
  printed: v.pipe(oneOf(['all', 'main'] as const), doc("'main': the page prints only the main projects (※主なプロジェクトを掲載).")),
  projects: v.pipe(texts, doc('The printed projects (regional-projects.json ids).')),
  total_note_ja: optional(text),
  directions_order_note_ja: optional(text),
  summary: record({
    projects_total: v.pipe(finite, doc('The total in the 主なプロジェクト table at the head of the document.')),
    example_project: text,
    example_name_ja: text,
    measures_ja: nonEmptyTexts,
    kpi_ja: text,
    note_ja: optional(text),
  }),
  sources,
});

/** A seed document: its file name and the title a planner knows it by. */
export const DocumentSchema = record({
  id: v.pipe(text, doc("The file's number, e.g. '001'.")),
  file: withRegex(/^\d{3}_[0-9a-f]{16}\.txt$/, msg('ruleSeedFile')),
  title_ja: text,
  title_en: text,
  part_ja: v.pipe(text, doc('What part of the document the seed holds.')),
  part_en: text,
});

/** A kana reading of a place name that item names are composed from (data/readings.json). */
export const ReadingSchema = record({
  name_ja: v.pipe(text, doc('The place name as it occurs in item names, e.g. 上春別.')),
  reading: withRegex(/^[\u3041-\u3096\u30fc]+$/, msg('ruleHiragana'), 'The reading in hiragana, e.g. かみしんべつ.'),
  municipality: withRegex(/^\d{5}$/, msg('ruleCode'), 'The municipality (全国地方公共団体コード) whose address data gives the reading.'),
  source: v.pipe(text, doc('Where the reading was read: data set, file and row.')),
});

/** The schema of each table file's records (files.ts names the files). */
export const TABLE_SCHEMAS = {
  areas: AreaSchema,
  goals: GoalSchema,
  bodies: BodySchema,
  projects: ProjectSchema,
  legacyProjects: LegacyProjectSchema,
  kpis: KpiSchema,
  activities: ActivitySchema,
  challenges: ChallengeSchema,
  vision: VisionSchema,
  regionalPolicies: RegionalPolicySchema,
  regionalProjects: RegionalProjectSchema,
  documents: DocumentSchema,
} as const satisfies Record<TableName, v.GenericSchema>;

export type TableRecords = { [K in TableName]: v.InferOutput<(typeof TABLE_SCHEMAS)[K]>[] };
