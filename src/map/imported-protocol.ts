import { addProtocol, removeProtocol } from 'maplibre-gl';
import type { Atlas } from '../domain/atlas.ts';
import { IMPORTED_PROTOCOL, importedTiles } from './imported-source.ts';

/** Answers the map's requests for the imported files' tiles of the atlas on screen (one map a page). Returns the undo. */
export function serveImportedTiles(atlas: () => Atlas | null): () => void {
  addProtocol(IMPORTED_PROTOCOL, async ({ url }) => {
    const [z, x, y] = url.split('/').slice(-3).map(Number) as [number, number, number];
    // An empty tile when there is none: MapLibre draws nothing there.
    return { data: (await importedTiles(atlas())?.tile(z, x, y)) ?? new ArrayBuffer(0) };
  });
  return () => removeProtocol(IMPORTED_PROTOCOL);
}
