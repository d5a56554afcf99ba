/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { geodataTiles } from './geodata/build/vite_tiles.ts';
import { CSP_META, HOST_HEADERS } from './src/security_policy.ts';

export default defineConfig({
  plugins: [
    geodataTiles(resolve(import.meta.dirname, 'geodata')),
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
  ],
  build: {
    target: 'es2022',
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
