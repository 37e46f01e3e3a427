import type { APIRoute } from 'astro';
import { urls } from '../data/site.ts';

/** Allow everything; point crawlers at the sitemap when the site's origin is known. */
export const GET: APIRoute = () => {
  const sitemap = urls.canonical('/sitemap-index.xml');
  const lines = ['User-agent: *', 'Allow: /', ...(sitemap ? [`Sitemap: ${sitemap}`] : [])];
  return new Response(lines.join('\n') + '\n', { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
