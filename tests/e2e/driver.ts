/** Given/when/then helpers for the end-to-end specs: open a link, wait for the map, click a feature. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, expect, type Page } from '@playwright/test';
import { E2E_HOST } from './origin.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ROOT_DIR = ROOT;
export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots');

interface PointFeature {
  properties: { id: string };
  geometry: { type: string; coordinates: [number, number] };
}

function readFeatures(file: string): PointFeature[] {
  return (
    JSON.parse(readFileSync(join(ROOT, 'geodata', 'generated', file), 'utf8')) as { features: PointFeature[] }
  ).features;
}

/** The WGS84 position of a point feature (or a county's seat) from the committed geodata. */
export function positionOf(file: string, id: string): [number, number] {
  const geometry = readFeatures(file).find((x) => x.properties.id === id)?.geometry;
  if (geometry?.type !== 'Point') throw new Error(`no point ${id} in ${file}`);
  return geometry.coordinates;
}

export interface Watch {
  errors: string[];
  offOrigin: string[];
}

/** Records page errors and every request that leaves the page's origin. */
export function watch(page: Page): Watch {
  const w: Watch = { errors: [], offOrigin: [] };
  page.on('pageerror', (e) => w.errors.push(e.message));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (
      ![E2E_HOST, ''].includes(url.host) &&
      !url.protocol.startsWith('data') &&
      !url.protocol.startsWith('blob')
    ) {
      w.offOrigin.push(r.url());
    }
  });
  return w;
}

export async function openApp(page: Page, hash = '', lang: 'zh' | 'en' = 'en'): Promise<void> {
  await page.addInitScript((l) => {
    try {
      if (!window.localStorage.getItem('gz-map-lang')) window.localStorage.setItem('gz-map-lang', l);
    } catch {
      // storage may be unavailable; the link decides then
    }
  }, lang);
  await page.goto(`/${hash}`);
  await waitForMap(page);
}

/** Waits until the map has drawn its tiles and the panels have read their files. */
export async function waitForMap(page: Page): Promise<void> {
  await expect(page.locator('#map')).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
  await expect(page.locator('#map')).toHaveAttribute('data-data-ready', 'true', { timeout: 30_000 });
}

/** Waits until MapLibre has finished drawing after a change. */
export async function waitIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__gzMap;
        if (!map) return resolve();
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/** Clicks the map at a geographic position, as a person would with the mouse. */
export async function clickMapAt(page: Page, lngLat: [number, number]): Promise<void> {
  const point = await page.evaluate((ll) => {
    const map = window.__gzMap;
    return map.project(ll);
  }, lngLat);
  const box = await page.locator('#map').boundingBox();
  if (!box) throw new Error('map has no box');
  await page.mouse.click(box.x + point.x, box.y + point.y);
}

export async function currentHash(page: Page): Promise<string> {
  return page.evaluate(() => decodeURIComponent(window.location.hash));
}

/** Rendered features of one registry layer currently drawn on the map. */
export async function renderedCount(page: Page, layer: string): Promise<number> {
  return page.evaluate((id) => {
    const map = window.__gzMap;
    const ids = map
      .getStyle()
      .layers.map((l) => l.id)
      .filter((l) => l.startsWith(`${id}:`));
    return map.queryRenderedFeatures({ layers: ids }).length;
  }, layer);
}

/** The link once the map has stopped moving and the throttled camera write has landed. */
export async function settledHash(page: Page): Promise<string> {
  await page.waitForFunction(() => !window.__gzMap.isMoving());
  let last = await currentHash(page);
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(400);
    const now = await currentHash(page);
    if (now === last) return now;
    last = now;
  }
  return last;
}

type PixelKind = 'dark' | 'hoverHalo';

/** Decodes a PNG screenshot in the page itself and counts the pixels of one kind. */
async function countPixels(page: Page, png: Buffer, kind: PixelKind): Promise<number> {
  return page.evaluate(
    async ([b64, k]) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const g = canvas.getContext('2d');
      if (!g) return -1;
      g.drawImage(img, 0, 0);
      const d = g.getImageData(0, 0, canvas.width, canvas.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) {
        const [r, gr, b] = [d[i] ?? 255, d[i + 1] ?? 255, d[i + 2] ?? 255];
        const hit =
          k === 'dark'
            ? r < 80 && gr < 80 && b < 80
            : r > 200 && gr > 160 && b < 175 && r - b > 70 && gr - b > 40;
        if (hit) n++;
      }
      return n;
    },
    [png.toString('base64'), kind] as const,
  );
}

