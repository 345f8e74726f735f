import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/**
 * The Chromium to test with: CHROMIUM_PATH if set (and it must exist), else a system Chromium,
 * else undefined, meaning Playwright's own downloaded browser.
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  return SYSTEM_PATHS.find((p) => existsSync(p));
}

/** Flags that let Chromium run headless as root in a container with no outside network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** True on Debian or Ubuntu (and their derivatives), where the distribution packages Chromium. */
function isDebianLike(): boolean {
  try {
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

/**
 * The Chromium to test with, getting one first if there is none, so that `npm test` sets itself
 * up on a fresh machine: a system Chromium (or CHROMIUM_PATH) if there is one; else Playwright's
 * own browser if it was downloaded before; else, as root on Debian or Ubuntu, the distribution's
 * `chromium` package (Playwright's download needs its CDN, which some networks do not reach);
 * else Playwright's own download. It says what it is doing, since an install takes a minute.
 */
export function ensureChromium(): string | undefined {
  const found = findChromium();
  if (found || existsSync(chromium.executablePath())) return found;
  const asRoot = process.getuid?.() === 0;
  try {
    if (asRoot && isDebianLike() && existsSync('/usr/bin/apt-get')) {
      console.log("No Chromium found: installing the distribution's chromium package (apt-get).");
      execSync('apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium', {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
      return findChromium();
    }
    console.log("No Chromium found: downloading Playwright's Chromium (npx playwright install).");
    execSync('npx playwright install chromium', { stdio: 'inherit' });
    return undefined;
  } catch {
    throw new Error(
      'No Chromium for the end-to-end tests, and getting one failed. Install one, then run npm test again:\n' +
        '  Debian/Ubuntu: sudo apt-get install chromium\n' +
        "  or Playwright's own: npx playwright install chromium\n" +
        '  or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    );
  }
}
