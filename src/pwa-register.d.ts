/// <reference types="vite-plugin-pwa/vanillajs" />
/** virtual:pwa-register, made by vite-plugin-pwa (scripts/vite-pwa.ts). */
export {};
