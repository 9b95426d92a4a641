import { packagesLoadedBy } from '@wt/testing';

/** Linking and levels are plain TypeScript: the matching core and benchmarks use them without Nest. */
describe('the taxonomy cores', () => {
  it.each([
    ['libs/taxonomy/src/levels', () => jest.requireActual('./levels')],
    ['libs/taxonomy/src/linker', () => jest.requireActual('./linker')],
    ['libs/taxonomy/src/nearness', () => jest.requireActual('./nearness')],
  ])('%s loads neither Nest nor TypeORM', async (_, load) => {
    expect(await packagesLoadedBy(load)).toEqual([]);
  });
});
