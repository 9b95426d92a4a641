import { docScreenshot, Page, screenshot, seriousViolations } from './portal/browser';
import { describePortal } from './portal/portal-suite';
import { Lang, tx } from './portal/texts';
import { visitAs } from './portal/visit';

/** What the page functions below read in the browser (this program has no DOM types). */
declare const document: {
  activeElement: {
    id: string;
    textContent: string | null;
    matches(selector: string): boolean;
  } | null;
  querySelector(selector: string): { textContent: string | null } | null;
  documentElement: { scrollWidth: number };
};
declare function getComputedStyle(element: unknown): { outlineStyle: string; boxShadow: string };

const WALK_TIMEOUT_MS = 300_000;
const today = () => new Date().toISOString().slice(0, 10);
const seeker = (n: number) => `5ee4e700-0000-4000-8000-${String(n).padStart(12, '0')}`;
const handle = (id: string) => `K-${id.replace(/-/g, '').slice(-4).toUpperCase()}`;

/** One scenario of the walk: who, and what they type, per language. */
interface Walk {
  lang: Lang;
  employerAccount: string;
  organisation: { name: string; country: 'NL' | 'DE'; registration: string; place: string };
  vacancy: { title: string; description: string; occupationQuery: string; occupationLabel: string };
  optionalSkill: { query: string; label: string };
  /** A skill the registry finds in the description, which the employer confirms. */
  suggestedSkill: string;
  candidate: string;
  coachAccount: string;
  contactName: string;
  organisationId: string;
  /** Lines of the engine's explanation as the shortlist shows them in this language. */
  explained: RegExp[];
}

const WALKS: Walk[] = [
  {
    lang: 'nl',
    employerAccount: 'employer-new',
    organisation: {
      name: 'Demo Lasbedrijf Hengelo B.V.',
      country: 'NL',
      registration: '12345678',
      place: 'Hengelo',
    },
    vacancy: {
      title: 'Lasser MIG/MAG',
      description:
        'Je last constructies met MIG-lassen en MAG-lassen en je leest technische tekeningen.',
      occupationQuery: 'lasser',
      occupationLabel: 'lasser',
    },
    optionalSkill: { query: 'TIG-las', label: 'TIG-lassen' },
    suggestedSkill: 'MIG-lassen',
    candidate: seeker(4),
    coachAccount: 'coach',
    contactName: 'Bram Lasvoorbeeld',
    organisationId: 'demo-org-2',
    explained: [/\d+\/\d+ essentiële en \d+\/\d+ optionele vaardigheden aanwezig/, /EQF \d/],
  },
  {
    lang: 'de',
    employerAccount: 'employer-new-2',
    organisation: {
      name: 'Demo Schweißtechnik Gronau GmbH',
      country: 'DE',
      registration: 'HRB 4711 Amtsgericht Coesfeld',
      place: 'Gronau',
    },
    vacancy: {
      title: 'Schweißer (Einsatz in Hengelo)',
      description:
        'Sie schweißen Konstruktionen mit MIG-Schweißen und MAG-Schweißen und lesen technische Zeichnungen.',
      occupationQuery: 'Schweißer',
      occupationLabel: 'Schweißer/Schweißerin',
    },
    optionalSkill: { query: 'MAG-Schweißen', label: 'MAG-Schweißen' },
    suggestedSkill: 'MIG-Schweißen',
    candidate: seeker(10),
    coachAccount: 'coach-3',
    contactName: 'Lasser Fictief2',
    organisationId: 'demo-org-3',
    explained: [
      /\d+\/\d+ essenzielle und \d+\/\d+ optionale Fähigkeiten vorhanden/,
      /Qualifikationsniveau EQR \d+ \([^)]+\) gegenüber dem Mindestniveau EQR 2/,
      /Stelle 32-40 Stunden, gewünscht/,
    ],
  },
];

