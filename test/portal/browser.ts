import AxeBuilder from '@axe-core/playwright';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`), or CHROMIUM_PATH. */
export function findChromium(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const ARTIFACTS = join(__dirname, '..', '..', 'artifacts', 'portal');

export interface Browsing {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A fresh Chromium with a user-data-dir of its own, deleted afterwards. */
export async function launchChromium(
  executablePath: string,
  viewport = { width: 1280, height: 900 },
): Promise<Browsing> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'wt-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport,
    locale: 'nl-NL',
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export type { Browser, Page };

/** axe-core on the page as it is now: the serious and critical violations (should be none). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/** Saves a full-page screenshot under artifacts/portal (gitignored); returns the path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/**
 * A small screenshot for the README (what the window shows at 1000 x 700, 1x): under
 * artifacts/portal/docs; the committed copies in docs/ are chosen from these by hand.
 */
export async function docScreenshot(page: Page, name: string, scrollTo?: string): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1000, height: 700 });
  // The picture shows the page, not a passing status message; `scrollTo` goes to the top.
  await page.evaluate((selector) => {
    const doc = (globalThis as unknown as { document: DocumentLike }).document;
    const status = doc.querySelector('[data-testid="status"]');
    if (status) status.style.visibility = 'hidden';
    const target = selector ? doc.querySelector(selector) : null;
    if (target) target.scrollIntoView({ block: 'start' });
    else (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0);
  }, scrollTo ?? null);
  mkdirSync(join(ARTIFACTS, 'docs'), { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, 'docs', `${name}.png`) });
  await page.evaluate(() => {
    const doc = (globalThis as unknown as { document: DocumentLike }).document;
    const status = doc.querySelector('[data-testid="status"]');
    if (status) status.style.visibility = '';
  });
  if (size) await page.setViewportSize(size);
}

interface DocumentLike {
  querySelector(
    selector: string,
  ): { style: { visibility: string }; scrollIntoView(options: object): void } | null;
}
