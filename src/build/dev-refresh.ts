/**
 * In `astro dev`, Astro offers integrations `refreshContent` (at `astro:server:setup`): it runs
 * the named loaders again and saves the content store at once. A loader that re-syncs on its own
 * waits for the store's 500 ms save debounce before the page can reload; through this channel a
 * loader asks Astro to re-run it instead (src/loaders/source-loader.ts). The channel spans
 * Astro's two module graphs (global-channel.ts).
 */
import { globalChannel } from './global-channel.ts';

export type RefreshContent = (options: { loaders?: string[]; context?: Record<string, unknown> }) => Promise<void>;

/** Marks the loader context of a run asked for here (`refreshContextData`). */
export const REFRESH_MARK = 'surveyRefresh';

const channel = globalChannel<{ refresh?: RefreshContent }>('refresh-content');

/** Called by the integration with the dev server's `refreshContent`. */
export function offerRefresh(refresh: RefreshContent): void {
  channel.refresh = refresh;
}

/** Asks Astro to run the loader again and save the store when it is done; undefined outside `astro dev`. */
export function refreshLoader(name: string): Promise<void> | undefined {
  return channel.refresh?.({
    loaders: [name],
    context: { [REFRESH_MARK]: true },
  });
}