/**
 * Counts dark pixels (outlines, labels) in a screenshot of the map. The drawn cluster gives about 9,000 at
 * 1280×800, the controls and attribution alone about 1,500. A map that has data but painted nothing counts zero,
 * which a query of rendered features cannot tell.
 */
export async function paintedDarkPixels(page: Page): Promise<number> {
  return countPixels(page, await page.locator('#map').screenshot(), 'dark');
}

/**
 * Pixels of the hover highlight's warm yellow (the light theme's `hoverHalo`, alone or blended over the ground) in a
 * square of the page around a point. No other colour of the light map falls in this band: the orange highways have
 * far less green, the selection fill far more blue.
 */
export async function hoverHaloPixels(
  page: Page,
  center: { x: number; y: number },
  half = 30,
): Promise<number> {
  const clip = { x: center.x - half, y: center.y - half, width: half * 2, height: half * 2 };
  return countPixels(page, await page.screenshot({ clip }), 'hoverHalo');
}

/** Whether the map marks a feature as selected (feature state on its tile layer of the one geodata source). */
export async function selectedOnMap(page: Page, tileLayer: string, id: string): Promise<boolean> {
  return page.evaluate(
    ([sourceLayer, featureId]) => {
      const map = window.__gzMap;
      return map.getFeatureState({ source: 'geodata', sourceLayer, id: featureId }).selected === true;
    },
    [tileLayer, id] as const,
  );
}

/** Ids of the features a visible style layer holds in the current view (hidden layers hold none). */
export async function renderedIds(page: Page, styleLayer: string): Promise<string[]> {
  return page.evaluate((layer) => {
    const map = window.__gzMap;
    return map.queryRenderedFeatures({ layers: [layer] }).map((f) => String(f.properties.id));
  }, styleLayer);
}

/** Records, from page start, how often a MapLibre sky shader is compiled (see src/map/sky_pass.ts). */
export async function countSkyShaders(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __skyShaders: number };
    w.__skyShaders = 0;
    const proto = WebGL2RenderingContext.prototype;
    const shaderSource = proto.shaderSource;
    proto.shaderSource = function (this: WebGL2RenderingContext, shader: WebGLShader, source: string) {
      if (source.includes('u_sky_color')) w.__skyShaders++;
      shaderSource.call(this, shader, source);
    };
  });
}

export async function skyShaders(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __skyShaders: number }).__skyShaders);
}

/** A new page on a 390 × 844 touch phone, in a context of its own (close it with page.context().close()). */
export async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 1,
  });
  return context.newPage();
}

export interface MapCamera {
  lng: number;
  lat: number;
  zoom: number;
  moving: boolean;
  /**
   * How long the last camera movement took, from its start to its end, in ms (recorded from the first call of this
   * helper on the page; -1 before any): about 0 for a jump, at least the animation's duration for a flight.
   */
  lastMoveMs: number;
  /** The given positions in the map's own pixels, and the map's size. */
  points: { x: number; y: number }[];
  width: number;
  height: number;
}

/** Where the map's camera is (center, zoom), whether it is moving, and where given positions fall on screen. */
export async function mapCamera(page: Page, lngLats: [number, number][] = []): Promise<MapCamera> {
  return page.evaluate((positions) => {
    const w = window as Window & { __gzMove?: { start: number; last: number } };
    const map = w.__gzMap;
    if (w.__gzMove === undefined) {
      const record = { start: 0, last: -1 };
      w.__gzMove = record;
      map.on('movestart', () => {
        record.start = performance.now();
      });
      map.on('moveend', () => {
        record.last = performance.now() - record.start;
      });
    }
    const c = map.getCenter();
    return {
      lng: c.lng,
      lat: c.lat,
      zoom: map.getZoom(),
      moving: map.isMoving(),
      lastMoveMs: w.__gzMove.last,
      points: positions.map((p) => map.project(p)),
      width: map.getContainer().clientWidth,
      height: map.getContainer().clientHeight,
    };
  }, lngLats);
}
