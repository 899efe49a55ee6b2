// Prints one line per test skipped for want of ../shared/data (tests/helpers/shared-data.ts), after the run's
// summary: what is missing and where it comes from, so a fresh clone's green run says what it did not test.
import type { Reporter, TestModule } from 'vitest/node';

export default class SharedDataSkips implements Reporter {
  onTestRunEnd(modules: readonly TestModule[]): void {
    const lines: string[] = [];
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        if (t.result().state === 'skipped' && t.fullName.includes('../shared/data')) lines.push(`skipped: ${t.fullName}`);
      }
    }
    if (lines.length) process.stdout.write(`\n${lines.join('\n')}\n`);
  }
}
