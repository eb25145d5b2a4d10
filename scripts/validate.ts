/**
 * `npm run validate`: checks every data file against its schema and every reference across
 * files. Prints each issue as "file › record id › field: message" and exits 1 if there is any.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatIssue } from '../src/domain/data/issues.ts';
import { ALL_FILES } from '../src/domain/data/load.ts';
import { buildDataset } from '../src/domain/data/validate.ts';

const dir = resolve(process.argv[2] ?? join(import.meta.dirname, '..', 'data'));
const { dataset, issues } = buildDataset((path) => {
  try {
    return { ok: true, text: readFileSync(join(dir, path), 'utf8') };
  } catch (e) {
    return { ok: false, reason: `could not be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
});

for (const issue of issues) console.error(formatIssue(issue));
const counts = [
  `${dataset.areas.length} areas`,
  `${dataset.goals.length} goals`,
  `${dataset.bodies.length} bodies`,
  `${dataset.projects.length} projects`,
  `${dataset.legacyProjects.length} earlier projects`,
  `${dataset.kpis.length} KPIs`,
  `${dataset.activities.length} activities`,
  `${dataset.items.filter((i) => i.geometry).length} located + ${dataset.items.filter((i) => !i.geometry).length} unlocated items`,
];
console.log(`validate: ${ALL_FILES.length} files in ${dir}: ${counts.join(', ')}`);
if (issues.length > 0) {
  console.error(`validate: ${issues.length} issue(s)`);
  process.exit(1);
}
console.log('validate: no issues');
