import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Page, screenshot, seriousViolations } from './browser';

/** Where the portal keeps the demo session of a tab (DEMO_SESSION_KEY of its auth/session.ts). */
export const DEMO_SESSION_KEY = 'wt.demo-session';

/**
 * Opens a deep link as a demo account: the page lands on the sign-in page (the tab's kept demo
 * session dropped first), which signs in and returns to the link.
 */
export async function visitAs(
  page: Page,
  baseUrl: string,
  path: string,
  account: string,
): Promise<void> {
  // The demo session survives a reload in this tab: drop it, so the page asks who signs in.
  if (page.url().startsWith(baseUrl)) {
    await page.evaluate(
      (key) =>
        (
          globalThis as unknown as { sessionStorage: { removeItem(k: string): void } }
        ).sessionStorage.removeItem(key),
      DEMO_SESSION_KEY,
    );
  }
  await page.goto(`${baseUrl}${path}`);
  await page.getByTestId(`sign-in-${account}`).click();
  await page.waitForURL((url) => url.pathname === path.split('?')[0]);
}

/** The page passes axe (no serious or critical violations) and is saved as a screenshot. */
export async function checkPage(page: Page, name: string): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, name);
}

/** The polite status region says this (the Status component of the layout). */
export async function announced(page: Page, text: string | RegExp): Promise<void> {
  await page.getByTestId('status').getByText(text).waitFor({ timeout: 15_000 });
}

/**
 * On a 360 px wide screen the page needs no sideways scrolling: the page's width there (and, with
 * a name, its screenshot at that width).
 */
export async function fitsNarrowScreen(page: Page, name?: string): Promise<number> {
  await page.setViewportSize({ width: 360, height: 740 });
  if (name) await screenshot(page, name);
  const width = await page.evaluate(
    () =>
      (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
        .documentElement.scrollWidth,
  );
  await page.setViewportSize({ width: 1280, height: 900 });
  return width;
}

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

/** The keys of a locale namespace in nl, de and en (they must be the same). */
export function localeKeys(ns: string): Record<'nl' | 'de' | 'en', string[]> {
  const dir = join(__dirname, '..', '..', 'apps', 'portal', 'src', 'locales');
  const read = (lang: string) =>
    keysOf(JSON.parse(readFileSync(join(dir, lang, `${ns}.json`), 'utf8'))).sort();
  return { nl: read('nl'), de: read('de'), en: read('en') };
}

/** A bearer token of a demo account, from the portal server's demo sign-in. */
export async function demoToken(baseUrl: string, account: string): Promise<string> {
  const response = await fetch(`${baseUrl}/portal/demo/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ account }),
  });
  return ((await response.json()) as { token: string }).token;
}
