import { describePortal, itHasTheSameKeys } from './portal/portal-suite';
import { announced, checkPage, fitsNarrowScreen, visitAs } from './portal/visit';

interface SeekerMatch {
  vacancyId: string;
  status: string;
}

/**
 * The coach's pages in Chromium: the caseload at a glance, a profile with its missing and stale
 * fields highlighted (typeahead, qualification picker), the double opt-in with its dates, confirming
 * availability, a new job seeker, the matching vacancies with explanations (shortlist one), the
 * transition occupations and "one skill away"; axe on each page and a screenshot.
 */
describePortal('the coach pages', (suite) => {
  let token: string;

  const api = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${suite.url}/api/profiles${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  };

  beforeAll(async () => {
    token = await suite.token('coach');
  });

  itHasTheSameKeys(['caseload', 'components'], 21);

  it('shows the caseload at a glance, then a profile, its consent and availability', async () => {
    const overview = await api<{ total: number; byCompleteness: Record<string, number> }>(
      '/caseload',
    );
    const seekers = (
      await api<{
        items: Array<{ id: string; completenessScore: number; missing: string[]; stale: string[] }>;
      }>('/job-seekers?pageSize=100')
    ).items;
    expect(overview.total).toBe(seekers.length);

    const page = await suite.newPage();
    await visitAs(page, suite.url, '/coach/caseload', 'coach');
    await page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
    await page.getByTestId('caseload-table').waitFor();
    expect(await page.getByTestId('caseload-table').locator('tbody tr').count()).toBe(
      seekers.length,
    );
    const bandsText = await page.getByTestId('bands').textContent();
    expect(bandsText).toContain('Volledig');
    expect(bandsText).toContain(String(overview.byCompleteness.low));
    expect(await page.getByTestId('most-missing').textContent()).not.toBe('');
    await checkPage(page, 'coach-caseload');
    expect(await fitsNarrowScreen(page)).toBeLessThanOrEqual(360);
    // In German too (and back: the choice is remembered for the other tests of this browser).
    await page.getByRole('button', { name: 'Deutsch (Duits)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meine Fälle' }).waitFor();
    expect(await page.getByTestId('bands').textContent()).toContain('Vollständig');
    await checkPage(page, 'coach-caseload-de');
    await page.getByRole('button', { name: 'Nederlands (Niederländisch)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();

    // The least complete profile comes first; its missing and stale fields are flagged in the form.
    const least = [...seekers].sort((a, b) => a.completenessScore - b.completenessScore)[0];
    await page.getByTestId('caseload-table').locator('tbody tr').first().getByRole('link').click();
    await page.waitForURL(`**/coach/job-seekers/${least.id}`);
    await page.getByRole('heading', { name: 'Toestemming (dubbele opt-in)' }).waitFor();
    await checkPage(page, 'coach-seeker');

    await page.getByRole('button', { name: 'Beschikbaarheid bevestigen' }).click();
    await announced(page, 'Beschikbaarheid bevestigd');
    await page
      .getByTestId('availability-confirmed')
      .getByText(/Laatst bevestigd op \d{4}-\d{2}-\d{2}/)
      .waitFor();

    // Both consents on, with the day the job seeker said so: visible to employers.
    const seekerSwitch = page.getByRole('switch', {
      name: 'De werkzoekende wil aan werkgevers getoond worden',
    });
    const coachSwitch = page.getByRole('switch', {
      name: 'Ik vind het profiel geschikt om aan werkgevers te tonen',
    });
    if (!(await seekerSwitch.isChecked())) await seekerSwitch.check();
    await page.getByLabel('Datum waarop de werkzoekende dit zei').fill('2026-11-20');
    if (!(await coachSwitch.isChecked())) await coachSwitch.check();
    await page.getByRole('button', { name: 'Toestemming opslaan' }).click();
    await announced(page, /het profiel is zichtbaar voor werkgevers/);
    await page.getByTestId('seeker-consent-date').getByText('Gegeven op 2026-11-20.').waitFor();
    await page
      .getByTestId('coach-consent-date')
      .getByText(/Gegeven op \d{4}-\d{2}-\d{2}\./)
      .waitFor();
    const after = await api<{ consent: { employerVisible: boolean; seeker: { date: string } } }>(
      `/job-seekers/${least.id}`,
    );
    expect(after.consent).toMatchObject({ employerVisible: true, seeker: { date: '2026-11-20' } });
    await checkPage(page, 'coach-seeker-consent');

    // The form highlights what is missing; a skill is added with the typeahead (keyboard only).
    await page.getByRole('link', { name: 'Profiel bewerken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Profiel bewerken' }).waitFor();
    const fresh = await api<{
      completeness: { missing: string[]; stale: string[] };
      skills: unknown[];
    }>(`/job-seekers/${least.id}`);
    const flaggedCount = fresh.completeness.missing.length + fresh.completeness.stale.length;
    if (flaggedCount > 0) {
      await page.getByTestId('flag-summary').waitFor();
      expect(await page.locator('[data-flag]').count()).toBeGreaterThan(0);
    }
    const skills = page.getByRole('combobox', { name: /Vaardigheden \(ESCO\)/ });
    await skills.fill('lass');
    await page
      .getByRole('listbox', { name: 'Vaardigheden (ESCO)' })
      .getByRole('option')
      .first()
      .waitFor();
    const chosen = (await page
      .getByRole('listbox', { name: 'Vaardigheden (ESCO)' })
      .getByRole('option')
      .first()
      .textContent())!;
    await skills.press('Enter');
    await page
      .getByRole('list', { name: 'Vaardigheden (ESCO)' })
      .getByText(chosen.replace(/ \(.*\)$/, ''))
      .waitFor();
    await checkPage(page, 'coach-seeker-form');
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await announced(page, 'Profiel opgeslagen');
    await page.waitForURL(`**/coach/job-seekers/${least.id}`);
    // The typeahead shows the label that matched; the profile keeps the concept (its preferred label).
    const saved = await api<{ skills: unknown[] }>(`/job-seekers/${least.id}`);
    expect(saved.skills.length).toBe(fresh.skills.length + 1);
    await page.close();
  }, 180_000);

  it('adds a job seeker with occupation typeahead and qualification picker; a bad postcode is shown at its field; the current MBO course is saved', async () => {
    const page = await suite.newPage();
    await visitAs(page, suite.url, '/coach/job-seekers/new', 'coach');
    await page.getByRole('heading', { level: 1, name: 'Nieuwe werkzoekende' }).waitFor();
    await page.getByLabel('Voornaam').fill('Test');
    await page.getByLabel('Achternaam').fill('Voorbeeld-Portaal');
    await page.getByLabel('Klantnummer').fill('ENS-2026-PORTAL');
    const occupations = page.getByRole('combobox', { name: /Gewenste beroepen/ });
    await occupations.fill('lasser');
    await page
      .getByRole('listbox', { name: 'Gewenste beroepen (ESCO)' })
      .getByRole('option')
      .first()
      .waitFor();
    await occupations.press('Enter');
    await page.getByLabel('Hoogste opleiding').selectOption('NL:MBO-2');
    await page.getByText('EQF-niveau 2.').waitFor();
    // An MBO course followed now, its end date left empty for the moment.
    await page.getByLabel('Niveau van de opleiding').selectOption('NL:MBO-3');
    await page.getByLabel('Postcode').fill('ABCD');
    await page.getByRole('button', { name: 'Werkzoekende toevoegen' }).click();
    // The API's 400 names homeLocation and currentEducation: each message is next to its field.
    const fieldError = page.locator('[data-field-error="homeLocation"]');
    await fieldError.waitFor();
    expect(await fieldError.textContent()).toMatch(/postcode/i);
    const educationError = page.locator('[data-field-error="currentEducation"]');
    await educationError.waitFor();
    expect(await educationError.textContent()).toMatch(/expectedEndDate/);
    expect(
      await page
        .getByRole('group', { name: 'Huidige opleiding (MBO)' })
        .getAttribute('aria-describedby'),
    ).toContain('seeker-currentEducation-error');
    await checkPage(page, 'coach-seeker-new-error');
    expect(await fitsNarrowScreen(page, 'coach-seeker-new-error-360')).toBeLessThanOrEqual(360);

    const endDate = `${new Date().getUTCFullYear() + 2}-07-01`;
    await page.getByLabel('Verwachte einddatum van de opleiding').fill(endDate);
    await page.getByLabel('Postcode').fill('7511 AB');
    // Every driving licence category the API takes, each with what it is for.
    const licences = page.getByRole('group', { name: 'Rijbewijzen' }).getByRole('checkbox');
    expect(await licences.count()).toBe(15);
    await page.getByLabel('C1E – lichte vrachtwagen met aanhanger').check();
    await page.getByLabel('D1 – kleine bus (tot 16 passagiers)').check();
    await page.getByRole('button', { name: 'Werkzoekende toevoegen' }).click();
    await announced(page, 'Werkzoekende toegevoegd aan uw caseload');
    await page.getByRole('heading', { level: 1, name: /Test Voorbeeld-Portaal/ }).waitFor();
    const id = page.url().split('/').pop()!;
    const created = await api<{
      highestQualification: { code: string; eqf: number };
      currentEducation: { code: string; expectedEndDate: string } | null;
      wantedOccupations: unknown[];
      drivingLicences: string[];
    }>(`/job-seekers/${id}`);
    expect([...created.drivingLicences].sort()).toEqual(['C1E', 'D1']);
    expect(created.highestQualification).toEqual({ code: 'NL:MBO-2', eqf: 2 });
    expect(created.currentEducation).toEqual({ code: 'NL:MBO-3', expectedEndDate: endDate });
    expect(created.wantedOccupations).toHaveLength(1);

    // Saved: after a reload the profile and its form show the course (a new page load signs in again).
    await visitAs(page, suite.url, `/coach/job-seekers/${id}`, 'coach');
    await page
      .getByTestId('current-education')
      .getByText(`MBO niveau 3 (vakopleiding), eindigt naar verwachting op ${endDate}`)
      .waitFor();
    expect(await page.getByTestId('highest-qualification').textContent()).toContain('EQF-niveau 2');
    await checkPage(page, 'coach-seeker-education');
    await page.getByRole('link', { name: 'Profiel bewerken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Profiel bewerken' }).waitFor();
    expect(await page.getByLabel('Niveau van de opleiding').inputValue()).toBe('NL:MBO-3');
    expect(await page.getByLabel('Verwachte einddatum van de opleiding').inputValue()).toBe(
      endDate,
    );
    // Cleared in the form, cleared in the profile.
    await page.getByLabel('Niveau van de opleiding').selectOption('');
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await announced(page, 'Profiel opgeslagen');
    await page.getByTestId('current-education').getByText('geen MBO-opleiding').waitFor();
    expect(
      (await api<{ currentEducation: unknown }>(`/job-seekers/${id}`)).currentEducation,
    ).toBeNull();
    await page.close();
  }, 180_000);

  it('lists a job seeker’s matching vacancies with explanations, shortlists one, and shows transitions', async () => {
    const { items: seekers } = await api<{ items: Array<{ id: string }> }>(
      '/job-seekers?pageSize=100',
    );
    // The worker scores the demo data after the start: wait for a suggested match in the caseload.
    let target: { seekerId: string; vacancyId: string } | undefined;
    for (let attempt = 0; attempt < 60 && !target; attempt++) {
      for (const s of seekers) {
        const matches = await api<{ items: SeekerMatch[] }>(`/job-seekers/${s.id}/matches`);
        const suggested = matches.items.find((m) => m.status === 'suggested');
        if (suggested) {
          target = { seekerId: s.id, vacancyId: suggested.vacancyId };
          break;
        }
      }
      if (!target) await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    expect(target).toBeDefined();

    const page = await suite.newPage();
    await visitAs(page, suite.url, `/coach/job-seekers/${target!.seekerId}/matches`, 'coach');
    const card = page.locator(`[data-testid="seeker-match"][data-vacancy="${target!.vacancyId}"]`);
    await card.waitFor();
    await card.getByText('Waarom deze score?').click();
    await card.getByRole('table', { name: 'Onderdelen van de score' }).waitFor();
    expect(await card.getByRole('rowheader', { name: 'Beroep' }).count()).toBe(1);
    expect(await card.textContent()).not.toContain('http://data.europa.eu/esco');
    await checkPage(page, 'coach-seeker-matches');
    // In German the engine's explanation is German (rendered from the stored facts), then back.
    await page.getByRole('button', { name: 'Deutsch (Duits)' }).click();
    const why = card.getByText('Warum diese Punktzahl?');
    await why.waitFor();
    const open = await card
      .locator('details')
      .evaluate((d) => (d as unknown as { open: boolean }).open);
    if (!open) await why.click();
    await card.getByRole('table', { name: 'Bestandteile der Punktzahl' }).waitFor();
    const german = (await card.textContent()) ?? '';
    expect(german).toMatch(
      /\d+\/\d+ essenzielle und \d+\/\d+ optionale Fähigkeiten vorhanden|Die Stelle nennt keine Fähigkeiten/,
    );
    expect(german).toMatch(/Entfernung \d+ km|Entfernung unbekannt/);
    expect(german).not.toMatch(/skills present|Same occupation|Distance unknown/);
    expect(german).not.toContain('http://data.europa.eu/esco');
    await checkPage(page, 'coach-seeker-matches-de');
    await page.getByRole('button', { name: 'Nederlands (Niederländisch)' }).click();
    await card.getByText('Waarom deze score?').waitFor();

    await card.getByRole('button', { name: /op de shortlist zetten$/ }).click();
    await announced(page, /Op de shortlist gezet/);
    await card.getByText('Op de shortlist', { exact: true }).waitFor();
    const matches = await api<{ items: SeekerMatch[] }>(`/job-seekers/${target!.seekerId}/matches`);
    expect(matches.items.find((m) => m.vacancyId === target!.vacancyId)?.status).toBe(
      'shortlisted',
    );

    await page.getByRole('link', { name: /Terug naar/ }).click();
    await page.getByRole('link', { name: 'Overstapberoepen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Overstapberoepen' }).waitFor();
    await page
      .getByTestId('source-note')
      .getByText(/niet (de|het) .*UWV|UWV/)
      .waitFor();
    await page.getByRole('heading', { level: 2, name: 'Op één vaardigheid na' }).waitFor();
    await page.waitForFunction(
      () =>
        !(
          globalThis as unknown as { document: { body: { textContent: string } } }
        ).document.body.textContent.includes('Bezig met laden'),
    );
    await checkPage(page, 'coach-seeker-transitions');
    await page.close();
  }, 180_000);
});
