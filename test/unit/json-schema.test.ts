import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, schemaFileMatch, stringify } from '../../scripts/json-schemas.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SCHEMA_DIR = join(ROOT, 'data', 'schema');
const generated = jsonSchemas();
const read = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

/** Data files each schema applies to, from its fileMatch patterns (a `*` stands for one file name). */
function dataFiles(name: string): string[] {
  return (schemaFileMatch()[name] ?? []).flatMap((pattern) => {
    if (!pattern.includes('*')) return [pattern];
    const dir = pattern.slice(0, pattern.lastIndexOf('/'));
    const ext = pattern.slice(pattern.lastIndexOf('*') + 1);
    return readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith(ext))
      .map((f) => `${dir}/${f}`);
  });
}

describe('the JSON Schemas under data/schema/', () => {
  it('are the ones the runtime schemas generate (run `npm run schema` after changing src/domain/data/schemas.ts)', () => {
    expect(
      readdirSync(SCHEMA_DIR)
        .filter((f) => f.endsWith('.schema.json'))
        .sort(),
    ).toEqual(Object.keys(generated).sort());
    for (const [name, schema] of Object.entries(generated))
      expect(readFileSync(join(SCHEMA_DIR, name), 'utf8'), name).toBe(stringify(schema));
  });

  it('are applied to the data files by the committed VS Code settings', () => {
    const settings = read('.vscode/settings.json') as { 'json.schemas': { fileMatch: string[]; url: string }[] };
    expect(settings['json.schemas']).toEqual(
      Object.entries(schemaFileMatch()).map(([name, fileMatch]) => ({ fileMatch, url: `./data/schema/${name}` })),
    );
  });

  const ajv = new Ajv({ allErrors: true, strict: false });
  it.each(Object.keys(generated))('%s accepts every data file it applies to', (name) => {
    const validate = ajv.compile(generated[name]!);
    const files = dataFiles(name);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(validate(read(file)) ? [] : validate.errors, file).toEqual([]);
  });

  it('rejects a misspelt key and a value of the wrong type, as an editor would show', () => {
    const validate = ajv.compile(generated['projects.schema.json']!);
    const [project] = read('data/projects.json') as Record<string, unknown>[];
    const { name_en, ...rest } = project!;
    expect(validate([{ ...rest, nmae_en: name_en }])).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({ keyword: 'additionalProperties', params: { additionalProperty: 'nmae_en' } }),
    );
    expect(validate([{ ...project, promoter: 'city' }])).toBe(false);
    expect(validate.errors).toContainEqual(expect.objectContaining({ instancePath: '/0/promoter', keyword: 'enum' }));
  });
});
