import { loadConfigFromProcess, runMain } from '@wt/config';
import { openDataSource, runMigrations } from '@wt/database';
import { enqueueDetached } from '@wt/queue';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readEscoPackage, EscoReadProgress } from '../esco';
import { importTaxonomy } from '../store/taxonomy-import';

const USAGE =
  'usage: npm run taxonomy:import -- <folder> [--languages nl,de,en] [--prefix x_] [--suffix .starter]';

/**
 * `npm run taxonomy:import -- <folder>`: loads an ESCO CSV package into the database, all or
 * nothing. Bad rows are listed with file and line and nothing is changed. A changed taxonomy
 * queues a re-match of every vacancy (occupation groups and skills may have moved).
 */
runMain(async () => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      languages: { type: 'string', default: 'nl,de,en' },
      prefix: { type: 'string', default: '' },
      suffix: { type: 'string', default: '' },
    },
  });
  if (positionals.length !== 1) {
    process.stderr.write(`${USAGE}\n`);
    process.exit(2);
  }
  const folder = resolve(positionals[0]);
  const languages = values.languages
    .split(',')
    .map((l) => l.trim())
    .filter(Boolean);
  const config = loadConfigFromProcess();
  const tty = process.stderr.isTTY;
  const show = (line: string, final = false) => {
    if (tty) process.stderr.write(`\r\x1b[2K${line}${final ? '\n' : ''}`);
    else if (final) process.stderr.write(`${line}\n`);
  };

  const started = Date.now();
  const pkg = await readEscoPackage(folder, {
    languages,
    prefix: values.prefix,
    suffix: values.suffix,
    onProgress: (p: EscoReadProgress) =>
      show(`reading ${p.file}: ${p.rowsRead.toLocaleString('en')} rows`, p.done),
  });
  for (const warning of pkg.warnings.slice(0, 10)) {
    process.stderr.write(
      `warning: ${warning.file}${warning.line ? `:${warning.line}` : ''}: ${warning.message}\n`,
    );
  }
  if (pkg.warningCount > 10) process.stderr.write(`... ${pkg.warningCount - 10} more warning(s)\n`);
  if (pkg.errorCount > 0) {
    for (const error of pkg.errors) {
      process.stderr.write(
        `error: ${error.file}${error.line ? `:${error.line}` : ''}${error.column ? ` (${error.column})` : ''}: ${error.message}\n`,
      );
    }
    process.stderr.write(
      `${pkg.errorCount} error(s): nothing was imported; the previous taxonomy is unchanged\n`,
    );
    process.exit(1);
  }

  const { dataSource, close } = await openDataSource(config);
  try {
    // The import needs the schema; on the embedded database this is the same step as `npm run migrate`.
    if (!config.database.url) await runMigrations(dataSource);
    const result = await importTaxonomy(dataSource, pkg, folder, (step, done, total) =>
      show(
        `writing ${step}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`,
        done === total,
      ),
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      result.changed
        ? `Imported ${result.occupations} occupations, ${result.skills} skills, ${result.iscoGroups} ISCO groups, ${result.labels} labels, ${result.relations} relations, ${result.nearPairs} near-occupation pairs (${languages.join(', ')}) in ${seconds} s\n`
        : `Unchanged: this taxonomy was already imported (checked in ${seconds} s)\n`,
    );
    if (result.changed) {
      try {
        const jobId = await enqueueDetached(config, dataSource, 'rematch-all', {
          reason: 'taxonomy import',
          requestedAt: `taxonomy ${result.checksum.slice(0, 12)} ${new Date().toISOString()}`,
        });
        process.stdout.write(
          `Re-match of all vacancies queued (${jobId})${config.queue.redisUrl ? '' : '; it runs when the standalone process starts'}\n`,
        );
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        process.stderr.write(
          `The taxonomy is imported, but the re-match could not be queued (${reason}); queue it with: npm run --silent rematch\n`,
        );
        process.exitCode = 1;
      }
    }
  } finally {
    await close();
  }
});
