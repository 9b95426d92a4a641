import { readFileSync } from 'node:fs';
import { describePortal, itHasTheSameKeys } from './portal/portal-suite';
import { announced, checkPage, fitsNarrowScreen, visitAs } from './portal/visit';

/**
 * Regional insight in Chromium: the tightness heat map by municipality and occupation group, the
 * blocking-skill bars, the trend lines, unserved vacancies and school leavers with their CSVs, and
 * the note that the figures are this registry's own, not UWV's statistic.
 */
describePortal('regional insight', (suite) => {
  itHasTheSameKeys(['regional'], 51);

  it('shows the figures as the API computes them, with charts, tables and CSV downloads', async () => {
    const token = await suite.token('adviser');
    const get = async <T>(path: string) =>
      (await (
        await fetch(`${suite.url}/api/registry${path}`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).json()) as T;
    const tightness = await get<{ rows: Array<{ municipality: string | null; group: string }> }>(
      '/insight/tightness?level=sub-major',
    );
    // The worker scores the demo data after the start; the unserved list settles once it is done.
    let unserved = await get<{ rows: unknown[] }>('/insight/unserved-vacancies');
    for (let stable = 0, attempt = 0; stable < 3 && attempt < 60; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const again = await get<{ rows: unknown[] }>('/insight/unserved-vacancies');
      stable = again.rows.length === unserved.rows.length ? stable + 1 : 0;
      unserved = again;
    }
    // A coach enters an MBO course ending within the year for one job seeker (not a VSO/PrO pupil).
    const coach = { authorization: `Bearer ${await suite.token('coach')}` };
    const seekers = (
      (await (
        await fetch(`${suite.url}/api/profiles/job-seekers?pageSize=100`, { headers: coach })
      ).json()) as { items: Array<{ id: string }> }
    ).items;
    let student: { id: string; homeLocation: { place: string | null } | null } | undefined;
    for (const { id } of seekers) {
      const profile = (await (
        await fetch(`${suite.url}/api/profiles/job-seekers/${id}`, { headers: coach })
      ).json()) as {
        id: string;
        schoolLeaver: unknown;
        homeLocation: { place: string | null } | null;
      };
      if (profile.schoolLeaver === null && profile.homeLocation) {
        student = profile;
        break;
      }
    }
    const inHalfAYear = new Date(Date.now() + 182 * 86_400_000).toISOString().slice(0, 10);
    const patched = await fetch(`${suite.url}/api/profiles/job-seekers/${student!.id}`, {
      method: 'PATCH',
      headers: { ...coach, 'content-type': 'application/json' },
      body: JSON.stringify({
        currentEducation: { code: 'NL:MBO-2', expectedEndDate: inHalfAYear },
      }),
    });
    expect(patched.status).toBe(200);
    const leavers = await get<{
      suppressBelow: number;
      rows: Array<{ municipalityName: string; leaversMbo: number | null }>;
    }>('/insight/school-leavers');
    expect(tightness.rows.length).toBeGreaterThan(0);

    const page = await suite.newPage();
    await visitAs(page, suite.url, '/insight/region', 'adviser');
    await page.getByRole('heading', { level: 1, name: 'Regionaal inzicht' }).waitFor();
    await page
      .getByTestId('own-data-note')
      .getByText(/niet de spanningsindicator van UWV/)
      .waitFor();
    const heat = page.getByTestId('heat-map');
    await heat.waitFor();
    const areas = new Set(tightness.rows.map((r) => r.municipality ?? 'region'));
    const groups = new Set(tightness.rows.map((r) => r.group));
    expect(await heat.locator('tbody tr').count()).toBe(areas.size);
    expect(await heat.locator('thead th').count()).toBe(groups.size + 1);
    if (unserved.rows.length > 0) {
      expect(await page.getByTestId('unserved-table').locator('tbody tr').count()).toBe(
        unserved.rows.length,
      );
    }
    // School leavers: one row per area, and the MBO students as the API counts them.
    const leaversTable = page.getByTestId('school-leavers-table');
    expect(leavers.rows.length).toBeGreaterThan(0);
    // One MBO student in an area is fewer than the threshold: suppressed, not 0.
    expect(leavers.rows.some((r) => r.leaversMbo === null)).toBe(true);
    expect(await leaversTable.locator('tbody tr').count()).toBe(leavers.rows.length);
    expect(await leaversTable.locator('thead th').nth(2).textContent()).toBe('Waarvan MBO');
    expect(await leaversTable.locator('tbody tr td:nth-of-type(2)').allTextContents()).toEqual(
      leavers.rows.map((r) =>
        r.leaversMbo === null ? `minder dan ${leavers.suppressBelow}` : String(r.leaversMbo),
      ),
    );
    // The trend has at least today's snapshot (the registry takes one at start).
    await page.getByTestId('section-trend').locator('figure[role="img"]').waitFor();
    await page.waitForFunction(
      () =>
        !(
          globalThis as unknown as { document: { body: { textContent: string } } }
        ).document.body.textContent.includes('Bezig met laden'),
    );
    await checkPage(page, 'insight-region');

    await page.getByLabel('Beroepsgroep (ISCO-08)').selectOption('minor');
    const minor = await get<{ rows: Array<{ group: string }> }>('/insight/tightness?level=minor');
    await page.waitForFunction(
      (n) =>
        (
          globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }
        ).document.querySelectorAll('[data-testid="heat-map"] thead th').length === n,
      new Set(minor.rows.map((r) => r.group)).size + 1,
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', { name: 'Spanning per gemeente en beroepsgroep als CSV downloaden' })
        .click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\n')[0]).toContain('group');
    expect(download.suggestedFilename()).toMatch(
      /^werkplein-twente-tightness-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    await announced(page, /CSV gedownload/);

    expect(await fitsNarrowScreen(page, 'insight-region-360')).toBeLessThanOrEqual(360);
    await page.getByRole('button', { name: 'English' }).click();
    await page
      .getByTestId('own-data-note')
      .getByText(/not UWV's tightness statistic/)
      .waitFor();
    await checkPage(page, 'insight-region-en');

    // In German: the page's own texts, the API's note and the labels of the groups in German too.
    type Labelled = {
      source: Record<'nl' | 'de' | 'en', string>;
      rows: Array<{ group: string; groupLabel: string }>;
    };
    const german = await get<Labelled>('/insight/tightness?level=minor&lang=de');
    const english = await get<Labelled>('/insight/tightness?level=minor&lang=en');
    expect(german.source.de).toMatch(/^Berechnet aus .* nicht der Spanningsindicator des UWV\.$/);
    await page.getByRole('button', { name: 'Deutsch (German)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Regionale Einblicke' }).waitFor();
    const note = page.getByTestId('own-data-note');
    await note.getByText(german.source.de).waitFor();
    expect(await note.textContent()).toContain('nicht der Spannungsindikator des UWV');
    expect(await note.textContent()).not.toContain(english.source.en);
    await page.getByTestId('heat-map').getByText('Gemeinde oder Kreis').waitFor();
    const labelOf = (rows: Labelled['rows']) =>
      [...new Map(rows.map((r) => [r.group, r.groupLabel]))].sort((a, b) =>
        a[0].localeCompare(b[0]),
      );
    await page.waitForFunction(
      (labels) =>
        [
          ...(
            globalThis as unknown as {
              document: {
                querySelectorAll(s: string): Iterable<{ getAttribute(a: string): string }>;
              };
            }
          ).document.querySelectorAll('[data-testid="heat-map"] thead abbr'),
        ]
          .map((a) => a.getAttribute('title'))
          .join('|') === labels.join('|'),
      labelOf(german.rows).map(([, label]) => label),
    );
    expect(labelOf(german.rows).map(([g]) => g)).toEqual(labelOf(english.rows).map(([g]) => g));
    await page.getByText('Angespannt (1,5–4)').first().waitFor();
    await checkPage(page, 'insight-region-de');
    await page.close();
  }, 240_000);
});
