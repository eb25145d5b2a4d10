/**
 * The JSON Schemas of the data files, generated from the runtime schemas
 * (src/domain/data/schemas.ts) so that an editor checks a data file as a planner types.
 * `npm run schema` writes them to data/schema/; a unit test keeps the committed ones current.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import type { GenericSchema } from 'valibot';
import { ContextPropertiesSchema, ItemPropertiesSchema, ReadingSchema, SourceSchema, TABLE_SCHEMAS } from '../src/domain/data/schemas.ts';
import { READINGS_FILE, TABLE_FILES } from '../src/domain/data/files.ts';

type Json = Record<string, unknown>;

const DRAFT = 'http://json-schema.org/draft-07/schema#';

/**
 * A record schema as JSON Schema. Rules JSON Schema cannot say (finite numbers, rules across
 * fields and files) are left out: `npm run validate` and the app check those.
 */
function record(schema: GenericSchema): Json {
  const { $schema: _, ...json } = toJsonSchema(schema, { errorMode: 'ignore', definitions: { Source: SourceSchema } }) as Json;
  return json;
}

/** Lifts the shared definitions to the top of a file's schema. */
function file(title: string, body: Json, inner: Json): Json {
  const { $defs, ...rest } = inner;
  return { $schema: DRAFT, title, ...replace(body, rest), ...($defs ? { $defs } : {}) };
}

/** `body` with the marker RECORD replaced by the record's schema. */
function replace(body: Json, recordSchema: Json): Json {
  return JSON.parse(JSON.stringify(body), (_, v: unknown) => (v === 'RECORD' ? recordSchema : v)) as Json;
}

const position = {
  type: 'array',
  items: { type: 'number' },
  minItems: 2,
  maxItems: 3,
  description: '[longitude, latitude] in degrees (WGS 84)',
};
const nested = (depth: number): Json => (depth === 0 ? position : { type: 'array', items: nested(depth - 1), minItems: 1 });
const GEOMETRY_DEPTH = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };
const geometry: Json = {
  oneOf: Object.entries(GEOMETRY_DEPTH).map(([type, depth]) => ({
    type: 'object',
    required: ['type', 'coordinates'],
    properties: { type: { const: type }, coordinates: nested(depth) },
  })),
};

const featureCollection = (nullGeometry: boolean): Json => ({
  type: 'object',
  required: ['type', 'features'],
  properties: {
    type: { const: 'FeatureCollection' },
    features: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type', 'geometry', 'properties'],
        properties: {
          type: { const: 'Feature' },
          geometry: nullGeometry ? { oneOf: [geometry, { type: 'null' }] } : geometry,
          properties: 'RECORD',
        },
      },
    },
  },
});

/** File name under data/schema/ → its JSON Schema. */
export function jsonSchemas(): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [name, schema] of Object.entries(TABLE_SCHEMAS)) {
    const dataFile = TABLE_FILES[name as keyof typeof TABLE_FILES];
    out[dataFile.replace(/\.json$/, '.schema.json')] = file(dataFile, { type: 'array', items: 'RECORD' }, record(schema));
  }
  out['infrastructure.schema.json'] = file('infrastructure/*.geojson', featureCollection(true), record(ItemPropertiesSchema));
  out['context.schema.json'] = file('context/*.geojson', featureCollection(false), record(ContextPropertiesSchema));
  out['readings.schema.json'] = file(READINGS_FILE, { type: 'array', items: 'RECORD' }, record(ReadingSchema));
  return out;
}

/** Which data files each schema is for (VS Code's json.schemas fileMatch). */
export function schemaFileMatch(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const dataFile of Object.values(TABLE_FILES)) out[dataFile.replace(/\.json$/, '.schema.json')] = [`data/${dataFile}`];
  out['infrastructure.schema.json'] = ['data/infrastructure/*.geojson'];
  out['context.schema.json'] = ['data/context/*.geojson'];
  out['readings.schema.json'] = [`data/${READINGS_FILE}`];
  return out;
}

export const stringify = (json: unknown): string => `${JSON.stringify(json, null, 2)}\n`;
