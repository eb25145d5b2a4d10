/**
 * `npm run validate`: checks every data file against its schema and every reference across
 * files. Prints each issue as "file › record id › field: message" and exits 1 if there is any.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileIssue, formatIssue } from '../src/domain/data/issues.ts';
import { msg } from '../src/domain/message.ts';
import { ALL_FILES } from '../src/domain/data/load.ts';
import { buildDataset } from '../src/domain/data/validate.ts';
import { Atlas } from '../src/domain/atlas.ts';
import { checkTour, knownTourIds } from '../src/domain/tour.ts';
import { importTour } from '../src/domain/user-tour.ts';

// `npm run validate -- --tour my-tour.json` also checks a tour exported from the app, as the app imports it.
const args = process.argv.slice(2);
const tourAt = args.indexOf('--tour');
const tourFiles = tourAt >= 0 ? args.splice(tourAt, 2).slice(1) : [];
const dir = resolve(args[0] ?? join(import.meta.dirname, '..', 'data'));
const { dataset, issues } = buildDataset((path) => {
  try {
    return { ok: true, text: readFileSync(join(dir, path), 'utf8') };
  } catch (e) {
    return { ok: false, reason: msg('readFailed', { detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message }) };
  }
});

// Tours are data too: every file in data/tours/ is checked against the loaded data.
const known = knownTourIds(new Atlas(dataset));
const tours = readdirSync(join(dir, 'tours')).filter((f) => f.endsWith('.json'));
for (const file of tours) {
  const path = `tours/${file}`;
  try {
    issues.push(...checkTour(path, JSON.parse(readFileSync(join(dir, path), 'utf8')), known).issues);
  } catch (e) {
    issues.push(fileIssue(path, msg('jsonInvalid', { detail: (e as Error).message })));
  }
}

for (const file of tourFiles) {
  try {
    issues.push(...importTour(file, readFileSync(file, 'utf8'), known).issues);
  } catch (e) {
    issues.push(fileIssue(file, msg('readFailed', { detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message })));
  }
}

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
  `${tours.length + tourFiles.length} tour(s)`,
];
console.log(`validate: ${ALL_FILES.length} files in ${dir}: ${counts.join(', ')}`);
if (issues.length > 0) {
  console.error(`validate: ${issues.length} issue(s)`);
  process.exit(1);
}
console.log('validate: no issues');
