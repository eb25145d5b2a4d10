import type { Atlas } from './atlas.ts';
import { t } from './i18n.ts';
import type { Lang } from './types.ts';
import type { Dropped, KnownIds } from './url.ts';

/**
 * The ids a URL may name, from the loaded data: anything else in a link is dropped. `tours`: the
 * tour file's id and the kept user tours' `user:<id>` once they are loaded (before, any tour id
 * passes and the tour controller checks it).
 */
export function knownIds(atlas: Atlas, tours?: readonly string[]): KnownIds {
  const ids = (xs: Iterable<string>) => new Set(xs);
  return {
    ...(tours ? { tours: new Set(tours) } : {}),
    facets: {
      projects: ids(atlas.projectById.keys()),
      goals: ids(atlas.goalById.keys()),
      bodies: ids(atlas.bodyById.keys()),
      areas: ids(atlas.areaById.keys()),
    },
    selection: {
      item: ids(atlas.itemById.keys()),
      project: ids(atlas.projectById.keys()),
      area: ids(atlas.areaById.keys()),
      kpi: ids(atlas.kpiById.keys()),
      context: ids(Object.values(atlas.data.context).flatMap((fs) => fs.map((f) => f.properties.id))),
    },
  };
}

/** What a link named that does not exist, in one quiet sentence per place in the URL. */
export function droppedNotice(lang: Lang, d: Dropped): string {
  const parts = [
    ...(d.facets.length
      ? [
          t(lang, 'urlDropped', {
            values: d.facets
              .flatMap((f) => f.values)
              .slice(0, 5)
              .join(', '),
          }),
        ]
      : []),
    ...(d.selection ? [t(lang, 'selNotFound', { id: d.selection })] : []),
    ...(d.tour ? [t(lang, 'tourNotFound', { id: d.tour })] : []),
  ];
  return parts.join(lang === 'ja' ? ' ／ ' : ' / ');
}
