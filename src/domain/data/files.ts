import type { Message } from '../message.ts';
import type { ContextLayerId, LocatedCategory } from '../vocabulary.ts';

/**
 * A file's text, or why it could not be read (missing, HTTP error …): a message in the app, or
 * plain English from the command-line scripts and tests, which print English anyway.
 */
export type FileText = { ok: true; text: string } | { ok: false; reason: Message | string };

/** [west, south, east, north] in degrees. */
export type BBox = [number, number, number, number];

/** Every data file the app loads, relative to data/. The one list the loader and validator share. */
export const TABLE_FILES = {
  areas: 'areas.json',
  goals: 'goals.json',
  bodies: 'bodies.json',
  projects: 'projects.json',
  legacyProjects: 'legacy-projects.json',
  kpis: 'kpis.json',
  activities: 'activities.json',
  challenges: 'challenges.json',
  vision: 'vision.json',
  regionalPolicies: 'regional-policies.json',
  regionalProjects: 'regional-projects.json',
  documents: 'documents.json',
} as const;
export type TableName = keyof typeof TABLE_FILES;

export const INFRASTRUCTURE_FILES: Record<LocatedCategory, string> = {
  'fishing-port': 'infrastructure/fishing-ports.geojson',
  harbor: 'infrastructure/harbors.geojson',
  road: 'infrastructure/roads.geojson',
  river: 'infrastructure/rivers.geojson',
  agriculture: 'infrastructure/agriculture.geojson',
  park: 'infrastructure/parks.geojson',
  airport: 'infrastructure/airports.geojson',
  'disaster-prevention': 'infrastructure/disaster-prevention.geojson',
};

/** Items the plans name without a place: RFC 7946 features with null geometry. */
export const UNLOCATED_FILE = 'infrastructure/unlocated.geojson';

/** Context layers, off by default. */
export const CONTEXT_FILES: Record<ContextLayerId, string> = {
  parks: 'context/parks.geojson',
  byways: 'context/byways.geojson',
  expressway: 'context/expressway.geojson',
  islands: 'context/islands.geojson',
};

/** Context reaches beyond the region (the parks of 阿寒摩周, 択捉島). */
export const CONTEXT_BBOX: [number, number, number, number] = [139.0, 41.0, 149.0, 46.0];

export const BASEMAP_FILES = {
  places: 'basemap/places.geojson',
  labels: 'basemap/labels.geojson',
  municipalities: 'basemap/municipalities.geojson',
} as const;

/** The region's full-resolution basemap tiles (land, boundaries, municipalities), relative to data/. */
export const BASEMAP_TILES = 'basemap/tiles/{z}/{x}/{y}.pbf';
/** All of Hokkaido's basemap tiles (land, lakes, boundaries; coarse), relative to data/. */
export const BASEMAP_HOKKAIDO_TILES = 'basemap/hokkaido/{z}/{x}/{y}.pbf';

/**
 * The Kushiro–Nemuro region with a margin: every infrastructure coordinate must fall inside.
 * A swapped lon/lat pair (43.x, 144.x) falls outside and is reported as such.
 */
export const REGION_BBOX: [number, number, number, number] = [143.0, 42.6, 146.2, 44.5];

/**
 * Optional: a `bbox` that widens the box infrastructure must lie in (e.g. all of Hokkaido;
 * without it REGION_BBOX applies) and the items' vector `tiles` (see manifest.ts).
 */
export const MANIFEST_FILE = 'manifest.json';

/**
 * Optional: kana readings of the place names in item names (上春別 → かみしんべつ), each citing
 * its public source, for search. Without it search still reads the romanised names.
 */
export const READINGS_FILE = 'readings.json';

/** The widest box a manifest may give: Hokkaido with its islands. */
export const MAX_BBOX: [number, number, number, number] = [139.0, 41.0, 149.0, 46.0];

/** The map: Hokkaido with room around it, as far as the camera may pan (and where a tour may point). */
export const BASEMAP_BBOX: [number, number, number, number] = [136.5, 39.5, 152.5, 47.5];

/** Where basemap files may reach: the land beyond Hokkaido is clipped well outside the map. */
export const BASEMAP_DATA_BBOX: [number, number, number, number] = [135, 38, 154, 49];
