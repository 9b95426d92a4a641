import { join } from 'node:path';
import { ReadEscoPackageOptions, readEscoPackage } from './esco-package.reader';
import { EscoPackage } from './esco.types';

/**
 * The project's own small taxonomy (libs/taxonomy/starter), in the official ESCO CSV layout so the
 * same reader takes it. The `.starter` suffix keeps its files from being mistaken for real ESCO downloads.
 * Resolved from this file so it works from the sources and from the copied build output alike.
 */
export const STARTER_TAXONOMY_DIR = join(__dirname, '..', '..', 'starter');
export const STARTER_FILE_SUFFIX = '.starter';
export const STARTER_LANGUAGES: readonly string[] = ['nl', 'de', 'en'];

export function readStarterTaxonomy(
  options: Omit<ReadEscoPackageOptions, 'prefix' | 'suffix' | 'languages'> & {
    languages?: readonly string[];
  } = {},
): Promise<EscoPackage> {
  return readEscoPackage(STARTER_TAXONOMY_DIR, {
    ...options,
    languages: options.languages ?? STARTER_LANGUAGES,
    suffix: STARTER_FILE_SUFFIX,
  });
}
