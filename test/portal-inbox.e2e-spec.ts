import { describePortal, itHasTheSameKeys } from './portal/portal-suite';
import { announced, checkPage, fitsNarrowScreen, visitAs } from './portal/visit';

/**
 * The notification inbox in Chromium: an adviser proposes a candidate, the employer sees the
 * unread count in the header, opens the inbox, follows the link, marks one read and then all.
 */
describePortal('the notification inbox', (suite) => {
  const call = async (path: string, token: string, method = 'GET', body?: unknown) => {
    const response = await fetch(`${suite.url}/api/registry${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return {
      status: response.status,
      body: (await response.json().catch(() => null)) as Record<string, unknown>,
    };
  };

  itHasTheSameKeys(['inbox']);

  it('shows the unread count in the header, lists the notifications and marks them read', async () => {
    const employer = await suite.token('employer');
    const adviser = await suite.token('adviser');
    // The employer's first request makes them a known user (notifications start from there).
    const own = await call('/vacancies?status=published&pageSize=100', employer);
    const vacancies = (own.body.items as Array<{ id: string }>).map((v) => v.id);

    // The adviser proposes a candidate of the employer's vacancies (the worker may still be scoring).
    let proposed = false;
    for (let attempt = 0; attempt < 60 && !proposed; attempt++) {
      for (const id of vacancies) {
        const list = await call(`/vacancies/${id}/matches?pageSize=50`, adviser);
        for (const m of (list.body?.items as
          Array<{ seekerId: string; status: string }> | undefined) ?? []) {
          if (m.status !== 'suggested' && m.status !== 'shortlisted') continue;
          if (m.status === 'suggested')
            await call(`/vacancies/${id}/matches/${m.seekerId}/shortlist`, adviser, 'POST', {});
          const step = await call(
            `/vacancies/${id}/matches/${m.seekerId}/propose`,
            adviser,
            'POST',
            {},
          );
          if (step.status < 300) {
            proposed = true;
            break;
          }
        }
        if (proposed) break;
      }
      if (!proposed) await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    expect(proposed).toBe(true);
    let unread = 0;
    for (let attempt = 0; attempt < 60 && unread === 0; attempt++) {
      unread = ((await call('/notifications/unread-count', employer)).body.unread as number) ?? 0;
      if (unread === 0) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(unread).toBeGreaterThan(0);

    const page = await suite.newPage();
    await visitAs(page, suite.url, '/employer/vacancies', 'employer');
    const link = page.getByTestId('inbox-link');
    await page.waitForFunction(
      (n) =>
        (
          globalThis as unknown as {
            document: {
              querySelector(s: string): { getAttribute(a: string): string | null } | null;
            };
          }
        ).document
          .querySelector('[data-testid="inbox-link"]')
          ?.getAttribute('aria-label') === `Berichten: ${n} ongelezen`,
      unread,
    );
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Berichten' }).waitFor();
    await page
      .getByTestId('inbox-unread')
      .getByText(new RegExp(`^${unread} ongelezen`))
      .waitFor();
    const first = page.getByTestId('notification').first();
    expect(await first.getAttribute('data-read')).toBe('no');
    expect(await first.textContent()).toContain('Kandidaat voorgedragen');
    await checkPage(page, 'inbox');
    expect(await fitsNarrowScreen(page)).toBeLessThanOrEqual(360);

    await first.getByRole('button', { name: /markeren als gelezen$/ }).click();
    await announced(page, 'Bericht gemarkeerd als gelezen');
    await page
      .getByTestId('inbox-unread')
      .getByText(new RegExp(`^${unread - 1} ongelezen`))
      .waitFor();
    if (unread > 1) {
      await page.getByRole('button', { name: 'Alles als gelezen markeren' }).click();
      await announced(page, /gemarkeerd als gelezen/);
    }
    await page
      .getByTestId('inbox-unread')
      .getByText(/^0 ongelezen/)
      .waitFor();
    expect((await call('/notifications/unread-count', employer)).body.unread).toBe(0);

    // The notification's link opens the employer's own vacancy page.
    await page.getByTestId('notification').first().getByRole('link').click();
    await page.waitForURL(/\/employer\/vacancies\/[0-9a-f-]{36}$/);
    await page.close();

    // An e-mail digest carries the same link after PORTAL_URL: opened (and signed in), the portal
    // goes to the employer's page of that vacancy.
    const mail = await suite.newPage();
    await mail.goto(`${suite.url}/vacancies/${vacancies[0]}/shortlist`);
    await mail.getByTestId('sign-in-employer').click();
    await mail.waitForURL(new RegExp(`/employer/vacancies/${vacancies[0]}$`));
    await mail.close();
  }, 180_000);
});
