import { describePortal, itHasTheSameKeys } from './portal/portal-suite';
import { announced, checkPage, fitsNarrowScreen, visitAs } from './portal/visit';

/**
 * The admin pages in Chromium: who viewed a profile and what a user viewed (the audit trail), the
 * failed jobs with "retry all", and the link to the queue dashboard; axe and a screenshot each.
 */
describePortal(
  'the admin pages',
  (suite) => {
    itHasTheSameKeys(['admin'], 41);

    it('shows who viewed a profile and what a user viewed', async () => {
      // The coach reads a profile: one audited read to find.
      const coach = await suite.token('coach');
      const headers = { authorization: `Bearer ${coach}` };
      const seekers = (
        (await (
          await fetch(`${suite.url}/api/profiles/job-seekers?pageSize=100`, { headers })
        ).json()) as { items: Array<{ id: string }> }
      ).items;
      const seekerId = seekers[0].id;
      expect(
        (await fetch(`${suite.url}/api/profiles/job-seekers/${seekerId}`, { headers })).status,
      ).toBe(200);

      const page = await suite.newPage();
      await visitAs(page, suite.url, '/admin', 'admin');
      await page.getByRole('heading', { level: 1, name: 'Audittrail: wie zag wat' }).waitFor();
      await checkPage(page, 'admin-audit');
      await page.getByLabel('Id van het object').fill(seekerId);
      await page.getByRole('button', { name: 'Toon wie het zag' }).click();
      const table = page.getByTestId('audit-table');
      await table.waitFor();
      const rows = await table.locator('tbody tr').allTextContents();
      expect(rows.some((r) => r.includes('demo-coach-user-1') && r.includes('read'))).toBe(true);
      expect(rows.every((r) => r.includes(seekerId))).toBe(true);
      await checkPage(page, 'admin-audit-object');
      expect(await fitsNarrowScreen(page)).toBeLessThanOrEqual(360);

      await page.getByLabel('Gebruiker (subject van het token)').fill('demo-coach-user-1');
      await page.getByRole('button', { name: 'Toon wat de gebruiker zag' }).click();
      await page.getByRole('heading', { name: 'Wat demo-coach-user-1 zag en deed' }).waitFor();
      await table.locator('tbody tr').first().waitFor();
      const actorRows = await table.locator('tbody tr').allTextContents();
      expect(actorRows.every((r) => r.includes('demo-coach-user-1'))).toBe(true);
      expect(actorRows.some((r) => r.includes(seekerId))).toBe(true);
      await checkPage(page, 'admin-audit-actor');
      await page.close();
    }, 120_000);

    it('lists failed jobs and queues them again; links the queue dashboard', async () => {
      await suite.stack.env.dataSource.query(
        `INSERT INTO ops.failed_job (job_id, name, payload, attempts, error) VALUES ($1, 'ping', '{}'::jsonb, 3, 'portal test: failed on purpose')`,
        ['ping.portal-admin-test'],
      );
      const page = await suite.newPage();
      await visitAs(page, suite.url, '/admin/jobs', 'admin');
      await page.getByRole('heading', { level: 1, name: 'Mislukte taken' }).waitFor();
      const table = page.getByTestId('failed-jobs');
      await table.getByText('portal test: failed on purpose').waitFor();
      const dashboard = page.getByTestId('queue-dashboard');
      const dashboardUrl = suite.stack.queueDashboardUrl!;
      expect(await dashboard.getAttribute('href')).toBe(dashboardUrl);
      await checkPage(page, 'admin-failed-jobs');

      await page.getByRole('button', { name: 'Alle opnieuw proberen' }).click();
      await announced(page, /1 taak opnieuw in de wachtrij/);
      await page.getByText('Geen mislukte taken.').waitFor();
      const [{ count }] = (await suite.stack.env.dataSource.query(
        `SELECT count(*)::int AS count FROM ops.failed_job`,
      )) as Array<{ count: number }>;
      expect(count).toBe(0);
      await page.close();
    }, 120_000);

    it('opens the queue dashboard for the admin who clicks the link, and for nobody else', async () => {
      const dashboardUrl = suite.stack.queueDashboardUrl!;
      // Bull Board needs BullMQ: without Redis the worker has no dashboard (404), cookie or not.
      const bullmq = Boolean(process.env.REDIS_URL);
      const plain = await fetch(dashboardUrl);
      expect(plain.status).toBe(bullmq ? 401 : 404);
      const coach = await fetch(`${dashboardUrl}/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token: await suite.token('coach') }),
        redirect: 'manual',
      });
      expect(coach.status).toBe(bullmq ? 403 : 404);
      expect(coach.headers.get('set-cookie')).toBeNull();
      if (!bullmq) return;

      const page = await suite.newPage();
      await visitAs(page, suite.url, '/admin/jobs', 'admin');
      await page.getByRole('heading', { level: 1, name: 'Mislukte taken' }).waitFor();
      const [board] = await Promise.all([
        page.context().waitForEvent('page'),
        page.getByTestId('queue-dashboard').click(),
      ]);
      await board.waitForLoadState('load');
      expect(board.url()).toBe(dashboardUrl);
      await board.getByText('matching', { exact: false }).first().waitFor();
      const cookies = await page.context().cookies(dashboardUrl);
      const cookie = cookies.find((c) => c.name === 'wt_queue_dashboard');
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/admin/queues' });
      // Without the cookie the same page is refused again.
      await page.context().clearCookies();
      expect((await board.reload())?.status()).toBe(401);
      await board.close();
      await page.close();
    }, 120_000);
  },
  { queueDashboard: true },
);
