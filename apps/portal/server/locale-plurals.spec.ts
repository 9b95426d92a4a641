import i18next from 'i18next';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const LANGUAGES = ['nl', 'de', 'en'] as const;
type Texts = { [key: string]: string | Texts };

function flat(texts: Texts, prefix = ''): Array<[string, string]> {
  return Object.entries(texts).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : flat(value, `${prefix}${key}.`),
  ) as Array<[string, string]>;
}

const LOCALES = join(__dirname, '..', 'src', 'locales');
const namespaces = readdirSync(join(LOCALES, 'nl')).map((file) => file.replace(/\.json$/, ''));
const read = (lang: string, ns: string) =>
  JSON.parse(readFileSync(join(LOCALES, lang, `${ns}.json`), 'utf8')) as Texts;

describe('the portal texts say a count with plurals', () => {
  it.each(LANGUAGES)('every text showing {{count}} has a _one and an _other form (%s)', (lang) => {
    const without: string[] = [];
    for (const ns of namespaces) {
      const texts = new Map(flat(read(lang, ns)));
      for (const [key, value] of texts) {
        if (!/\{\{\s*count\s*[,}]/.test(value)) continue;
        const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
        if (!texts.has(`${base}_one`) || !texts.has(`${base}_other`)) without.push(`${ns}:${key}`);
      }
    }
    expect(without).toEqual([]);
  });

  it('picks the singular for 1 and the plural otherwise, in each language', async () => {
    const i18n = i18next.createInstance();
    const resources = Object.fromEntries(
      LANGUAGES.map((lang) => [
        lang,
        Object.fromEntries(namespaces.map((ns) => [ns, read(lang, ns)])),
      ]),
    );
    await i18n.init({
      resources,
      lng: 'nl',
      fallbackLng: false,
      interpolation: { escapeValue: false },
    });
    const say = (lang: string, key: string, options: Record<string, unknown>) =>
      i18n.getFixedT(lang)(key, options);
    expect(say('nl', 'adviser:shortlist.count', { count: 1 })).toBe(
      '1 kandidaat, best passend eerst.',
    );
    expect(say('nl', 'adviser:shortlist.count', { count: 2 })).toBe(
      '2 kandidaten, best passend eerst.',
    );
    expect(say('de', 'adviser:shortlist.count', { count: 1 })).toBe(
      '1 Kandidat, die passendsten zuerst.',
    );
    expect(say('en', 'employer:vacancies.caption', { count: 1 })).toBe('1 vacancy');
    expect(say('en', 'employer:vacancies.caption', { count: 0 })).toBe('0 vacancies');
    expect(say('nl', 'adviserTools:upload.stored', { stored: 1, count: 1 })).toBe(
      '1 van 1 regel opgeslagen.',
    );
    expect(say('de', 'regional:tightness.leftOutVacancies', { count: 1 })).toBe('1 Stelle');
  });
});
