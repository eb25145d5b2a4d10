/**
 * `npm run schema`: writes the JSON Schemas of the data files to data/schema/ and the VS Code
 * mapping that applies them (.vscode/settings.json, json.schemas), from the runtime schemas.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas, schemaFileMatch, stringify } from './json-schemas.ts';

const root = join(import.meta.dirname, '..');
const dir = join(root, 'data', 'schema');
mkdirSync(dir, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) writeFileSync(join(dir, name), stringify(schema));

const settingsFile = join(root, '.vscode', 'settings.json');
let settings: Record<string, unknown> = {};
try {
  settings = JSON.parse(readFileSync(settingsFile, 'utf8')) as Record<string, unknown>;
} catch {
  mkdirSync(join(root, '.vscode'), { recursive: true });
}
settings['json.schemas'] = Object.entries(schemaFileMatch()).map(([name, fileMatch]) => ({ fileMatch, url: `./data/schema/${name}` }));
writeFileSync(settingsFile, stringify(settings));
console.log(`schema: ${Object.keys(jsonSchemas()).length} JSON Schemas in data/schema/, mapped in .vscode/settings.json`);
