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
}

export const processIo = (): CliIo => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stdout.isTTY),
});
