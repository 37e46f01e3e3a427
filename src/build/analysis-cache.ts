import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { replaceFileSync } from './replace-file.ts';
import type { RememberedRepair, RepairMemo } from '../lib/repair/remembered-repair.ts';

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
  /** For tasks memoized item by item: how many items this build computed, of how many. */
  const computed = new Map<string, { computed: number; of: number }>();
  return { hits, computed, run: memoized, runEach: memoizedEach, repairs: repairStore };

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
    replaceFileSync(file, JSON.stringify(answer));
    hits.delete(task);
    removeOlder(dir, task, file);
    return answer;
  }

  /**
   * A task that answers each item on its own (topic classification: a paper's topics depend on
   * its text and the topic definitions, not on the other papers), memoized item by item: one
   * abstract edited, one paper computed. `shared` is what every item's answer also depends on;
   * `compute` gets the items not answered yet and answers them in the order given.
   */
  async function memoizedEach<I, T>(task: string, shared: unknown, items: readonly I[], compute: (missing: I[]) => Promise<T[]>): Promise<T[]> {
    const common = createHash('sha256').update(code()).update('\0').update(task).update('\0').update(JSON.stringify(shared, plainOnly)).digest();
    const keys = items.map((item) => createHash('sha256').update(common).update(JSON.stringify(item, plainOnly)).digest('base64url'));
    const file = join(dir, `each-${task}.json`);
    let stored: Record<string, T> = {};
    try {
      stored = JSON.parse(readFileSync(file, 'utf8')) as Record<string, T>;
    } catch {
      // nothing kept yet (or unreadable): every item is computed
    }
    const missing = [...new Set(keys.filter((key) => !Object.hasOwn(stored, key)))];
    const firstOf = new Map(keys.map((key, i) => [key, i] as const).reverse());
    const answers = missing.length > 0 ? await compute(missing.map((key) => items[firstOf.get(key)!]!)) : [];
    const fresh = new Map(missing.map((key, i) => [key, answers[i]!] as const));
    const result = keys.map((key) => (fresh.has(key) ? fresh.get(key)! : stored[key]!));
    computed.set(task, { computed: missing.length, of: items.length });
    if (missing.length > 0 || Object.keys(stored).length !== new Set(keys).size) {
      // Only what this build used is kept, in the items' order: a survey being edited does not grow it.
      const kept = Object.fromEntries(keys.map((key, i) => [key, result[i]!] as const));
      replaceFileSync(file, JSON.stringify(kept));
    }
    return result;
  }

  /**
   * The papers' repairs, kept by title and abstract (src/lib/repair/remembered-repair.ts, which
   * checks that a kept repair still holds): read once, saved after the survey is built with only
   * the repairs it used, and only when one was added or dropped.
   */
  function repairStore(): RepairMemo & { save(): void; counts: { repaired: number } } {
    const file = join(dir, 'repairs.json');
    let kept: Record<string, RememberedRepair> = {};
    try {
      kept = JSON.parse(readFileSync(file, 'utf8')) as Record<string, RememberedRepair>;
    } catch {
      // none kept yet (or unreadable): every paper is repaired
    }
    const used = new Map<string, RememberedRepair>();
    const counts = { repaired: 0 };
    const keyOf = (title: string, abstract: string) => createHash('sha256').update(code()).update('\0').update(title).update('\0').update(abstract).digest('base64url');
    return {
      counts,
      recall(title, abstract) {
        const key = keyOf(title, abstract);
        const repair = Object.hasOwn(kept, key) ? kept[key] : undefined;
        if (repair) used.set(key, repair);
        return repair;
      },
      remember(title, abstract, repair) {
        counts.repaired++;
        used.set(keyOf(title, abstract), repair);
      },
      save() {
        if (counts.repaired === 0 && used.size === Object.keys(kept).length) return;
        replaceFileSync(file, JSON.stringify(Object.fromEntries(used)));
      },
    };
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