/**
 * Issue 14's walk in Chromium, through the portal server and both APIs: an employer registers and
 * posts a vacancy (typeahead, a suggested skill confirmed) and publishes it; an adviser reads the
 * shortlist's explanation and proposes a candidate; the employer asks for an introduction; the
 * coach records the agreement; the employer sees the contact details and records the hire; the
 * adviser's outcomes report counts it. Once in Dutch and once in German; the vacancy form also
 * with the keyboard only. axe-core on every page visited; screenshots in artifacts/portal.
 */
describePortal('the walk from registration to the report', (suite) => {
  const violations: string[] = [];

  /** axe on the page as it is now, and a screenshot; the violations are asserted per test. */
  async function visit(page: Page, name: string): Promise<void> {
    for (const v of await seriousViolations(page)) violations.push(`${name}: ${v}`);
    await screenshot(page, name);
  }

  async function signIn(lang: Lang, account: string): Promise<Page> {
    const page = await suite.newPage();
    // The language choice is remembered in the browser; each walk starts from Dutch.
    await page.goto(`${suite.url}/?lang=nl`);
    await page.getByRole('heading', { level: 1, name: tx('nl', 'signIn.title') }).waitFor();
    if (lang !== 'nl') {
      await page.getByRole('button', { name: tx('nl', `language.names.${lang}`) }).click();
      await page.getByRole('heading', { level: 1, name: tx(lang, 'signIn.title') }).waitFor();
    }
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    await page.getByTestId(`sign-in-${account}`).click();
    await page.getByTestId('signed-in-as').waitFor();
    return page;
  }

  const nav = (page: Page, lang: Lang, key: string) =>
    page
      .getByRole('navigation', { name: tx(lang, 'layout.navLabel') })
      .getByRole('link', { name: tx(lang, key) })
      .click();

  const status = (page: Page, text: string) =>
    page.getByRole('status').filter({ hasText: text }).first().waitFor({ timeout: 20_000 });

  async function chooseFromTypeahead(page: Page, field: string, query: string, label: string) {
    const box = page.locator(`#vacancy-${field}`);
    await box.fill(query);
    const option = page.getByRole('option', { name: label, exact: false }).first();
    await option.waitFor().catch(async (error: Error) => {
      const lists = await page
        .locator('.wt-typeahead__list')
        .evaluateAll((ls) =>
          ls.map((l) => (l as unknown as { outerHTML: string }).outerHTML.slice(0, 600)),
        );
      throw new Error(`${error.message}\nlists: ${lists.join('\n')}`);
    });
    await option.click();
  }

  for (const walk of WALKS) {
    const { lang } = walk;
    const t = (key: string, vars?: Record<string, string | number>) => tx(lang, key, vars);

    it(
      `walks from registration to the report (${lang})`,
      async () => {
        violations.length = 0;
        const shot = (n: string) => `walk-${lang}-${n}`;
        // Employer: signs in, has no vacancies yet, registers the organisation (a 400 first).
        const employer = await signIn(lang, walk.employerAccount);
        await employer
          .getByRole('heading', { level: 1, name: t('employer:vacancies.title') })
          .waitFor();
        await employer.getByText(t('employer:vacancies.empty')).waitFor();
        await visit(employer, shot('01-employer-no-vacancies'));

        await nav(employer, lang, 'employer:nav.organisation');
        await employer
          .getByRole('heading', { level: 2, name: t('employer:organisation.registerTitle') })
          .waitFor();
        await employer
          .getByLabel(t('employer:organisation.fields.name'), { exact: true })
          .fill(walk.organisation.name);
        await employer
          .getByLabel(t('employer:organisation.fields.country'), { exact: true })
          .selectOption(walk.organisation.country);
        const registration = employer.getByLabel(
          t(
            walk.organisation.country === 'NL'
              ? 'employer:organisation.fields.kvkNumber'
              : 'employer:organisation.fields.foreignRegistration',
          ),
          { exact: true },
        );
        await employer
          .getByLabel(t('employer:organisation.fields.place'), { exact: true })
          .fill(walk.organisation.place);
        if (walk.organisation.country === 'NL') {
          // A KvK number of 3 digits: the API's 400 appears next to the field it names.
          await registration.fill('123');
          await employer.getByRole('button', { name: t('employer:organisation.register') }).click();
          const error = employer.locator('[data-field-error="kvkNumber"]');
          await error.waitFor();
          expect(await error.textContent()).toMatch(/kvkNumber/);
          expect(await registration.getAttribute('aria-invalid')).toBe('true');
          expect(await registration.getAttribute('aria-describedby')).toContain(
            'employer-kvkNumber-error',
          );
          await visit(employer, shot('02-register-error'));
        }
        await registration.fill(walk.organisation.registration);
        await employer.getByRole('button', { name: t('employer:organisation.register') }).click();
        await status(employer, t('employer:organisation.saved'));
        await employer
          .getByText(t('employer:organisation.registered'), { exact: true })
          .first()
          .waitFor();
        await visit(employer, shot('03-organisation'));

        // The vacancy: occupation typeahead in this language, a skill found in the description.
        await employer.getByRole('link', { name: t('employer:vacancies.new') }).click();
        await employer
          .getByRole('heading', { level: 1, name: t('employer:form.newTitle') })
          .waitFor();
        await employer.locator('#vacancy-title').fill(walk.vacancy.title);
        await employer.locator('#vacancy-description').fill(walk.vacancy.description);
        await employer.locator('#vacancy-language').selectOption(lang);
        await chooseFromTypeahead(
          employer,
          'occupationUri',
          walk.vacancy.occupationQuery,
          walk.vacancy.occupationLabel,
        );
        await employer
          .getByText(t('employer:form.occupationChosen', { label: walk.vacancy.occupationLabel }))
          .waitFor();
        await employer.locator('#vacancy-hoursMin').fill('32');
        await employer.locator('#vacancy-hoursMax').fill('40');
        await employer.locator('#vacancy-country').selectOption('NL');
        await employer.locator('#vacancy-workPlace').fill('Hengelo');
        await employer.getByRole('button', { name: t('employer:form.addLanguage') }).click();
        await employer.locator('#vacancy-level-0').selectOption('B1');
        await employer.locator('#vacancy-minimumQualificationCode').selectOption('NL:MBO-2');
        await employer.getByText(t('employer:form.eqfShown', { eqf: 2 })).waitFor();
        await employer
          .getByLabel(t('employer:form.fields.supervisionOffered'), { exact: true })
          .check();
        await employer
          .getByLabel(t('employer:form.fields.supervision'), { exact: true })
          .fill('Een vaste collega begeleidt de eerste maanden.');
        await employer.getByRole('button', { name: t('employer:form.saveDraft') }).click();
        await status(employer, t('employer:form.savedWithSuggestions'));
        const suggestions = employer.getByTestId('skill-suggestions');
        await suggestions.waitFor();
        await visit(employer, shot('04-vacancy-suggestions'));
        await docScreenshot(employer, `${lang}-vacancy-form`, '#suggestions-heading');
        await suggestions
          .getByRole('button', {
            name: t('employer:form.confirmRequired', { label: walk.suggestedSkill }),
          })
          .click();
        const requiredChips = employer.getByRole('list', {
          name: t('employer:form.fields.requiredSkills'),
        });
        await requiredChips.getByText(walk.suggestedSkill).waitFor();
        expect(await requiredChips.textContent()).not.toContain('http');
        await chooseFromTypeahead(
          employer,
          'optionalSkills',
          walk.optionalSkill.query,
          walk.optionalSkill.label,
        );
        await employer
          .getByRole('list', { name: t('employer:form.fields.optionalSkills') })
          .getByText(walk.optionalSkill.label)
          .waitFor();
        await visit(employer, shot('05-vacancy-form'));
        await employer.getByRole('button', { name: t('employer:form.saveAndPublish') }).click();
        await employer.getByRole('heading', { level: 1, name: walk.vacancy.title }).waitFor();
        expect(await employer.getByTestId('vacancy-status').textContent()).toBe(
          t('common:vacancyStatus.published'),
        );
        await employer.getByText(t('employer:candidates.empty')).waitFor();
        await visit(employer, shot('06-vacancy-published'));

        // In a new session the portal has seen no labels: the saved skills are looked up by URI.
        const vacancyPath = new URL(employer.url()).pathname;
        const again = await suite.newPage();
        await visitAs(again, suite.url, vacancyPath, walk.employerAccount);
        await again.getByRole('heading', { level: 1, name: walk.vacancy.title }).waitFor();
        const summary = again.locator('main');
        await summary.getByText(walk.suggestedSkill).first().waitFor();
        await summary.getByText(walk.optionalSkill.label).first().waitFor();
        expect(await summary.textContent()).not.toContain(t('employer:form.skillUnknown'));
        await visitAs(again, suite.url, `${vacancyPath}/edit`, walk.employerAccount);
        await again
          .getByRole('list', { name: t('employer:form.fields.requiredSkills') })
          .getByText(walk.suggestedSkill)
          .waitFor();
        const form = (await again.locator('main').textContent()) ?? '';
        expect(form).not.toContain(t('employer:form.skillUnknown'));
        expect(form).not.toContain('data.europa.eu');
        await again.close();

        // Adviser: the shortlist with its explanation; shortlists and proposes the candidate.
        const adviser = await signIn(lang, 'adviser');
        await adviser.getByRole('link', { name: walk.vacancy.title, exact: true }).click();
        const card = adviser.locator(
          `[data-testid="shortlist-candidate"][data-seeker="${walk.candidate}"]`,
        );
        await card.waitFor({ timeout: 60_000 });
        await card.getByText(t('adviser:shortlist.explanation')).click();
        await card.getByRole('rowheader', { name: t('common:components.skills') }).waitFor();
        // The engine's explanation in the page's language (German too), never English here.
        const explained = (await card.textContent()) ?? '';
        for (const line of walk.explained) expect(explained).toMatch(line);
        expect(explained).not.toMatch(/skills present|Same occupation|Vacancy \d+-\d+ hours/);
        expect(await adviser.locator('main').textContent()).not.toContain('data.europa.eu');
        await visit(adviser, shot('07-shortlist'));
        await docScreenshot(adviser, `${lang}-shortlist`);
        await card
          .getByRole('button', {
            name: t('adviser:shortlist.shortlistLabel', { handle: handle(walk.candidate) }),
          })
          .click();
        await status(
          adviser,
          t('adviser:shortlist.done.shortlist', { handle: handle(walk.candidate) }),
        );
        await card
          .getByRole('button', {
            name: t('adviser:shortlist.proposeLabel', { handle: handle(walk.candidate) }),
          })
          .click();
        await status(
          adviser,
          t('adviser:shortlist.done.propose', { handle: handle(walk.candidate) }),
        );
        await card
          .getByTestId('match-status')
          .filter({ hasText: t('common:matchStatus.proposed') })
          .waitFor();
        await visit(adviser, shot('08-proposed'));

        // Employer: the anonymous card; asks for an introduction.
        await nav(employer, lang, 'employer:nav.vacancies');
        await employer.getByRole('link', { name: walk.vacancy.title, exact: true }).click();
        const candidate = employer.locator(
          `[data-testid="candidate-card"][data-candidate="${walk.candidate}"]`,
        );
        await candidate.waitFor();
        expect(await candidate.textContent()).not.toContain(walk.contactName);
        await visit(employer, shot('09-candidate-card'));
        await docScreenshot(employer, `${lang}-candidate-card`, '#candidates-heading');
        await candidate
          .getByRole('button', { name: t('employer:candidates.askIntroduction') })
          .click();
        await status(
          employer,
          t('employer:candidates.done.requested', { handle: handle(walk.candidate) }),
        );
        await candidate.getByText(t('employer:candidates.step.requested')).waitFor();

        // Coach: records the job seeker's agreement.
        // The coach's home is the caseload; the introductions are one link away.
        const coach = await signIn(lang, walk.coachAccount);
        await coach
          .getByRole('heading', { level: 1, name: t('caseload:caseload.title') })
          .waitFor();
        expect(new URL(coach.url()).pathname).toBe('/coach/caseload');
        await nav(coach, lang, 'coach:nav.introductions');
        await coach
          .getByRole('heading', { level: 1, name: t('coach:introductions.title') })
          .waitFor();
        const request = coach
          .getByTestId('introduction-request')
          .filter({ hasText: walk.vacancy.title });
        await request.waitFor();
        expect(await request.textContent()).toContain(walk.contactName);
        await visit(coach, shot('10-coach-introduction'));
        await request.getByLabel(t('coach:introductions.answer.yes'), { exact: true }).check();
        await request.getByRole('button', { name: t('coach:introductions.record') }).click();
        await status(coach, t('coach:introductions.done.agreed', { name: walk.contactName }));
        await coach.getByText(t('coach:introductions.empty')).waitFor();

        // Employer: the contact details, then the hire.
        await nav(employer, lang, 'employer:nav.vacancies');
        await employer.getByRole('link', { name: walk.vacancy.title, exact: true }).click();
        await candidate.getByText(t('employer:candidates.step.introduced')).waitFor();
        await candidate.getByRole('button', { name: t('employer:candidates.showContact') }).click();
        const contact = candidate.getByTestId('contact-details');
        await contact.waitFor();
        expect(await contact.textContent()).toContain(walk.contactName);
        await candidate
          .getByLabel(t('employer:candidates.startDate'), { exact: true })
          .fill(today());
        await candidate
          .getByLabel(t('employer:candidates.hoursPerWeek'), { exact: true })
          .fill('36');
        await candidate
          .getByLabel(t('employer:candidates.contractType'), { exact: true })
          .selectOption('permanent');
        await visit(employer, shot('11-contact-and-hire'));
        await candidate.getByRole('button', { name: t('employer:candidates.recordHire') }).click();
        await status(
          employer,
          t('employer:candidates.done.hired', { handle: handle(walk.candidate) }),
        );
        // One position: the hire fills the vacancy.
        await employer
          .getByTestId('vacancy-status')
          .filter({ hasText: t('common:vacancyStatus.filled') })
          .waitFor();

        // Adviser: the outcomes report counts the placement; the CSV downloads.
        await nav(adviser, lang, 'insight:nav.outcomes');
        await adviser
          .getByRole('heading', { level: 1, name: t('insight:outcomes.title') })
          .waitFor();
        const row = adviser
          .getByTestId('placements-table')
          .getByRole('row', { name: new RegExp(walk.organisationId) });
        await row.waitFor();
        expect((await row.getByRole('cell').first().textContent())?.trim()).toBe('1');
        await visit(adviser, shot('12-outcomes'));
        await docScreenshot(adviser, `${lang}-outcomes`);
        const [download] = await Promise.all([
          adviser.waitForEvent('download'),
          adviser.getByRole('button', { name: t('insight:outcomes.downloadCsv') }).click(),
        ]);
        expect(download.suggestedFilename()).toMatch(
          /^werkplein-twente-outcomes-\d{4}-\d{2}-\d{2}\.csv$/,
        );
        await status(adviser, t('insight:outcomes.downloaded'));

        for (const page of [employer, adviser, coach]) await page.close();
        expect(violations).toEqual([]);
      },
      WALK_TIMEOUT_MS,
    );
  }

  /** Presses Tab until the focused element matches `selector` (at most 120 times). */
  async function tabTo(page: Page, selector: string): Promise<void> {
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    }
    throw new Error(`Tab never reached ${selector}`);
  }

  const focusVisible = (page: Page) =>
    page.evaluate(() => {
      const style = getComputedStyle(document.activeElement);
      return style.outlineStyle !== 'none' || style.boxShadow !== 'none';
    });

  it(
    'takes the vacancy form with the keyboard only, and shows a 400 next to its field',
    async () => {
      violations.length = 0;
      const lang: Lang = 'nl';
      const t = (key: string, vars?: Record<string, string | number>) => tx(lang, key, vars);
      const page = await suite.newPage();
      await page.goto(`${suite.url}/?lang=nl`);
      await page.getByRole('heading', { level: 1, name: t('signIn.title') }).waitFor();
      await tabTo(page, '[data-testid="sign-in-employer"]');
      expect(await focusVisible(page)).toBe(true);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: t('employer:vacancies.title') }).waitFor();

      await tabTo(page, `a[href="/employer/vacancies/new"]`);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: t('employer:form.newTitle') }).waitFor();
      await tabTo(page, '#vacancy-title');
      expect(await focusVisible(page)).toBe(true);
      await page.keyboard.type('Constructielasser (toetsenbord)');
      await tabTo(page, '#vacancy-description');
      await page.keyboard.type('Je last met MAG-lassen aan stalen constructies.');
      await tabTo(page, '#vacancy-occupationUri');
      await page.keyboard.type('lasser');
      await page.getByRole('option', { name: 'lasser' }).first().waitFor();
      await page.keyboard.press('Enter');
      await page.getByText(t('employer:form.occupationChosen', { label: 'lasser' })).waitFor();
      await tabTo(page, '#vacancy-requiredSkills');
      await page.keyboard.type('MIG-las');
      await page.getByRole('option', { name: 'MIG-lassen' }).first().waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      await page
        .getByRole('list', { name: t('employer:form.fields.requiredSkills') })
        .getByText('MIG-lassen')
        .waitFor();
      await tabTo(page, '#vacancy-hoursMin');
      await page.keyboard.type('32');
      await tabTo(page, '#vacancy-hoursMax');
      await page.keyboard.type('24');
      await tabTo(page, '#vacancy-workPlace');
      await page.keyboard.type('Hengelo');
      await tabTo(page, 'button[data-action="add-language"]');
      await page.keyboard.press('Enter');
      await tabTo(page, '#vacancy-level-0');
      await page.keyboard.press('ArrowDown');
      await tabTo(page, '#vacancy-minimumQualificationCode');
      await page.keyboard.type('Mbo-diploma niveau 2');
      await page.getByText(t('employer:form.eqfShown', { eqf: 2 })).waitFor();
      await tabTo(page, '#vacancy-banenafspraakSuitable');
      await page.keyboard.press('Space');
      expect(await page.locator('#vacancy-banenafspraakSuitable').isChecked()).toBe(true);
      await visit(page, 'keyboard-01-form');
      // The same form on a 360 px wide phone: nothing wider than the screen.
      await page.setViewportSize({ width: 360, height: 740 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360,
      );
      await visit(page, 'keyboard-01-form-360');
      await page.setViewportSize({ width: 1280, height: 900 });

      // Fewer maximum than minimum hours: the API's 400 names hoursMax; focus goes there.
      await tabTo(page, 'button[type="submit"]');
      await page.keyboard.press('Enter');
      const error = page.locator('[data-field-error="hoursMax"]');
      await error.waitFor();
      expect(await error.textContent()).toContain('hoursMax');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('vacancy-hoursMax');
      expect(await page.locator('#vacancy-hoursMax').getAttribute('aria-invalid')).toBe('true');
      await visit(page, 'keyboard-02-error');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('40');
      await tabTo(page, 'button[type="submit"]');
      await page.keyboard.press('Enter');
      await status(page, t('employer:form.savedWithSuggestions'));
      expect(await page.locator('[data-field-error]').count()).toBe(0);

      // The skill the description mentions, confirmed from the keyboard; then publish.
      await tabTo(page, `[data-testid="skill-suggestions"] button`);
      await page.keyboard.press('Enter');
      await page
        .getByRole('list', { name: t('employer:form.fields.requiredSkills') })
        .getByText('MAG-lassen')
        .waitFor();
      // A field emptied in the form is cleared when saved, not kept as it was.
      await tabTo(page, '#vacancy-hoursMax');
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await tabTo(page, 'button[data-action="publish"]');
      await page.keyboard.press('Enter');
      await page
        .getByRole('heading', { level: 1, name: 'Constructielasser (toetsenbord)' })
        .waitFor();
      expect(await page.getByTestId('vacancy-status').textContent()).toBe(
        t('common:vacancyStatus.published'),
      );
      await page.getByText(t('employer:vacancy.hoursFrom', { min: 32 })).waitFor();
      await visit(page, 'keyboard-03-published');
      await page.close();
      expect(violations).toEqual([]);
    },
    WALK_TIMEOUT_MS,
  );
});
