/** `virtual:pwa-register` (vite-plugin-pwa): registers the generated service worker, see src/offline/register.ts. */
/// <reference types="vite-plugin-pwa/vanillajs" />
