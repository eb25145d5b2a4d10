import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { noticesText, packageDir, packagesOf } from './notices.ts';

export const NOTICES_FILE = 'THIRD-PARTY-NOTICES.txt';

/**
 * Writes dist/THIRD-PARTY-NOTICES.txt at build time: the data sources with their credits, and every
 * package whose code the bundle holds (found from the bundle's own module ids) plus the runtime
 * dependencies of package.json (workers and fonts are bundled apart), each with its licence text.
 * In dev the same text is served at the same path.
 */
export function notices(root: string): Plugin {
  const app = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    license: string;
    dependencies: Record<string, string>;
  };
  const direct = Object.keys(app.dependencies).map((name) => join(root, 'node_modules', name));
  const text = (moduleIds: Iterable<string>) => {
    const dirs = new Set(direct);
    for (const id of moduleIds) {
      const dir = packageDir(id);
      if (dir) dirs.add(dir);
    }
    return noticesText(app, packagesOf(dirs));
  };
  return {
    name: 'senkon-notices',
    configureServer(server) {
      server.middlewares.use(`/${NOTICES_FILE}`, (_req, res) => {
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end(text([]));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: NOTICES_FILE, source: text(this.getModuleIds()) });
    },
  };
}
