// `astro dev` only (injected into every page by src/integrations/dev-refresh.ts): reloads the
// page when the content store was written after the page was rendered, i.e. when the dev
// server's reload message for that write was lost while the page was already reloading.

/** The store version the page was rendered from: the dev server's `Server-Timing: survey-store;desc="…"`. */
function renderedVersion(): string | undefined {
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  return navigation?.serverTiming.find((entry) => entry.name === 'survey-store')?.description;
}

/** Asks `versionUrl` for the store's current version now and once more after the dev client connected; reloads on a newer one. */
export function checkStoreVersion(versionUrl: string): void {
  const rendered = renderedVersion();
  if (!rendered) return;
  const check = () =>
    fetch(versionUrl, { cache: 'no-store' })
      .then((response) => response.text())
      .then(
        (now) => {
          if (now && now !== rendered) location.reload();
        },
        () => undefined,
      );
  void check();
  setTimeout(check, 1500);
}
