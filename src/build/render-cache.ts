import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';
import { replaceFile } from './replace-file.ts';

type Rendered = string | Uint8Array;

interface Pack {
  stamp: string;
  entries: Map<string, Rendered>;
}

/**
 * A cache of things that are slow to draw (social images through sharp, QR codes, the search
 * index), keyed by what they are drawn from, kept across builds in one file per kind under the
 * cache folder, so a rebuild draws only what changed.
 *
 * - **Keyed by inputs**: a key is the SHA-256 of everything the drawing depends on (`key()`);
 *   what depends on code or a library's version goes into the `stamp`, and a pack with another
 *   stamp is ignored whole.
 * - **Bounded**: `save()` keeps only the entries this build used, so a removed paper's QR code
 *   leaves the cache with it.
 * - **Deterministic**: entries are saved in the order this build used them, so the same build
 *   saves the same file; when every entry was found and none dropped, the file is not rewritten.
 * - **Disposable**: a pack that cannot be read counts as empty; deleting the folder costs one
 *   cold build.
 */
export class RenderCache<Value extends Rendered = Rendered> {
  readonly #file: string;
  readonly #stamp: string;
  readonly #previous: Map<string, Value>;
  readonly #used = new Map<string, Value>();
  #misses = 0;

  private constructor(file: string, stamp: string, previous: Map<string, Value>) {
    this.#file = file;
    this.#stamp = stamp;
    this.#previous = previous;
  }

  /** Opens the pack at `file`; entries saved under another `stamp` (other code, another library version) are dropped. */
  static async open<Value extends Rendered = Rendered>(file: string, stamp: string): Promise<RenderCache<Value>> {
    let previous = new Map<string, Value>();
    try {
      const pack = deserialize(await readFile(file)) as Pack;
      if (pack.stamp === stamp && pack.entries instanceof Map) previous = pack.entries as Map<string, Value>;
    } catch {
      // no pack yet, or one this Node cannot read: start empty
    }
    return new RenderCache(file, stamp, previous);
  }

  /** The key of a drawing: SHA-256 over its inputs, each kept apart from the next. */
  static key(inputs: Iterable<string | Uint8Array>): string {
    const hash = createHash('sha256');
    for (const input of inputs) hash.update(String(typeof input === 'string' ? input.length : input.byteLength)).update(':').update(input);
    return hash.digest('hex');
  }

  /** The cached drawing for `key`, else draws it (synchronously) and keeps it. */
  get(key: string, draw: () => Value): Value {
    return this.#found(key) ?? this.#keep(key, draw());
  }

  /** `get` for drawings that take a while (sharp). */
  async getAsync(key: string, draw: () => Promise<Value>): Promise<Value> {
    return this.#found(key) ?? this.#keep(key, await draw());
  }

  /** The drawing kept for `key` (this build's or the last one's), marked as used; undefined when none. */
  #found(key: string): Value | undefined {
    const found = this.#used.get(key) ?? this.#previous.get(key);
    if (found !== undefined) this.#used.set(key, found);
    return found;
  }

  /** Keeps a drawing made this build. */
  #keep(key: string, drawn: Value): Value {
    this.#misses++;
    this.#used.set(key, drawn);
    return drawn;
  }

  /** How many drawings came from the cache and how many were drawn this build. */
  get counts(): { hits: number; misses: number } {
    return { hits: this.#used.size - this.#misses, misses: this.#misses };
  }

  /** Saves the entries this build used, and only those; leaves the file alone when nothing changed. */
  async save(): Promise<void> {
    const unchanged = this.#misses === 0 && this.#used.size === this.#previous.size;
    if (unchanged) return;
    await replaceFile(this.#file, serialize({ stamp: this.#stamp, entries: this.#used } satisfies Pack));
  }
}
