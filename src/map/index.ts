/** The map's code as one lazily loaded chunk: MapLibre, its stylesheet, and the controller. */
export { MapController } from './map-controller.ts';
export { maplibreCss } from './maplibre-css.ts';
export { warmWorkers } from './workers.ts';
