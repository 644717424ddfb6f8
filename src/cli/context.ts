import type { Config } from '../config.js';

/** What a command may touch besides its arguments: injected so tests can run `main(argv, io)`. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stdout is a terminal: progress bars and colours only then. */
  isTTY: boolean;
}

export interface CliContext {
  io: CliIo;
  config: Config;
  /**
   * Set by a command that finished but must not report success, e.g. `kg ingest` when a document
   * failed (the others are loaded): main returns it instead of 0. @default undefined (exit 0)
   */
  exitCode?: number;
}

export const processIo = (): CliIo => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stdout.isTTY),
});
