import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/** What a test passes to `ctx.skip(note)` when this machine cannot run it, e.g. no Docker engine. */
export const NOT_APPLICABLE = 'not applicable';

/**
 * After vitest's own summary, one line per file whose tests were skipped as not applicable here, with
 * the reason: vitest has no such state and counts them as plain skips, easy to miss at the end of a run.
 */
export default class NotApplicableReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    for (const module of testModules) {
      const notes = new Map<string, number>();
      for (const test of module.children.allTests('skipped')) {
        const result = test.result();
        const note = result.state === 'skipped' ? result.note : undefined;
        if (note?.startsWith(NOT_APPLICABLE)) notes.set(note, (notes.get(note) ?? 0) + 1);
      }
      for (const [note, count] of notes) {
        const reason = note.slice(NOT_APPLICABLE.length).replace(/^[:\s]+/, '');
        const file = relative(process.cwd(), module.moduleId);
        process.stdout.write(` Not applicable  ${count} test${count > 1 ? 's' : ''} in ${file}: ${reason}\n`);
      }
    }
  }
}
