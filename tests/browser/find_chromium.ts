/**
 * Which Chromium the end-to-end tests and the benchmark drive, in the order a user would expect: CHROMIUM_PATH,
 * Playwright's own browser if it was installed, then `chromium`, `chromium-browser`, `google-chrome` on PATH.
 * Pure: the file system and environment come in as arguments, so the order is unit-tested.
 */
import { delimiter, join } from 'node:path';

export const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome'] as const;

export interface Probe {
  env: Record<string, string | undefined>;
  /** Playwright's expected path of its own Chromium (whether or not it is installed). */
  playwrightPath: string | null;
  /** Whether a file exists and may be executed. */
  isExecutable: (path: string) => boolean;
}

export type Found =
  | { ok: true; path: string; how: string }
  | { ok: false; reason: 'explicit-missing'; path: string }
  | { ok: false; reason: 'none'; looked: string[] };

function onPath(name: string, probe: Probe): string | null {
  for (const dir of (probe.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    if (probe.isExecutable(candidate)) return candidate;
  }
  return null;
}

export function findChromium(probe: Probe): Found {
  const explicit = probe.env.CHROMIUM_PATH;
  // A path the user named is never silently replaced by another browser.
  if (explicit) {
    return probe.isExecutable(explicit)
      ? { ok: true, path: explicit, how: 'CHROMIUM_PATH' }
      : { ok: false, reason: 'explicit-missing', path: explicit };
  }
  if (probe.playwrightPath && probe.isExecutable(probe.playwrightPath))
    return { ok: true, path: probe.playwrightPath, how: "Playwright's own Chromium" };
  for (const name of PATH_NAMES) {
    const path = onPath(name, probe);
    if (path) return { ok: true, path, how: `\`${name}\` on PATH` };
  }
  return {
    ok: false,
    reason: 'none',
    looked: ['CHROMIUM_PATH (unset)', probe.playwrightPath ?? "Playwright's browser", ...PATH_NAMES],
  };
}
