/**
 * First step of `npm test`: makes sure the end-to-end tests have a Chromium and CJK fonts before a minute is spent on
 * the other checks. Found → one line saying which. Missing, as root on Debian or Ubuntu → installs
 * `chromium fonts-noto-cjk` with apt. Otherwise it stops at once with one message naming the command to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { type Found, findChromium } from './find_chromium.ts';
import { systemProbe } from './system.ts';

const APT_PACKAGES = ['chromium', 'fonts-noto-cjk'];
const APT_GET = '/usr/bin/apt-get';
/** Where Debian's package puts the browser, looked at after installing even if PATH is unusual. */
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function debianLike(): boolean {
  if (!existsSync('/etc/os-release')) return false;
  const release = readFileSync('/etc/os-release', 'utf8');
  return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release) && existsSync(APT_GET);
}

function hasCjkFonts(): boolean {
  if (process.platform !== 'linux') return true; // other systems ship CJK fonts with the OS
  const list = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return list.status === 0 && /Noto Sans CJK/i.test(list.stdout);
}

function aptInstall(packages: string[]): boolean {
  console.log(`browser: installing ${packages.join(' ')} with apt-get (root on Debian/Ubuntu)`);
  // apt-get calls dpkg and gpgv by name: the system directories go on its PATH whatever ours holds.
  const PATH = [process.env.PATH, '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'].join(':');
  const env = { ...process.env, PATH, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync(APT_GET, ['update', '-qq'], { stdio: 'inherit', env });
  if (update.status !== 0) return false;
  const install = spawnSync(APT_GET, ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  return install.status === 0;
}

function stop(message: string): never {
  console.error(`browser: ${message}`);
  process.exit(1);
}

function installCommand(): string {
  return debianLike()
    ? `sudo apt-get install -y ${APT_PACKAGES.join(' ')}`
    : 'npx playwright install chromium';
}

function afterInstall(): Found {
  const again = findChromium(systemProbe());
  if (again.ok || !existsSync(DEBIAN_CHROMIUM)) return again;
  return { ok: true, path: DEBIAN_CHROMIUM, how: 'installed with apt' };
}

function main(): void {
  let found = findChromium(systemProbe());
  if (!found.ok && found.reason === 'explicit-missing')
    stop(`CHROMIUM_PATH=${found.path} is not an executable file; point it at a Chromium or unset it.`);
  let fonts = hasCjkFonts();
  const missing = [...(found.ok ? [] : ['chromium']), ...(fonts ? [] : ['fonts-noto-cjk'])];
  const root = process.getuid?.() === 0;
  if (missing.length > 0 && root && debianLike()) {
    if (!aptInstall(missing))
      stop(`apt-get could not install ${missing.join(' ')}; run it by hand and retry.`);
    found = afterInstall();
    fonts = hasCjkFonts();
  }
  if (!found.ok)
    stop(
      `no Chromium found (looked for ${found.reason === 'none' ? found.looked.join(', ') : found.path}). ` +
        `Run \`${installCommand()}\`, or set CHROMIUM_PATH to a Chromium or Chrome, then \`npm test\` again.`,
    );
  console.log(`browser: ${found.path} (${found.how})`);
  if (!fonts)
    console.warn(
      'browser: no Noto Sans CJK font, so Chinese labels may render as boxes; run `sudo apt-get install -y fonts-noto-cjk`.',
    );
}

main();
