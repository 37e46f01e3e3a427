/**
 * An object shared by Astro's two module graphs: loaders run in Vite's module runner and
 * integrations in Node's own, so a module both import is loaded once in each and its module
 * state is not shared. The object lives on globalThis under a registered symbol (as Astro keeps
 * its own cross-graph state), on a property nothing can overwrite. Used by handoff.ts and
 * dev-refresh.ts.
 */
export function globalChannel<T extends object>(name: string): T {
  const key = Symbol.for(`survey-site.${name}`);
  const host = globalThis as unknown as Record<symbol, T | undefined>;
  if (!host[key]) Object.defineProperty(host, key, { value: {}, enumerable: false, writable: false, configurable: false });
  return host[key]!;
}
