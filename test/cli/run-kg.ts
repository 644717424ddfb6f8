import { main } from '../../src/cli/main.js';

export interface KgRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `kg argv…` in-process with captured output, as a script would see it (no TTY). */
export async function kg(...argv: string[]): Promise<KgRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: false,
  });
  return { code, stdout, stderr };
}

/** Sets environment variables for the duration of `fn`, then puts back exactly what was there. */
export async function withEnv<T>(vars: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
