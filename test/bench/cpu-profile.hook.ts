/**
 * Preloaded (`node -r`) into an app process by `bench:load` with BENCH_CPU_PROF=<folder>: samples
 * the CPU from the start and writes `<app>-<pid>.cpuprofile` (Chrome DevTools format) into the
 * folder on SIGUSR2, since the apps end on SIGTERM by re-raising it (so `--cpu-prof` never writes).
 */
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

const folder = process.env.BENCH_CPU_PROF;
if (folder) {
  const session = new Session();
  session.connect();
  session.post('Profiler.setSamplingInterval', { interval: 1000 });
  session.post('Profiler.enable', () => session.post('Profiler.start'));
  process.on('SIGUSR2', () => {
    session.post('Profiler.stop', (error, result) => {
      if (error) return;
      const app = basename(dirname(dirname(process.argv[1] ?? 'app')));
      writeFileSync(
        join(folder, `${app}-${process.pid}.cpuprofile`),
        JSON.stringify(result.profile),
      );
    });
  });
}
