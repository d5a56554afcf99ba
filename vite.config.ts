/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { minimal2023Preset } from '@vite-pwa/assets-generator/config';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { geodataTiles } from './geodata/build/vite_tiles.ts';
import { CSP_META, HOST_HEADERS } from './src/security_policy.ts';

/** Topbar colour: the installed app's title bar matches the page's own bar. */
const THEME = '#2b2a26';

/**
 * Installable and offline after one visit: a web app manifest, icons generated at build time from public/favicon.svg,
 * and a Workbox service worker (generateSW) that precaches the app, the panels' files and the whole vector-tile
 * pyramid. `registerType: 'prompt'`: a new version waits until the next load (src/offline/register.ts), never
 * replacing the one in use. The app registers the worker from its own bundle, so the strict CSP needs no inline
 * script. Only same-origin build files are precached: the optional online basemap is never cached.
 */
const offlineApp = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: {
    id: './',
    name: '关中平原城市群交通地图 · Guanzhong Plain transport map',
    short_name: '关中交通 GZ map',
    description:
      '关中平原城市群的规划范围、机场、黄河大桥、公路、铁路与项目进展。Plan scope, airports, Yellow River bridges, roads, rail and project progress of the Guanzhong Plain city cluster.',
    lang: 'zh-CN',
    dir: 'ltr',
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: THEME,
    background_color: '#f3f1ec',
    categories: ['maps', 'travel', 'news'],
  },
  pwaAssets: {
    image: 'public/favicon.svg',
    htmlPreset: '2023',
    overrideManifestIcons: true,
    // index.html names the theme colour per colour scheme itself.
    injectThemeColor: false,
    preset: {
      ...minimal2023Preset,
      maskable: { sizes: [512], padding: 0.2, resizeOptions: { background: THEME } },
      apple: { sizes: [180], padding: 0.2, resizeOptions: { background: THEME } },
    },
  },
  workbox: {
    // The manifest itself is added by the plugin (listing it here too would make Workbox refuse the whole list).
    globPatterns: ['**/*.{html,js,mjs,css,json,geojson,pbf,svg,png,ico}'],
    // The README's picture is not part of the app.
    globIgnores: ['screenshot.png', '.vite/**'],
    // MapLibre's chunk is about 1 MB.
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    // Content-hashed names need no revision: the tile path names its tile set, assets carry a hash.
    dontCacheBustURLsMatching: /^(assets\/|tiles\/[0-9a-f]+\/)/,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    clientsClaim: false,
    skipWaiting: false,
  },
});

/**
 * The map's module and MapLibre (about 1 MB) are imported dynamically, so the panels work when MapLibre cannot load.
 * Left to that import they would only start downloading once the app's own script has run; preloaded from the page,
 * they download and compile beside it and the map starts as soon as the app asks for it.
 */
function preloadMap(entry: string): Plugin {
  let base = '/';
  return {
    name: 'preload-map',
    apply: 'build',
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk');
        const map = chunks.find((c) => c.facadeModuleId?.endsWith(entry));
        if (!map) throw new Error(`preload-map: no chunk for ${entry}`);
        // Chunks the page already loads or preloads (the entry, shared strings) are not named twice.
        const files = [map.fileName, ...map.imports].filter((file) => !html.includes(file));
        return files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}

export default defineConfig({
  plugins: [
    preloadMap('/src/map/start_map.ts'),
    geodataTiles(resolve(import.meta.dirname, 'geodata', 'generated')),
    {
      // The built page carries its policy itself, so a static host without headers still enforces it. Not in dev,
      // where Vite injects styles and its client inline.
      name: 'csp-meta',
      apply: 'build',
      transformIndexHtml: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META },
          injectTo: 'head-prepend',
        },
      ],
    },
    offlineApp,
  ],
  build: {
    target: 'es2022',
    // tests/size reads it to tell JavaScript loaded at start from chunks loaded on demand.
    manifest: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // MapLibre in its own chunk: the app's own code can then be size-checked on its own.
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }] },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    // The policy the app is built to run under, and the headers README's deploy section asks a host to send.
    headers: HOST_HEADERS,
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    globalSetup: ['tests/unit/report_notice.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
