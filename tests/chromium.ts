/**
 * How the tests and the benchmark start Chromium. Which one: tests/browser/find_chromium.ts (CHROMIUM_PATH,
 * Playwright's own, then chromium, chromium-browser, google-chrome on PATH); `npm test` first runs
 * tests/browser/ensure_browser.ts, which installs Debian's Chromium or stops with the command to run.
 */
import { findSystemChromium } from './browser/system.ts';

const found = findSystemChromium();
export const CHROMIUM_PATH = found.ok ? found.path : '/usr/bin/chromium';

/**
 * No sandbox (root in CI), no background traffic (the network is closed), software WebGL (no GPU), and none of
 * Chromium's own browser UI: in headless mode every new window otherwise builds the omnibox popup WebUI in a renderer
 * of its own, about 0.4 s of CPU right when the page starts loading (measured per window from /proc on this 2-core
 * machine) — noise in every timing, taken from whatever page is loading.
 * Local-network-access checks are off because the embedding tests' host page is fulfilled by the test itself: with
 * no server address behind it Chromium counts it as public and refuses to frame the app on 127.0.0.1.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup,PreloadTopChromeWebUI,LocalNetworkAccessChecks',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];
