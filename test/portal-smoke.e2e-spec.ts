import { screenshot, seriousViolations } from './portal/browser';
import { describePortal } from './portal/portal-suite';
import { DEMO_SESSION_KEY } from './portal/visit';

/** What the page functions below read in the browser (this program has no DOM types). */
declare const document: {
  activeElement: { id: string } | null;
  documentElement: { scrollWidth: number };
};

/**
 * The portal's foundation in a real browser: the demo sign-in page, an employer's start page
 * through the portal server's API forwarding, the language switch (and `<html lang>`), the skip
 * link, a 360 px wide screen, and axe-core on each page.
 */
describePortal('sign-in, layout, language', (suite) => {
  it('serves the app, the client configuration and the API forwarding on one origin', async () => {
    const config = await fetch(`${suite.url}/portal/config.json`).then((r) => r.json());
    expect(config).toMatchObject({ signIn: 'demo', claims: { role: 'role' } });
    const health = await fetch(`${suite.url}/api/registry/health`);
    expect(health.status).toBe(200);
    const unauthenticated = await fetch(`${suite.url}/api/profiles/caseload`);
    expect(unauthenticated.status).toBe(401);
    const deepLink = await fetch(`${suite.url}/employer/vacancies`);
    expect(deepLink.status).toBe(200);
    expect(deepLink.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await deepLink.text()).toContain('<div id="root">');
    const refused = await fetch(`${suite.url}/portal/demo/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ account: 'root' }),
    });
    expect(refused.status).toBe(400);
  });

  it('signs an employer in, switches language, and passes axe at 1280 and 360 px', async () => {
    const page = await suite.newPage();
    await page.goto(suite.url);
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'smoke-sign-in');

    // The skip link is the first thing the keyboard reaches, and it lands on the main content.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await page.getByTestId('sign-in-employer').click();
    await page.getByRole('heading', { level: 1, name: 'Mijn vacatures' }).waitFor();
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('row').count()).toBeGreaterThan(1);
    expect(await page.getByTestId('signed-in-as').textContent()).toContain('demo-employer-1');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'smoke-employer-vacancies');

    await page.getByRole('button', { name: 'Deutsch (Duits)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meine Stellen' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    expect(await page.getByRole('navigation', { name: 'Hauptmenü' }).isVisible()).toBe(true);

    await page.setViewportSize({ width: 360, height: 740 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(360);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'smoke-employer-vacancies-360-de');

    // The demo sign-in survives a reload (this tab's sessionStorage), and signing out ends it.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Meine Stellen' }).waitFor();
    expect(await page.getByTestId('signed-in-as').textContent()).toContain('demo-employer-1');
    const kept = () =>
      page.evaluate(
        (key) =>
          (
            globalThis as unknown as { sessionStorage: { getItem(k: string): string | null } }
          ).sessionStorage.getItem(key),
        DEMO_SESSION_KEY,
      );
    expect(JSON.parse((await kept())!)).toMatchObject({
      via: 'demo',
      principal: { role: 'employer' },
    });
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    expect(await kept()).toBeNull();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    await page.close();
  }, 120_000);
});
