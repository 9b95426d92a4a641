import { ok, profiles } from './client';

/** The caller's whole caseload (`GET /job-seekers` is paged: read every page of 100). */
export async function wholeCaseload() {
  const seekers = [];
  for (let page = 1; ; page++) {
    const { items, total } = await ok(
      profiles.GET('/job-seekers', { params: { query: { page, pageSize: 100 } } }),
    );
    seekers.push(...items);
    if (items.length === 0 || seekers.length >= total) return seekers;
  }
}
