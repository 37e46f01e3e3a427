import { LOCAL_ORIGIN, config } from '../config.ts';
import { toCsv } from '../lib/exports/csv.ts';
import { urls } from './site.ts';

/** What the list page's script needs to write share links and the exports. */
export interface ListPageSettings {
  /** papers.csv's header row, for the list's CSV. */
  csvHeader: string;
  /** The list page's absolute URL: share links start with it. */
  listPage: string;
  /** Set when SITE was not: the page's own origin replaces this one in links. */
  localOrigin: string | undefined;
}

export function listPageSettings(): ListPageSettings {
  return {
    csvHeader: toCsv([], { bom: false }),
    listPage: urls.absolute('/list/'),
    localOrigin: config.site ? undefined : LOCAL_ORIGIN,
  };
}
