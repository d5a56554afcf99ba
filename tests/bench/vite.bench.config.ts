/** Builds the comparison pages of the benchmark (not part of the app). */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { geodataTiles } from '../../geodata/build/vite_tiles.ts';

const here = import.meta.dirname;

export default defineConfig({
  root: resolve(here, 'pages'),
  base: './',
  // The minimal tile page draws the app's own tiles, cut and served as the app's build does.
  plugins: [geodataTiles(resolve(here, '..', '..', 'geodata', 'generated'))],
  logLevel: 'warn',
  build: {
    outDir: resolve(here, '..', '..', 'dist-bench'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: {
        empty: resolve(here, 'pages', 'empty.html'),
        naive: resolve(here, 'pages', 'naive.html'),
        minimal: resolve(here, 'pages', 'minimal.html'),
        leaflet: resolve(here, 'pages', 'leaflet.html'),
      },
    },
  },
  // The benchmark asks for a free port of the system's choosing (several checkouts may run it at once).
  preview: { host: '127.0.0.1' },
});
