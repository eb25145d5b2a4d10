import { describe, expect, it } from 'vitest';
import { formatIssue } from './issues.ts';
import { ALL_FILES } from './load.ts';
import { type FileText, buildDataset } from './validate.ts';

/** A minimal consistent dataset; each test breaks one thing in it. */
function files(): Record<string, unknown> {
  const src = [{ file: '001_7bf47494a3ec3789.txt', section: 'Ⅲ 地域重点プロジェクト' }];
  const muni = { id: '01662', level: 'municipality', name_ja: '厚岸町', parent: 'sk-kushiro', code: '01662', office: [144.85, 43.05], border_region: false, sources: src };
  return {
    'areas.json': [
      { id: 'hokkaido', level: 'hokkaido', name_ja: '北海道', parent: null, sources: src },
      { id: 'renkei-kushiro-nemuro', level: 'renkei', name_ja: '釧路・根室連携地域', parent: 'hokkaido', sources: src },
      { id: 'sk-kushiro', level: 'shinkokyoku', name_ja: '釧路総合振興局', parent: 'renkei-kushiro-nemuro', sources: src },
      muni,
    ],
    'goals.json': [{ id: 'goal-1', number: 1, theme_ja: '食・産業', name_ja: '農林水産業', directions_ja: [], sources: src }],
    'bodies.json': [{ id: 'kuni', name_ja: '国', kind: 'government', sources: src }],
    'projects.json': [
      {
        id: 'p-a', numbers: ['1-(1)'], reprints: [], name_ja: 'P', promoter: 'kuni', area_ja: '釧路・根室連携地域', areas: ['renkei-kushiro-nemuro'],
        summary_ja: 's', goals: ['goal-1'], initiatives: [{ heading_ja: 'h', items_ja: ['i'], bodies: ['kuni'] }], cocreation: [], infrastructure_ja: [], sources: src,
      },
    ],
    'legacy-projects.json': [],
    'kpis.json': [],
    'activities.json': [],
    'challenges.json': [],
    'vision.json': [],
    'regional-policies.json': [],
    'regional-projects.json': [],
    'documents.json': [],
    'infrastructure/fishing-ports.geojson': { type: 'FeatureCollection', features: [port('fp-a', [144.85, 43.05])] },
    'infrastructure/unlocated.geojson': { type: 'FeatureCollection', features: [] },
  };
}

function port(id: string, coordinates: unknown, props: Record<string, unknown> = {}) {
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates },
    properties: {
      id, name_ja: '厚岸漁港', category: 'fishing-port', work_ja: '整備', body: 'kuni', body_basis: 'project-promoter', projects: ['p-a'],
      municipalities: ['01662'], accuracy: 'approximate', represents_ja: '漁港の代表点', geometry_basis: 'test',
      sources: [{ file: '001_7bf47494a3ec3789.txt', section: '○ 漁港' }], ...props,
    },
  };
}

