// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import '../../src/components/data-banner.ts';
import { fileIssue } from '../../src/domain/data/issues.ts';
import { importFile } from '../../src/domain/import/import-file.ts';
import type { ImportError } from '../../src/domain/import/result.ts';
import { msg } from '../../src/domain/message.ts';
import type { Lang } from '../../src/domain/types.ts';

const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
const errorsOf = (name: string, body: string): ImportError[] => {
  const r = importFile(name, new TextEncoder().encode(body));
  return r.ok ? [] : r.errors;
};

async function mount(lang: Lang) {
  const importErrors = errorsOf('cols.csv', '名称,住所\n釧路駅,釧路市\n');
  const issues = [fileIssue('kpis.json', msg('loadFailed', { detail: 'HTTP 404 Not Found' }))];
  const el = Object.assign(document.createElement('data-banner'), { lang, importErrors, issues });
  document.body.append(el);
  await el.updateComplete;
  return el.shadowRoot!;
}

afterEach(() => document.body.replaceChildren());

describe('<data-banner>', () => {
  it('says import errors and data issues in Japanese in the Japanese UI', async () => {
    const root = await mount('ja');
    expect(text(root.querySelector('.import-errors li'))).toMatch(
      /^cols\.csv › 1行目: 緯度と経度の列がありません。.*見出し: 「名称」、「住所」$/,
    );
    expect(text(root.querySelector('ul:not(.import-errors) li'))).toBe('kpis.json: 読み込めませんでした（HTTP 404 Not Found）');
    expect(root.querySelector('[lang="ja"]')).toBeNull();
  });

  it('says them in English in the English UI, the file’s own Japanese words marked lang="ja"', async () => {
    const root = await mount('en');
    expect(text(root.querySelector('.import-errors li'))).toMatch(
      /^cols\.csv › line 1: no latitude and longitude column: .*found “名称”, “住所”$/,
    );
    expect([...root.querySelectorAll('.import-errors [lang="ja"]')].map((n) => n.textContent)).toEqual(['名称', '住所']);
    expect(text(root.querySelector('ul:not(.import-errors) li'))).toBe('kpis.json: could not be loaded: HTTP 404 Not Found');
  });
});
