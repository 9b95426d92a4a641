/**
 * Evaluates the occupation linker on a folder in the MELO benchmark format:
 *
 *   node dist/libs/taxonomy/src/cli/linker-eval.js <folder> [--lang nl|de|en|und] [--limit 100]
 *
 * The index is built from that folder's corpus only. The last line printed is one JSON object:
 * {"queries":N,"mrr":..,"acc1":..,"acc10":..,"p95_ms":..}. Exit code 2 on unusable input.
 */
import { LinkerLanguage, MeloFormatError, OccupationLinker, readMeloDataset } from '../linker';

const LANGUAGES: readonly LinkerLanguage[] = ['nl', 'de', 'en', 'und'];
const WARM_UP_QUERIES = 50;

interface Args {
  folder: string;
  lang?: LinkerLanguage;
  limit: number;
}

function parseArgs(argv: string[]): Args {
  let folder: string | undefined;
  let lang: LinkerLanguage | undefined;
  let limit = 100;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--lang') {
      const value = argv[++i] as LinkerLanguage;
      if (!LANGUAGES.includes(value))
        throw new UsageError(`--lang must be one of ${LANGUAGES.join(', ')}`);
      lang = value;
    } else if (arg === '--limit') {
      limit = Number(argv[++i]);
      if (!Number.isInteger(limit) || limit < 10)
        throw new UsageError('--limit must be an integer >= 10');
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option ${arg}`);
    } else if (folder === undefined) {
      folder = arg;
    } else {
      throw new UsageError(`unexpected argument ${arg}`);
    }
  }
  if (folder === undefined)
    throw new UsageError('usage: linker-eval <melo-folder> [--lang nl|de|en|und] [--limit 100]');
  return { folder, lang, limit };
}

class UsageError extends Error {}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const dataset = readMeloDataset(args.folder, args.lang);
  if (dataset.queries.length === 0) throw new MeloFormatError(`no queries in ${args.folder}`);

  const buildStart = process.hrtime.bigint();
  // Default settings on purpose: what is measured here is what the engine runs.
  const linker = new OccupationLinker(dataset.entries);
  const buildMs = Number(process.hrtime.bigint() - buildStart) / 1e6;
  console.log(
    `${dataset.name}: lang=${dataset.lang} labels=${dataset.entries.length} unmapped=${dataset.unmappedElements} ` +
      `build_ms=${buildMs.toFixed(0)}`,
  );

  // Latency is measured warm, as in the running service: the first calls pay for JIT compilation.
  for (const query of dataset.queries.slice(0, WARM_UP_QUERIES)) {
    linker.resolveOccupation(query.text, dataset.lang, args.limit);
  }
  let reciprocalRanks = 0;
  let at1 = 0;
  let at10 = 0;
  const latencies: number[] = [];
  for (const query of dataset.queries) {
    const relevant = dataset.relevant.get(query.id) ?? new Set<string>();
    const start = process.hrtime.bigint();
    const ranked = linker.resolveOccupation(query.text, dataset.lang, args.limit);
    latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
    const rank = ranked.findIndex((hit) => relevant.has(hit.uri)) + 1;
    if (rank > 0) reciprocalRanks += 1 / rank;
    if (rank === 1) at1 += 1;
    if (rank > 0 && rank <= 10) at10 += 1;
  }
  latencies.sort((a, b) => a - b);
  const n = dataset.queries.length;
  console.log(
    JSON.stringify({
      queries: n,
      mrr: round(reciprocalRanks / n, 4),
      acc1: round(at1 / n, 4),
      acc10: round(at10 / n, 4),
      p95_ms: round(percentile(latencies, 95), 3),
    }),
  );
}

try {
  main();
} catch (error) {
  if (error instanceof UsageError || error instanceof MeloFormatError) {
    console.error(`linker-eval: ${error.message}`);
    process.exit(2);
  }
  throw error;
}