function build(f: Record<string, unknown>, raw: Record<string, string> = {}) {
  return buildDataset((path): FileText => {
    if (path in raw) return { ok: true, text: raw[path]! };
    if (path in f) return { ok: true, text: JSON.stringify(f[path]) };
    if (/^(infrastructure|basemap|context)\//.test(path)) return { ok: true, text: JSON.stringify({ type: 'FeatureCollection', features: [] }) };
    return { ok: false, reason: 'could not be read: ENOENT' };
  });
}

const messages = (r: ReturnType<typeof build>) => r.issues.map(formatIssue);

describe('buildDataset', () => {
  it('accepts a consistent dataset', () => {
    const r = build(files());
    expect(r.issues).toEqual([]);
    expect(r.dataset.items.map((i) => i.properties.id)).toEqual(['fp-a']);
  });

  it('knows every data file', () => {
    expect(ALL_FILES).toContain('projects.json');
    expect(ALL_FILES.filter((f) => f.startsWith('infrastructure/'))).toHaveLength(9);
  });

  it('names the file of invalid JSON and keeps the rest', () => {
    const r = build(files(), { 'bodies.json': '[{"id": "kuni",' });
    expect(messages(r)[0]).toMatch(/^bodies\.json: is not valid JSON/);
    expect(r.failedFiles).toEqual(['bodies.json']);
    expect(r.dataset.projects).toHaveLength(1);
  });

  it('names a missing file', () => {
    const f = files();
    delete f['goals.json'];
    expect(messages(build(f))).toContain('goals.json: could not be read: ENOENT');
  });

  it('reports swapped longitude and latitude with the record and field', () => {
    const f = files();
    (f['infrastructure/fishing-ports.geojson'] as { features: unknown[] }).features = [port('fp-a', [43.05, 144.85])];
    const r = build(f);
    expect(messages(r)).toContain(
      'infrastructure/fishing-ports.geojson › record fp-a › field geometry.coordinates: [43.05, 144.85] looks like [latitude, longitude]: GeoJSON wants [longitude, latitude]',
    );
    expect(r.dataset.items).toEqual([]);
  });

  it('takes a wider box from an optional manifest, and reports a bad manifest', () => {
    const f = files();
    (f['infrastructure/fishing-ports.geojson'] as { features: unknown[] }).features = [port('fp-a', [141.35, 43.06])];
    expect(build(f, { 'manifest.json': '{"bbox": [139.3, 41.3, 145.9, 45.6]}' }).issues).toEqual([]);
    expect(messages(build(f, { 'manifest.json': '{"bbox": [0, 0, 180, 90]}' }))[0]).toMatch(/^manifest\.json › record manifest › field bbox: must be \[west, south, east, north\] within/);
  });

  it('reports a coordinate outside the region', () => {
    const f = files();
    (f['infrastructure/fishing-ports.geojson'] as { features: unknown[] }).features = [port('fp-a', [141.35, 43.06])];
    expect(messages(build(f))[0]).toMatch(/fp-a › field geometry\.coordinates: \[141\.35, 43\.06\] lies outside the region/);
  });

  it('reports an unknown project, body and municipality, each on its own field', () => {
    const f = files();
    (f['infrastructure/fishing-ports.geojson'] as { features: unknown[] }).features = [port('fp-a', [144.85, 43.05], { projects: ['p-x'], body: 'nobody', municipalities: ['99999'] })];
    expect(messages(build(f))).toEqual([
      'infrastructure/fishing-ports.geojson › record fp-a › field projects: refers to unknown project "p-x"',
      'infrastructure/fishing-ports.geojson › record fp-a › field body: refers to unknown body "nobody"',
      'infrastructure/fishing-ports.geojson › record fp-a › field municipalities: refers to unknown municipality "99999"',
    ]);
  });

  it('checks the plans beyond the projects: a 課題, a めざす姿 statement, a regional project and policy, each by file › record › field', () => {
    const f = files();
    const src = [{ file: '003_9ff3f2c4b2a3626f.txt', section: 'Ⅲ 各地域の政策' }];
    const pt = (printed_ja: string, value: number, from: number, to = from) => ({ printed_ja, value, unit_ja: '人', period_ja: 'H26', from, to });
    f['challenges.json'] = [{ id: 'chl-1', project: 'lp-x', scope: 'nemuro', heading_ja: 'h', text_ja: 't', sources: src }];
    f['vision.json'] = [{ id: 'vision-1', kind: 'statement', goals: ['goal-9'], text_ja: 't', sources: src }, { id: 'vision-h', kind: 'horizon', goals: [], text_ja: '概ね', sources: src }];
    f['regional-projects.json'] = [
      {
        id: 'rj-1', generation: 'h28-policy', region: 'renkei-kushiro-nemuro', name_ja: 'P', scope_ja: '釧路', areas: ['sk-kushiro', 'sk-nowhere'],
        measures_label_ja: '施策', measures_ja: ['m'], kpi_label_ja: 'KPI', kpis: [{ printed_ja: '○k', name_ja: 'k', series: [{ base: pt('1人', 1, 2016, 2014), target: pt('2人', 2, 2019) }] }], sources: src,
      },
    ];
    f['regional-policies.json'] = [
      {
        id: 'rp-1', generation: 'r3-policy', area: 'renkei-kushiro-nemuro', vision_ja: 'v', directions_ja: ['d'], projects_total: 5, printed: 'all', projects: ['rj-1', 'rj-2'],
        summary: { projects_total: 5, example_project: 'rj-1', example_name_ja: 'P', measures_ja: ['m'], kpi_ja: '○k' }, nmae: 'typo', sources: src,
      },
    ];
    f['documents.json'] = [{ id: '003', file: '003.txt', title_ja: 't', title_en: 't', part_ja: 'p', part_en: 'p' }];
    const got = messages(build(f));
    expect(got).toEqual(
      expect.arrayContaining([
        'challenges.json › record chl-1 › field project: refers to unknown earlier project "lp-x"',
        'vision.json › record vision-1 › field goals: refers to unknown goal "goal-9"',
        'vision.json › record vision-h › field year: the horizon needs its fiscal year',
        'regional-projects.json › record rj-1 › field kpis[0].series[0].base: must cover fiscal years from ≤ to (got 2016–2014)',
        expect.stringMatching(/^regional-policies\.json › record rp-1 › field nmae: /),
        expect.stringMatching(/^documents\.json › record 003 › field file: /),
      ]),
    );
    // rj-1 is set aside for its own issue: the policy names it as set aside, and rj-2 as unknown.
    delete (f['regional-policies.json'] as Record<string, unknown>[])[0]!['nmae'];
    (f['regional-projects.json'] as { kpis: { series: { base: { from: number } }[] }[] }[])[0]!.kpis[0]!.series[0]!.base.from = 2014;
    expect(messages(build(f))).toEqual(
      expect.arrayContaining([
        'regional-projects.json › record rj-1 › field areas: refers to unknown area "sk-nowhere"',
        'regional-policies.json › record rp-1 › field projects: refers to regional project "rj-1", which was set aside (see its own issue): the policy is kept',
        'regional-policies.json › record rp-1 › field projects: refers to unknown regional project "rj-2"',
      ]),
    );
  });

  it('reports a duplicate id across files', () => {
    const f = files();
    (f['infrastructure/fishing-ports.geojson'] as { features: unknown[] }).features = [port('fp-a', [144.85, 43.05]), port('fp-a', [144.86, 43.05])];
    expect(messages(build(f))).toContain('infrastructure/fishing-ports.geojson › record fp-a › field id: is already used by an item in infrastructure/fishing-ports.geojson');
  });

  it('requires a citation on every record', () => {
    const f = files();
    (f['bodies.json'] as Record<string, unknown>[])[0]!['sources'] = [];
    expect(messages(build(f))).toContain('bodies.json › record kuni › field sources: must cite at least one source ({file, section})');
  });

  it('rejects a category that does not belong in the file', () => {
    const f = files();
    (f['infrastructure/fishing-ports.geojson'] as { features: unknown[] }).features = [port('fp-a', [144.85, 43.05], { category: 'harbor' })];
    expect(messages(build(f))).toContain('infrastructure/fishing-ports.geojson › record fp-a › field category: must be "fishing-port" in this file (got a string "harbor")');
  });

  it('rejects an unclosed polygon ring and a null geometry in a located file', () => {
    const f = files();
    const poly = port('fp-b', null);
    (poly as { geometry: unknown }).geometry = { type: 'Polygon', coordinates: [[[144.8, 43.0], [144.9, 43.0], [144.9, 43.1], [144.8, 43.1]]] };
    const nul = { ...port('fp-c', null), geometry: null };
    (f['infrastructure/fishing-ports.geojson'] as { features: unknown[] }).features = [poly, nul];
    const m = messages(build(f));
    expect(m).toContain('infrastructure/fishing-ports.geojson › record fp-b › field geometry.coordinates[0]: a polygon ring must be closed (first position = last position)');
    expect(m[1]).toMatch(/record fp-c › field geometry: is null, but this file holds located items/);
  });

  it('names a nested field path and a bad enum value', () => {
    const f = files();
    const p = (f['projects.json'] as Record<string, unknown>[])[0]!;
    p['initiatives'] = [{ heading_ja: 'h', items_ja: [], bodies: ['ghost'] }];
    p['promoter'] = 'city';
    const m = messages(build(f));
    expect(m).toContain('projects.json › record p-a › field promoter: must be one of kuni, do (got a string "city")');
  });

  it('names a dangling body inside an initiative', () => {
    const f = files();
    (f['projects.json'] as Record<string, unknown>[])[0]!['initiatives'] = [{ heading_ja: 'h', items_ja: [], bodies: ['ghost'] }];
    expect(messages(build(f))).toContain('projects.json › record p-a › field initiatives[0].bodies: refers to unknown body "ghost"');
  });

  it('checks a KPI target has a year or a valid span', () => {
    const f = files();
    f['kpis.json'] = [
      { id: 'k', project: 'p-a', generation: 'policy-unit', name_ja: 'K', unit_ja: '件', aggregation: 'sum', direction: 'increase', base: { year: 2014, total: 1 }, observations: [], target: { span: [2020, 2016], total: 5 }, sources: [{ file: '000_06cf854e2d481849.txt', section: 's' }] },
    ];
    const m = messages(build(f));
    expect(m).toContain('kpis.json › record k › field target: needs a year or a span [from, to]');
    expect(m).toContain('kpis.json › record k › field target.span: must be [from, to] fiscal years with from ≤ to');
  });
});

describe('one bad record is set aside alone (issue 21.3)', () => {
  it('a project set aside keeps the items that name it, each reference reported', () => {
    const f = files();
    delete (f['projects.json'] as Record<string, unknown>[])[0]!['summary_ja'];
    const r = build(f);
    expect(messages(r)).toEqual([
      'projects.json › record p-a › field summary_ja: is missing',
      'infrastructure/fishing-ports.geojson › record fp-a › field projects: refers to project "p-a", which was set aside (see its own issue): the item is kept',
    ]);
    expect(r.dataset.projects).toEqual([]);
    expect(r.dataset.items.map((i) => i.properties.id)).toEqual(['fp-a']);
  });

  it('a table file of the wrong shape is named, and the records that refer to it stay', () => {
    const f = files();
    f['projects.json'] = { projects: f['projects.json'] };
    const r = build(f);
    expect(messages(r)).toHaveLength(1);
    expect(messages(r)[0]).toMatch(/^projects\.json: must be a JSON array of records \(got an object \{"projects": \[\{"id": "p-a", .{40,80}…\)$/);
    expect(r.failedFiles).toEqual(['projects.json']);
    expect(r.dataset.items.map((i) => i.properties.id)).toEqual(['fp-a']);
  });

  it('goals.json of {"goals": []} does not take the projects with it', () => {
    const f = files();
    f['goals.json'] = { goals: [] };
    const r = build(f);
    expect(messages(r)).toEqual(['goals.json: must be a JSON array of records (got an object {"goals": []})']);
    expect(r.dataset.projects.map((p) => p.id)).toEqual(['p-a']);
  });

  it('a municipality set aside keeps the items that lie in it, and a body set aside keeps its items', () => {
    const f = files();
    const areas = f['areas.json'] as Record<string, unknown>[];
    areas[3]!['nmae_en'] = 'Akkeshi';
    (f['bodies.json'] as Record<string, unknown>[])[0]!['kind'] = 'state';
    const r = build(f);
    expect(messages(r)).toContain('infrastructure/fishing-ports.geojson › record fp-a › field municipalities: refers to municipality "01662", which was set aside (see its own issue): the item is kept');
    expect(messages(r)).toContain('infrastructure/fishing-ports.geojson › record fp-a › field body: refers to body "kuni", which was set aside (see its own issue): the item is kept');
    expect(r.dataset.items).toHaveLength(1);
    expect(r.dataset.projects).toHaveLength(1);
  });

  it('a reference to an id no record has is still an error that sets the record aside', () => {
    const f = files();
    (f['infrastructure/fishing-ports.geojson'] as { features: unknown[] }).features = [port('fp-a', [144.85, 43.05], { projects: ['p-x'] })];
    expect(build(f).dataset.items).toEqual([]);
  });
});

describe('messages name the field, the type and the value as written (issue 21.9)', () => {
  const projectWith = (props: Record<string, unknown>) => {
    const f = files();
    Object.assign((f['projects.json'] as Record<string, unknown>[])[0]!, props);
    return messages(build(f));
  };

  it('a misspelt key is an error naming the key it resembles', () => {
    expect(projectWith({ nmae_en: 'Food' })[0]).toBe('projects.json › record p-a › field nmae_en: is not a field of this record (did you mean "name_en"?)');
    const f = files();
    const props = port('fp-a', [144.85, 43.05]).properties as Record<string, unknown>;
    props['acuracy'] = props['accuracy'];
    delete props['accuracy'];
    (f['infrastructure/fishing-ports.geojson'] as { features: unknown[] }).features = [{ ...port('fp-a', [144.85, 43.05]), properties: props }];
    expect(messages(build(f))).toEqual([
      'infrastructure/fishing-ports.geojson › record fp-a › field accuracy: is missing',
      'infrastructure/fishing-ports.geojson › record fp-a › field acuracy: is not a field of this record (did you mean "accuracy"?)',
    ]);
  });

  it('a number written as a string is shown as a string', () => {
    const f = files();
    f['kpis.json'] = [
      { id: 'k', project: 'p-a', generation: 'policy-unit', name_ja: 'K', unit_ja: '件', aggregation: 'sum', direction: 'increase', base: { year: 2014, total: '1324' }, observations: [], target: { year: 2020, total: 5 }, sources: [{ file: '000_06cf854e2d481849.txt', section: 's' }] },
    ];
    expect(messages(build(f))).toEqual(['kpis.json › record k › field base.total: must be a number or null (got a string "1324")']);
  });

  it('a bad position shows what was found, and a number too large is not called metres', () => {
    const at = (coordinates: unknown, raw?: string) => {
      const f = files();
      (f['infrastructure/fishing-ports.geojson'] as { features: unknown[] }).features = [port('fp-a', coordinates)];
      const text: Record<string, string> = {};
      if (raw !== undefined) text['infrastructure/fishing-ports.geojson'] = JSON.stringify(f['infrastructure/fishing-ports.geojson']).replace('"INF"', raw);
      return messages(build(f, text));
    };
    expect(at([144.85])).toEqual(['infrastructure/fishing-ports.geojson › record fp-a › field geometry.coordinates: must be a position [longitude, latitude] of finite numbers (got an array [144.85])']);
    expect(at(['144.85', 43.05])).toEqual(['infrastructure/fishing-ports.geojson › record fp-a › field geometry.coordinates: must be a position [longitude, latitude] of finite numbers (got an array ["144.85", 43.05])']);
    expect(at(['INF', 43.05], '1e999')).toEqual(['infrastructure/fishing-ports.geojson › record fp-a › field geometry.coordinates: must be a position [longitude, latitude] of finite numbers (got an array [Infinity, 43.05])']);
  });

  it('a very long value is cut to about 80 characters', () => {
    const [m] = projectWith({ promoter: 'x'.repeat(1_000_000) });
    expect(m).toMatch(/^projects\.json › record p-a › field promoter: must be one of kuni, do \(got a string "x{70,80}"…\)$/);
  });

  it('no message echoes a 1 MB key, id or reference in full', () => {
    const huge = 'y'.repeat(1_000_000);
    for (const props of [{ [huge]: 1 }, { id: huge }, { goals: [huge] }, { name_ja: 5, [`${huge}z`]: huge }]) {
      const all = projectWith(props);
      expect(all.length, Object.keys(props).join()).toBeGreaterThan(0);
      for (const m of all) expect(m.length, m.slice(0, 120)).toBeLessThan(400);
    }
  });

  it('a swapped or absurd municipality office position is an error', () => {
    const office = (position: unknown) => {
      const f = files();
      (f['areas.json'] as Record<string, unknown>[])[3]!['office'] = position;
      return messages(build(f)).filter((m) => m.startsWith('areas.json'));
    };
    expect(office([43.05, 144.85])).toEqual(['areas.json › record 01662 › field office: [43.05, 144.85] looks like [latitude, longitude]: GeoJSON wants [longitude, latitude]']);
    expect(office([0, 0])).toEqual(['areas.json › record 01662 › field office: [0, 0] lies outside the region (lon 143–146.2, lat 42.6–44.5)']);
    expect(office([144.85, 43.05])).toEqual([]);
  });
});
