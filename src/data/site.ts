import { config, pageSizes, siteSettings } from '../config.ts';
import { siteUrls } from '../lib/links/site-urls.ts';

/** Every address pages link to or print, from the one URL builder (src/lib/links/site-urls.ts). */
export const urls = siteUrls(config);

export { pageSizes, siteSettings };
