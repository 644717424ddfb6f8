import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCommand } from './run-command.js';

export interface JavaRuntime {
  /** Absolute path or bare `java` (found on PATH). */
  java: string;
  major: number;
}

/** Neo4j 5.26 supports Java 17 and 21; 25 (also installed here, Temurin) is untested with 5.26. */
const SUPPORTED = [17, 21];
const WELL_KNOWN_HOMES = ['/usr/lib/jvm/java-17-openjdk-amd64', '/usr/lib/jvm/java-21-openjdk-amd64'];

async function javaMajor(java: string): Promise<number | undefined> {
  // `java -version` prints on stderr: openjdk version "17.0.15" 2025-04-15 (or "1.8.0_392" for Java 8).
  const result = await runCommand(java, ['-version'], { timeoutMs: 15_000 });
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr + result.stdout);
  if (result.code !== 0 || !match) return undefined;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first;
}

/** Finds a Java 17+ runtime: JAVA_HOME, then well-known 17/21 installs, then PATH; prefers 17 or 21. */
export async function findJava(javaHome?: string): Promise<JavaRuntime | undefined> {
  const candidates = [javaHome, ...WELL_KNOWN_HOMES]
    .filter((home): home is string => Boolean(home))
    .map((home) => join(home, 'bin', 'java'))
    .filter((java) => existsSync(java));
  candidates.push('java');
  let fallback: JavaRuntime | undefined;
  for (const java of candidates) {
    const major = await javaMajor(java);
    if (major === undefined || major < 17) continue;
    if (SUPPORTED.includes(major)) return { java, major };
    fallback ??= { java, major };
  }
  return fallback;
}

/** True when `mvn` runs (only needed the first time, to download the server). */
export async function mavenAvailable(): Promise<boolean> {
  const result = await runCommand('mvn', ['-v'], { timeoutMs: 30_000 });
  return result.code === 0;
}
