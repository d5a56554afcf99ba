/**
 * An A/B run of the app's time to idle: `npm run bench:ab -- [A] [B]`, where A and B are git refs or `.` for the
 * working tree (defaults: HEAD against the working tree). Each side is built (the e2e build, as the benchmark uses)
 * from its own checkout and served on a free port; then `AB_LOADS` (default 20) pairs of first visits are timed,
 * the two of a pair back to back and in alternating order, so the machine's drift and noise hit both alike. Reports
 * both medians and B/A as the geometric mean of the paired ratios with a bootstrap 95 % interval: a change is real
 * when the interval leaves 1. `AB_LINK` sets the link opened (default `#lang=en`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.ts';
import { pairedRatio } from './paired.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const WORKING_TREE = '.';
const SETTLE_MS = 300;

interface Side {
  ref: string;
  url: string;
  times: number[];
  close: () => Promise<void>;
}

/** The ref's sources: the working tree itself, or a detached worktree sharing this checkout's node_modules. */
function sources(ref: string, tmp: string, cleanups: (() => void)[]): string {
  if (ref === WORKING_TREE) return ROOT;
  const dir = join(tmp, `src-${ref.replace(/[^\w.-]/g, '_')}`);
  execFileSync('git', ['worktree', 'add', '--detach', dir, ref], { cwd: ROOT, stdio: 'ignore' });
  cleanups.push(() =>
    execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT, stdio: 'ignore' }),
  );
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

async function prepare(ref: string, name: string, tmp: string, cleanups: (() => void)[]): Promise<Side> {
  const dir = sources(ref, tmp, cleanups);
  const outDir = join(tmp, `dist-${name}`);
  console.log(`building ${name} (${ref})…`);
  execFileSync(
    'npx',
    ['vite', 'build', '--mode', 'e2e', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: dir,
      stdio: 'inherit',
    },
  );
  const server = await preview({
    root: dir,
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
    logLevel: 'warn',
  });
  const port = (server.httpServer.address() as AddressInfo).port;
  return {
    ref,
    url: `http://127.0.0.1:${port}/${process.env.AB_LINK ?? '#lang=en'}`,
    times: [],
    close: () => new Promise<void>((r) => server.httpServer.close(() => r())),
  };
}

/** One first visit in a fresh profile: ms from navigation to the app's `map-ready` mark. */
async function load(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  const mark = await page.waitForFunction(
    () => performance.getEntriesByName('map-ready')[0]?.startTime,
    null,
    {
      timeout: 60_000,
    },
  );
  const ms = Number(await mark.jsonValue());
  await context.close();
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  return ms;
}

const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

async function main(): Promise<void> {
  const [refA = 'HEAD', refB = WORKING_TREE] = process.argv.slice(2);
  const loads = Number(process.env.AB_LOADS ?? 20);
  const tmp = mkdtempSync(join(tmpdir(), 'gz-ab-'));
  const cleanups: (() => void)[] = [];
  const sides: Side[] = [];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const a = await prepare(refA, 'a', tmp, cleanups);
    sides.push(a);
    const b = await prepare(refB, 'b', tmp, cleanups);
    sides.push(b);
    // One untimed load each: the first fills Chromium's shader and font caches.
    for (const side of [a, b]) await load(browser, side.url);
    for (let i = 0; i < loads; i++)
      for (const side of i % 2 === 0 ? [a, b] : [b, a]) side.times.push(await load(browser, side.url));
    const r = pairedRatio(a.times, b.times);
    console.log(`A ${refA}: median ${median(a.times).toFixed(0)} ms  ${a.times.map(Math.round).join(' ')}`);
    console.log(`B ${refB}: median ${median(b.times).toFixed(0)} ms  ${b.times.map(Math.round).join(' ')}`);
    console.log(
      `B/A ${r.ratio.toFixed(3)} (95 % ${r.low.toFixed(3)}–${r.high.toFixed(3)}, ${loads} pairs): ` +
        (r.high < 1 ? 'B is faster' : r.low > 1 ? 'B is slower' : 'no difference this run can tell'),
    );
  } finally {
    await browser.close();
    for (const side of sides) await side.close();
    for (const cleanup of cleanups.reverse()) cleanup();
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
