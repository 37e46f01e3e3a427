import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A disk memo of the survey's analysis tasks (topic classification, related papers, the map
 * layout): each is a pure function of its input, so an answer can be kept under the hash of
 * that input and of the code that computes it, and a build whose input did not change (no edit,
 * or a topic edit for the map, which reads no topics) reads the answer instead of computing it.
 * Same input, same code → the same bytes as computing it; any change → computed afresh.
 *
 * The code is every file under src/lib and src/build plus the lock file: coarse on purpose (an
 * edit anywhere there recomputes once), since a missed code change would serve a stale answer.
 */
export function analysisMemo(dir: string) {
  let fingerprint: string | undefined;
  const code = () => (fingerprint ??= codeFingerprint());
  /** The tasks whose answer came from the disk this build (the build log says so). */
  const hits = new Set<string>();
  return { hits, run: memoized };

  async function memoized<T>(task: string, input: unknown, compute: () => Promise<T>): Promise<T> {
    const key = createHash('sha256').update(code()).update('\0').update(task).update('\0').update(JSON.stringify(input, plainOnly)).digest('hex');
    const file = join(dir, `${task}-${key}.json`);
    try {
      const answer = JSON.parse(readFileSync(file, 'utf8')) as T;
      hits.add(task);
      return answer;
    } catch {
      // not computed for this input yet (or unreadable): compute it
    }
    const answer = await compute();
    mkdirSync(dir, { recursive: true });
    // Written aside and renamed, so a build stopped mid-write leaves no half answer behind.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(answer));
    renameSync(partial, file);
    hits.delete(task);
    removeOlder(dir, task, file);
    return answer;
  }
}

export type AnalysisMemo = ReturnType<typeof analysisMemo>;

/** Keeps one answer per task: a survey being edited would otherwise leave one file per edit. */
function removeOlder(dir: string, task: string, keep: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    // Another build's half-written answer ends in .tmp and is left alone.
    if (path !== keep && name.startsWith(`${task}-`) && name.endsWith('.json')) rmSync(path, { force: true });
  }
}

/** JSON of plain data only: a RegExp, Map or class instance would serialize to less than it holds, and two inputs could share a key. */
function plainOnly(key: string, value: unknown): unknown {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) throw new Error(`analysis cache: "${key}" is not plain data`);
  }
  return value;
}

const SRC = new URL('../', import.meta.url);

/** A hash of the analysis code: every file under src/lib and src/build, and the lock file. */
function codeFingerprint(): string {
  const hash = createHash('sha256');
  for (const folder of ['lib', 'build']) {
    const root = new URL(`${folder}/`, SRC);
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(ts|js|mjs|json)$/.test(file)).sort();
    for (const file of files) hash.update(file).update('\0').update(readFileSync(new URL(file, root))).update('\0');
  }
  try {
    hash.update(readFileSync(new URL('../package-lock.json', SRC)));
  } catch {
    // no lock file: the code alone
  }
  return hash.digest('hex');
}
