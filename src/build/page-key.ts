import { createHash } from 'node:crypto';

/**
 * A page's cache key for Astro's incremental build (`experimental.incrementalBuild`): a hash
 * of everything the page renders, made from the very props the page gets, so a key cannot
 * forget an input. Astro adds the hash of the page's code (its module graph) and of the config,
 * and skips the page when both and this key match the previous build.
 *
 * Hence the one rule for a keyed page: it renders its props and nothing else read at render
 * time, besides code and the config (`src/data/site.ts`: URLs and settings from the
 * environment, which Astro's config hash covers through `site` and `base`).
 *
 * A content entry stands in by a stamp made once per build (its id, digest and a hash of its
 * data and rendered HTML), so a page listing 50 papers does not serialize 50 abstracts; Maps and
 * Sets by their entries; a function cannot be keyed and throws (pass its results instead).
 */
export function pageKey(props: unknown): string {
  return createHash('sha256').update(JSON.stringify(props, keyable)).digest('base64url');
}

interface EntryLike {
  collection: string;
  id: string;
  digest?: string;
  rendered?: { html?: string };
}

function isEntry(value: object): value is EntryLike & { data: unknown } {
  const v = value as Partial<EntryLike>;
  return typeof v.collection === 'string' && typeof v.id === 'string' && 'data' in value;
}

const stamps = new WeakMap<object, string>();

/**
 * An entry's stamp, once per entry object (every page shares the entries of one build): its
 * digest (the loader's hash of its source) and a hash of the data and HTML pages read, so a
 * change of schema or renderer that keeps the digest still changes the key.
 */
function entryStamp(entry: EntryLike & { data: unknown }): string {
  let stamp = stamps.get(entry);
  if (stamp === undefined) {
    const content = createHash('sha256').update(JSON.stringify(entry.data, keyable)).update('\0').update(entry.rendered?.html ?? '').digest('base64url');
    stamp = `${entry.collection}/${entry.id}@${entry.digest ?? ''}#${content}`;
    stamps.set(entry, stamp);
  }
  return stamp;
}

function keyable(this: unknown, key: string, value: unknown): unknown {
  if (typeof value === 'function') throw new Error(`pageKey: prop "${key}" is a function; a page key can only cover data`);
  if (value === null || typeof value !== 'object') return value;
  if (isEntry(value)) return entryStamp(value);
  if (value instanceof Map) return { map: [...value] };
  if (value instanceof Set) return { set: [...value] };
  return value;
}
