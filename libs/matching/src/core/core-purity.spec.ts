import { packagesLoadedBy } from '@wt/testing';

/** The scoring core is plain TypeScript: the worker, the benchmark and tests run it without Nest. */
describe('the matching core', () => {
  it.each([
    ['libs/matching/src/core', () => jest.requireActual('./index')],
    ['libs/matching/src/engine', () => jest.requireActual('../engine')],
  ])('%s loads neither Nest nor TypeORM', async (_, load) => {
    expect(await packagesLoadedBy(load)).toEqual([]);
  });

  it('the probe sees a framework package when one is loaded', async () => {
    expect(await packagesLoadedBy(() => jest.requireActual('../store/match.repository'))).toEqual([
      '@nestjs/common',
      'typeorm',
    ]);
  });
});
