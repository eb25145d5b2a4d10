import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type {
  Activity,
  Area,
  Body,
  Challenge,
  ContextLayerId,
  ContextProperties,
  Goal,
  ItemProperties,
  Kpi,
  LegacyProject,
  PlanDocument,
  Project,
  Reading,
  RegionalPolicy,
  RegionalProject,
  VisionStatement,
} from '../types.ts';
import type { TileSet } from './manifest.ts';

/**
 * The data set the app runs on, as the loader builds it from data/ (validate.ts): its own module
 * so that the reference checks (references.ts) and the validator can both name it.
 */
export type Item = Feature<Geometry | null, ItemProperties>;

export interface Dataset {
  areas: Area[];
  goals: Goal[];
  bodies: Body[];
  projects: Project[];
  legacyProjects: LegacyProject[];
  kpis: Kpi[];
  activities: Activity[];
  /** 000's 課題 of the policy-unit projects. */
  challenges: Challenge[];
  /** 002's めざす姿: slogan, horizon, statements. */
  vision: VisionStatement[];
  /** 003 / 004 for all 6 連携地域. */
  regionalPolicies: RegionalPolicy[];
  regionalProjects: RegionalProject[];
  /** The seed documents' titles (for provenance in words). */
  documents: PlanDocument[];
  /** Located and unlocated infrastructure items, in file order. */
  items: Item[];
  /** Names of islands, lakes and the like (basemap). The land, lakes and boundary lines are vector tiles, which the map reads. */
  places: FeatureCollection | null;
  /** Label points of the municipalities and 振興局 (basemap). */
  labels: FeatureCollection | null;
  /** The region's official municipal polygons (N03, simplified): area outlines, roll-ups, item checks. */
  municipalityShapes: FeatureCollection | null;
  /** Context layers; a layer whose file failed is empty. */
  context: Record<ContextLayerId, Feature<Geometry, ContextProperties>[]>;
  /** Kana readings of place names in item names (optional file; empty without it), for search. */
  readings: Reading[];
  /** Vector tiles of the located items, when the manifest names them: the map draws from those. */
  tiles: TileSet | null;
}
