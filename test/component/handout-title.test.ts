import { describe, expect, it } from 'vitest';
import { handoutTitle } from '../../src/components/app/handout.ts';
import { t } from '../../src/domain/i18n.ts';
import { selectionTitle } from '../../src/domain/titles.ts';
import { loadRealData } from '../load-data.ts';

const { atlas } = loadRealData();

describe('handoutTitle', () => {
  const project = { kind: 'project' as const, id: atlas.data.projects[0]!.id };
  const scene = { id: 's', title_ja: '場面', title_en: 'Scene' } as Parameters<typeof handoutTitle>[0]['scene'];

  it("the tour scene's title in the UI language, whatever is selected", () => {
    expect(handoutTitle({ atlas, lang: 'en', selection: project, scene })).toBe('Scene');
    expect(handoutTitle({ atlas, lang: 'ja', selection: project, scene })).toBe('場面');
  });

  it("else the selection's heading, else the app's name", () => {
    expect(handoutTitle({ atlas, lang: 'ja', selection: project, scene: null })).toBe(selectionTitle(atlas, project, 'ja'));
    expect(handoutTitle({ atlas, lang: 'ja', selection: null, scene: null })).toBe(t('ja', 'appTitle'));
    expect(handoutTitle({ atlas, lang: 'en', selection: { kind: 'item', id: 'nope' }, scene: null })).toBe(t('en', 'appTitle'));
  });
});
