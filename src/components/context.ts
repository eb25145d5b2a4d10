import { createContext } from '@lit/context';
import type { Atlas } from '../domain/atlas.ts';
import type { AppState } from '../domain/state.ts';

/** The one app state and the loaded data, provided by <senkon-app> to every element below it. */
export interface AppContext {
  state: AppState;
  atlas: Atlas | null;
  /** The map is drawn (from tiles) but the items are still loading: counts and lists are not yet known. */
  itemsLoading?: boolean;
}

export const appContext = createContext<AppContext>(Symbol('senkon-app'));
