/** MapLibre's stylesheet as text, for adoption inside a shadow root (global CSS does not reach it). */
export { default as maplibreCss } from 'maplibre-gl/dist/maplibre-gl.css?inline';
