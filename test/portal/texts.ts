import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Lang = 'nl' | 'de' | 'en';
const LOCALES = join(__dirname, '..', '..', 'apps', 'portal', 'src', 'locales');
const cache = new Map<string, Record<string, unknown>>();

/** The portal's own text for `ns:key` in `lang`, with {{vars}} filled in: tests find what people read. */
export function tx(
  lang: Lang,
  qualified: string,
  vars: Record<string, string | number> = {},
): string {
  const [ns, key] = qualified.includes(':') ? qualified.split(':') : ['common', qualified];
  const file = `${lang}/${ns}`;
  if (!cache.has(file))
    cache.set(file, JSON.parse(readFileSync(join(LOCALES, `${file}.json`), 'utf8')));
  let value: unknown = cache.get(file);
  for (const part of key.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  if (typeof value !== 'string') throw new Error(`no text ${lang}/${ns}:${key}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(vars[name] ?? `{{${name}}}`));
}
