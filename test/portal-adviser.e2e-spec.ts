import { describePortal, itHasTheSameKeys } from './portal/portal-suite';
import { announced, checkPage, fitsNarrowScreen, visitAs } from './portal/visit';

interface VacancyRow {
  id: string;
  title: string;
  country: string;
  occupationReview: string | null;
  occupationSource: string | null;
  occupationUri: string | null;
  occupationAlternatives: Array<{ uri: string; label: string }>;
}

/**
 * The adviser's pages in Chromium: the region's vacancies with filters, "why not" for a job seeker
 * who is not on a shortlist and adding them by hand, CSV upload with per-row errors, and the
 * occupation review; axe on each page and a screenshot.
 */
describePortal('the adviser pages', (suite) => {
  let adviser: string;
  let coach: string;

  const call = async <T>(path: string, token: string, init: RequestInit = {}): Promise<T> => {
    const response = await fetch(`${suite.url}${path}`, {
      ...init,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        ...(init.headers ?? {}),
      },
    });
    expect(response.status).toBeLessThan(300);
    return (await response.json()) as T;
  };

  beforeAll(async () => {
    adviser = await suite.token('adviser');
    coach = await suite.token('coach');
  });

  itHasTheSameKeys(['adviserTools'], 51);

  it('filters the region’s vacancies by text, country, radius and banenafspraak', async () => {
    const all = await call<{ total: number }>('/api/registry/vacancies?status=published', adviser);
    const german = await call<{ total: number; items: VacancyRow[] }>(
      '/api/registry/vacancies?status=published&country=DE',
      adviser,
    );
    const banen = await call<{ total: number }>(
      '/api/registry/vacancies?status=published&banenafspraak=true',
      adviser,
    );
    expect(all.total).toBeGreaterThan(german.total);

    const page = await suite.newPage();
    await visitAs(page, suite.url, '/adviser/vacancies', 'adviser');
    await page.getByRole('heading', { level: 1, name: 'Vacatures in de regio' }).waitFor();
    await page.getByTestId('result-count').getByText(`${all.total} gepubliceerde`).waitFor();
    await checkPage(page, 'adviser-vacancies');
    expect(await fitsNarrowScreen(page)).toBeLessThanOrEqual(360);

    await page.getByLabel('Land van de vacature').selectOption('DE');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page
      .getByTestId('result-count')
      .getByText(new RegExp(`^${german.total} gepubliceerde`))
      .waitFor();
    expect(page.url()).toContain('country=DE');
    const rows = page.getByTestId('vacancy-results').locator('tbody tr');
    expect(await rows.count()).toBe(Math.min(german.total, 25));
    for (const text of await rows.allTextContents()) expect(text).toContain('(DE)');

    await page.getByLabel('Land van de vacature').selectOption('');
    await page.getByLabel('Banenafspraak', { exact: true }).check();
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page
      .getByTestId('result-count')
      .getByText(new RegExp(`^${banen.total} gepubliceerde`))
      .waitFor();

    await page.getByLabel('Banenafspraak', { exact: true }).uncheck();
    await page.getByLabel('In de buurt van (plaats of postcode)').fill('Enschede');
    await page.getByLabel('Straal (km)').fill('15');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    const near = await call<{ total: number; items: Array<{ distanceKm: number }> }>(
      '/api/registry/vacancies?status=published&near=Enschede&nearCountry=NL&radiusKm=15',
      adviser,
    );
    await page
      .getByTestId('result-count')
      .getByText(new RegExp(`^${near.total} gepubliceerde`))
      .waitFor();
    if (near.total > 0)
      await page
        .getByTestId('vacancy-results')
        .getByText(/\d+ km/)
        .first()
        .waitFor();
    await checkPage(page, 'adviser-vacancies-filtered');

    // A bad radius is refused by the API and shown at its field.
    await page.getByLabel('Straal (km)').fill('-5');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.locator('[data-field-error="radiusKm"]').waitFor();
    await page.close();
  }, 120_000);

  it('explains why a job seeker is not on a shortlist and adds them by hand', async () => {
    const vacancies = await call<{ items: VacancyRow[] }>(
      '/api/registry/vacancies?status=published&country=NL&pageSize=100',
      adviser,
    );
    const seekers = (
      await call<{ items: Array<{ id: string }> }>('/api/profiles/job-seekers?pageSize=100', coach)
    ).items;
    let pair: { vacancy: VacancyRow; seekerId: string } | undefined;
    for (const vacancy of vacancies.items) {
      const list = await call<{ items: Array<{ seekerId: string }> }>(
        `/api/registry/vacancies/${vacancy.id}/matches?pageSize=50`,
        adviser,
      );
      const listed = new Set(list.items.map((m) => m.seekerId));
      const outside = seekers.find((s) => !listed.has(s.id));
      if (outside) {
        pair = { vacancy, seekerId: outside.id };
        break;
      }
    }
    expect(pair).toBeDefined();

    const page = await suite.newPage();
    await visitAs(page, suite.url, `/adviser/vacancies/${pair!.vacancy.id}/candidate`, 'adviser');
    await page
      .getByRole('heading', { level: 1, name: 'Waarom niet? Een kandidaat nagaan' })
      .waitFor();
    await page.getByLabel('Id van de werkzoekende').fill('not-an-id');
    await page.getByRole('button', { name: 'Nagaan' }).click();
    await page.locator('[data-field-error="seekerId"]').waitFor();
    await page.getByLabel('Id van de werkzoekende').fill(pair!.seekerId);
    await page.getByRole('button', { name: 'Nagaan' }).click();
    const verdict = page.getByTestId('verdict');
    await verdict.getByText(/Niet op de lijst|Vacature is niet open/).waitFor();
    await verdict.getByRole('table', { name: 'Onderdelen van de score' }).waitFor();
    await checkPage(page, 'adviser-why-not');

    await page
      .getByLabel('Waarom (notitie)')
      .fill('Ervaring in vergelijkbaar werk, besproken met de coach');
    await page.getByRole('button', { name: 'Op de shortlist zetten' }).click();
    await announced(page, /staat op de shortlist/);
    await verdict.getByTestId('pair-status').getByText('Op de shortlist').waitFor();
    const explained = await call<{ status: string; humanOverride: unknown }>(
      `/api/registry/vacancies/${pair!.vacancy.id}/matches/${pair!.seekerId}/explain`,
      adviser,
    );
    expect(explained.status).toBe('shortlisted');
    expect(explained.humanOverride).not.toBeNull();
    await page.close();
  }, 120_000);

  it('uploads a CSV: per-row errors in a table, then the valid rows with partial', async () => {
    const employers = await call<{ items: Array<{ id: string }> } | Array<{ id: string }>>(
      '/api/registry/employers',
      adviser,
    );
    const employerId = (Array.isArray(employers) ? employers : employers.items)[0].id;
    const csv = [
      'employerId;title;description;country;hoursMin;hoursMax;workPlace',
      `${employerId};Heftruckchauffeur;Laden en lossen in het magazijn;NL;24;38;Hengelo`,
      `${employerId};Schoonmaker;Kantoren schoonmaken;XX;24;38;Enschede`,
      `${employerId};Kok;Koken in een restaurant;NL;40;20;Almelo`,
    ].join('\n');

    const page = await suite.newPage();
    await visitAs(page, suite.url, '/adviser/vacancies/upload', 'adviser');
    await page.getByRole('heading', { level: 1, name: 'Vacatures uploaden (CSV)' }).waitFor();
    await page.getByLabel('Inhoud van de CSV').fill(csv);
    await page.getByRole('button', { name: 'Uploaden' }).click();
    const table = page.getByTestId('upload-errors');
    await table.waitFor();
    const lines = (await table.locator('tbody tr td:first-child').allTextContents()).map(Number);
    expect(lines).toContain(3);
    expect(lines).not.toContain(2);
    expect(await table.locator('tbody').textContent()).toContain('country');
    await checkPage(page, 'adviser-upload-errors');

    const before = await call<{ total: number }>(
      '/api/registry/vacancies?q=Heftruckchauffeur',
      adviser,
    );
    await page.getByLabel('Gedeeltelijk: sla de goede regels op en toon de rest').check();
    await page.getByRole('button', { name: 'Uploaden' }).click();
    await page
      .getByTestId('upload-stored')
      .getByText(/^1 van 3 regels opgeslagen/)
      .waitFor();
    expect(await page.getByTestId('upload-errors').locator('tbody tr').count()).toBeGreaterThan(0);
    const after = await call<{ total: number }>(
      '/api/registry/vacancies?q=Heftruckchauffeur',
      adviser,
    );
    expect(after.total).toBe(before.total + 1);
    await checkPage(page, 'adviser-upload-partial');
    await page.close();
  }, 120_000);

  it('lists vacancies needing occupation review and confirms one of the alternatives', async () => {
    const employers = await call<{ items: Array<{ id: string }> } | Array<{ id: string }>>(
      '/api/registry/employers',
      adviser,
    );
    const employerId = (Array.isArray(employers) ? employers : employers.items)[0].id;
    // Vague titles link with low confidence; keep the first the linker flags for review.
    let flagged: VacancyRow | undefined;
    for (const title of [
      'Medewerker',
      'Allround kracht',
      'Teamlid',
      'Vakkracht',
      'Helpende hand',
      'Collega gezocht',
      'Medewerker algemeen',
    ]) {
      const created = await call<VacancyRow>('/api/registry/vacancies', adviser, {
        method: 'POST',
        body: JSON.stringify({
          employerId,
          title,
          description: 'Werk in een team.',
          country: 'NL',
          workPlace: 'Enschede',
          publish: true,
        }),
      });
      if (created.occupationReview === 'needed' && created.occupationAlternatives.length > 0) {
        flagged = created;
        break;
      }
    }
    expect(flagged).toBeDefined();

    const page = await suite.newPage();
    await visitAs(page, suite.url, '/adviser/occupation-review', 'adviser');
    const card = page.locator(`[data-testid="review-vacancy"][data-vacancy="${flagged!.id}"]`);
    await card.waitFor();
    await checkPage(page, 'adviser-occupation-review');
    const alternative = flagged!.occupationAlternatives[0];
    await card
      .getByRole('radio', {
        name: new RegExp(
          `^${alternative.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(alternatief`,
        ),
      })
      .check();
    await card.getByRole('button', { name: 'Beroep bevestigen' }).click();
    await announced(page, /beroep bevestigd/);
    await card.waitFor({ state: 'detached' });
    const after = await call<VacancyRow>(`/api/registry/vacancies/${flagged!.id}`, adviser);
    expect(after).toMatchObject({
      occupationUri: alternative.uri,
      occupationReview: null,
      occupationSource: 'adviser',
    });
    await page.close();
  }, 120_000);
});
