/** Builds the two comparison pages of the benchmark (not part of the app). */
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

const here = import.meta.dirname;

export default defineConfig({
  root: resolve(here, 'pages'),
  base: './',
  logLevel: 'warn',
  build: {
    outDir: resolve(here, '..', '..', 'dist-bench'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: { empty: resolve(here, 'pages', 'empty.html'), naive: resolve(here, 'pages', 'naive.html') },
    },
  },
  preview: { host: '127.0.0.1', port: 4175, strictPort: true },
});
