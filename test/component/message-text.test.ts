// @vitest-environment happy-dom
import { html, render } from 'lit';
import { describe, expect, it } from 'vitest';
import { loadedLineTpl } from '../../src/components/message-text.ts';
import type { FileOutcome } from '../../src/domain/import/batch.ts';
import { loadedLineText, loadedLines } from '../../src/domain/import/summary.ts';
import type { Lang } from '../../src/domain/types.ts';

const outcomes: FileOutcome[] = [
  {
    file: '釧路の地点.xlsx',
    ok: true,
    items: [],
    count: 3,
    notes: [{ key: 'importXlsxSheet', params: { sheet: '一覧表' }, count: 0 }],
    encoding: 'Shift_JIS',
  },
  { file: 'points.csv', ok: true, items: [], count: 1, notes: [] },
  { file: '壊れた.csv', ok: false, errors: [] },
];

function shown(lang: Lang): HTMLElement {
  const el = document.createElement('p');
  render(html`${loadedLines(outcomes).map((line, i) => [i ? '\n' : '', loadedLineTpl(lang, line)])}`, el);
  return el;
}

describe('the import notice', () => {
  it('has a line per loaded file: its name and count, the encoding, what was noted', () => {
    const lines = loadedLines(outcomes);
    expect(lines).toHaveLength(2);
    expect(loadedLineText(lines[0]!, 'ja')).toMatch(/^釧路の地点\.xlsx: 3件を読み込みました（Shift_JISとして読み込み）。.*一覧表/);
    expect(loadedLineText(lines[1]!, 'en')).toBe('points.csv: 1 features loaded');
  });

  it('in English marks the file’s own Japanese words lang="ja", and nothing else', () => {
    const el = shown('en');
    expect([...el.querySelectorAll('[lang="ja"]')].map((e) => e.textContent)).toEqual(['釧路の地点.xlsx', '一覧表']);
    expect(el.textContent).toContain('釧路の地点.xlsx: 3 features loaded (read as Shift_JIS); ');
    expect(el.textContent).toContain('points.csv: 1 features loaded');
  });

  it('in Japanese marks nothing: the page is Japanese', () => {
    const el = shown('ja');
    expect(el.querySelector('[lang]')).toBeNull();
    expect(el.textContent).toContain('釧路の地点.xlsx: 3件を読み込みました');
  });
});
