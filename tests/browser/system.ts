/** The real machine behind find_chromium.ts's probe: environment, Playwright's browser path, executable files. */
import { accessSync, constants, statSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { type Found, findChromium, type Probe } from './find_chromium.ts';

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function playwrightPath(): string | null {
  try {
    return chromium.executablePath();
  } catch {
    return null;
  }
}

export function systemProbe(env: Record<string, string | undefined> = process.env): Probe {
  return { env, playwrightPath: playwrightPath(), isExecutable };
}

export function findSystemChromium(): Found {
  return findChromium(systemProbe());
}
