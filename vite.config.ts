/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { geodataTiles } from './geodata/build/vite_tiles.ts';

export default defineConfig({
  plugins: [geodataTiles(resolve(import.meta.dirname, 'geodata'))],
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
    // The policy the app is built to run under: no inline script, no eval, no inline style attributes.
    // The online basemap's tile host is the only place outside the origin it may ever contact.
    headers: {
      'Content-Security-Policy': [
        "default-src 'self'",
        "script-src 'self'",
        "worker-src 'self'",
        "style-src 'self'",
        "img-src 'self' data: blob: https://tile.openstreetmap.org",
        "connect-src 'self' https://tile.openstreetmap.org",
        "object-src 'none'",
        "base-uri 'none'",
        'frame-ancestors *',
      ].join('; '),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
