/**
 * The activity list's view of 施策展開 (000): which projects it shows, grouped per project and
 * year, filtered by the area an activity is marked for. Pure: no DOM.
 */
import type { Activity, LegacyProject } from './types.ts';

export type Scope = Activity['scope'];
export type ScopeFilter = 'all' | Scope;
export const SCOPE_FILTERS: readonly ScopeFilter[] = ['all', 'region', 'kushiro', 'nemuro'];

/** The marks 000 prints before each activity. */
export const SCOPE_MARK: Record<Scope, string> = { region: '◎', kushiro: '○', nemuro: '●' };

/**
 * Whether an activity shows under an area filter. Choosing 釧路 or 根室 asks "what happens here",
 * and a whole-region activity (◎) happens there too, so it stays; choosing ◎ shows only those.
 */
export function scopeMatches(scope: Scope, filter: ScopeFilter): boolean {
  if (filter === 'all' || scope === filter) return true;
  return scope === 'region' && filter !== 'region';
}

export interface ActivityYear {
  year: number;
  stage: Activity['stage'];
  activities: Activity[];
  /** How many the year has before the scope filter. */
  total: number;
}

export interface ActivityGroup {
  project: string;
  years: ActivityYear[];
}

/**
 * The legacy projects an activity list shows: all that have activities when none is given, the
 * project itself when it is a legacy id, or the earlier projects a current (vision) project continues.
 */
export function activityProjects(project: string | undefined, activities: readonly Activity[], legacy: readonly LegacyProject[]): string[] {
  const withActivities = [...new Set(activities.map((a) => a.project))];
  if (project === undefined) return withActivities;
  if (legacy.some((lp) => lp.id === project)) return [project];
  return legacy.filter((lp) => lp.continued_by.includes(project) && withActivities.includes(lp.id)).map((lp) => lp.id);
}

/** 施策展開 per project and year (R1 実績, R2 取組, R3 予定), in file order within a year, filtered by area. */
export function activityGroups(activities: readonly Activity[], projects: readonly string[], filter: ScopeFilter): ActivityGroup[] {
  return projects.map((project) => {
    const mine = activities.filter((a) => a.project === project);
    const keys = [...new Set(mine.map((a) => `${a.year}|${a.stage}`))];
    const years = keys
      .map((key) => {
        const inYear = mine.filter((a) => `${a.year}|${a.stage}` === key);
        const first = inYear[0]!;
        return {
          year: first.year,
          stage: first.stage,
          activities: inYear.filter((a) => scopeMatches(a.scope, filter)),
          total: inYear.length,
        };
      })
      .sort((a, b) => a.year - b.year);
    return { project, years };
  });
}
