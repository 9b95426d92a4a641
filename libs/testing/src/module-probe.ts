/** Packages a pure core must not load at run time: Nest and the ORM. */
export const FRAMEWORK_PACKAGES = ['@nestjs/core', '@nestjs/common', 'typeorm'] as const;

/**
 * Which of `packages` a module loads, directly or through anything it imports: `load` runs in a
 * fresh module registry (`jest.isolateModulesAsync`), with each package wrapped so that loading
 * it is noted.
 */
export async function packagesLoadedBy(
  load: () => unknown,
  packages: readonly string[] = FRAMEWORK_PACKAGES,
): Promise<string[]> {
  const loaded = new Set<string>();
  await jest.isolateModulesAsync(async () => {
    for (const name of packages) {
      jest.doMock(name, () => {
        loaded.add(name);
        return jest.requireActual(name);
      });
    }
    await load();
  });
  for (const name of packages) jest.dontMock(name);
  return [...loaded].sort();
}
