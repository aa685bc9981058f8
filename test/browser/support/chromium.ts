/**
 * Debian's Chromium, driven by playwright-core: never a downloaded browser (issue 2, item 9).
 * `.ci/run` installs it with apt when missing; here a missing binary is a clear failure.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Screenshots land here (gitignored), to be looked at when a page changes. */
export const RESULTS_DIR = path.resolve(import.meta.dirname, '../../../test-results');

export interface Browser {
  context: BrowserContext;
  /** A new tab on `url` with an empty cookie jar and storage: a fresh visitor. */
  freshPage(url: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} is missing: install Debian's Chromium with apt-get install -y chromium`,
    );
  }
  // A fresh profile each run, so no cookie or remembered language leaks between runs.
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'klasse-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 860 },
    // A Dutch browser, as most users have: native date and time inputs show Dutch formats.
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  return {
    context,
    async freshPage(url) {
      await context.clearCookies();
      for (const open of context.pages()) await open.close();
      const page = await context.newPage();
      await page.goto(url);
      // The profile is shared by the tests of a file: forget a language chosen by an earlier test.
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      return page;
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
