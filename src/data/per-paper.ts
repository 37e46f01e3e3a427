/**
 * Caches a per-paper computation for the whole build, by slug. Export files repeat each paper
 * (papers.bib and every topic's file), and a record does not change during a build.
 */
export function perPaper<R extends { slug: string }, T>(compute: (record: R) => T): (record: R) => T {
  const cache = new Map<string, T>();
  return (record) => {
    let value = cache.get(record.slug);
    if (value === undefined) {
      value = compute(record);
      cache.set(record.slug, value);
    }
    return value;
  };
}
