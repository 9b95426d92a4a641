import { loadConfigFromProcess, runMain } from '@wt/config';
import { openDataSource } from '@wt/database';
import { verifyAuditChain } from '../audit-chain.verifier';

/**
 * `npm run --silent audit:verify`: recomputes the audit trail's hash chain. Exit 0 when intact,
 * 1 naming the first broken row. On the embedded database, stop the running apps first.
 */
runMain(async () => {
  const config = loadConfigFromProcess();
  const { dataSource, close } = await openDataSource(config);
  try {
    const [{ table }] = await dataSource.query(`SELECT to_regclass('audit.audit_event') AS table`);
    if (!table) {
      process.stderr.write('No audit trail in this database: run npm run migrate first\n');
      process.exitCode = 1;
      return;
    }
    const report = await verifyAuditChain(dataSource);
    if (report.broken) {
      process.stderr.write(
        `Audit chain broken at seq ${report.broken.seq}: ${report.broken.reason} (${report.rows} row(s) before it intact)\n`,
      );
      process.exitCode = 1;
      return;
    }
    process.stdout.write(
      `Audit chain intact: ${report.rows} row(s), last hash ${report.lastHash}\n`,
    );
  } finally {
    await close();
  }
});
