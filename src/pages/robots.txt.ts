import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/links/site-urls.ts';

/** Allow everything; point crawlers at the sitemap when the site's origin is known. */
export const GET: APIRoute = ({ site }) => {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push(`Sitemap: ${absoluteUrl('/sitemap-index.xml', { base: import.meta.env.BASE_URL, origin: site })}`);
  return new Response(lines.join('\n') + '\n', { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
