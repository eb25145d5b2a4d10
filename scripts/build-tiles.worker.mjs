// Worker-thread entry of scripts/build-tiles.ts: worker threads do not inherit tsx's loader,
// so register it here, then run the TypeScript module (it reads workerData).
import { register } from 'tsx/esm/api';

register();
await import('./build-tiles.ts');
