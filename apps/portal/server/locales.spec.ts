import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '..', 'src');
const LANGUAGES = ['nl', 'de', 'en'];

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

const namespaces = readdirSync(join(SRC, 'locales', 'nl')).map((f) => f.replace(/\.json$/, ''));
const catalogue = (lang: string, ns: string) =>
  new Set(keysOf(JSON.parse(readFileSync(join(SRC, 'locales', lang, `${ns}.json`), 'utf8'))));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === 'locales' || name === 'api' ? [] : sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every key the portal uses, by the namespace of its file (`useTranslation('employer')`). */
function usedKeys(): Array<{ file: string; ns: string; key: string }> {
  const used: Array<{ file: string; ns: string; key: string }> = [];
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    const ns = /useTranslation\('(\w+)'\)/.exec(text)?.[1] ?? 'common';
    // t('key'), t("key"), label: 'ns:key' (navigation) and title="ns:key" (placeholders).
    const patterns = [/\bt\(\s*'([\w.:-]+)'/g, /label: '(\w+:[\w.-]+)'/g, /title="(\w+:[\w.-]+)"/g];
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        const [qualified, bare] = match[1].includes(':') ? match[1].split(':') : [ns, match[1]];
        used.push({ file: relative(SRC, file), ns: qualified, key: bare });
      }
    }
  }
  return used;
}

describe('portal translations', () => {
  it.each(namespaces)('%s has the same keys in nl, de and en', (ns) => {
    const [nl, ...others] = LANGUAGES.map((lang) => [...catalogue(lang, ns)].sort());
    for (const other of others) expect(other).toEqual(nl);
  });

  it('has every key the pages use, in all three languages', () => {
    const used = usedKeys();
    expect(used.length).toBeGreaterThan(100);
    const missing: string[] = [];
    for (const { file, ns, key } of used) {
      for (const lang of LANGUAGES) {
        const keys = catalogue(lang, ns);
        if (!keys.has(key) && !keys.has(`${key}_one`))
          missing.push(`${lang}/${ns}.json: ${key} (${file})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
