/**
 * A build without SITE writes absolute URLs for the local preview origin (LOCAL_ORIGIN in
 * src/site.config.ts). Served from any other origin, a page puts its own origin in their place,
 * so every link a presenter copies or reads off the card works where the page is.
 *
 * @example
 * // on https://survey.example.org, built without SITE:
 * withPageOrigin('http://localhost:4321/p/5re4st/', 'http://localhost:4321') // 'https://survey.example.org/p/5re4st/'
 */
export function withPageOrigin(text: string, localOrigin: string | undefined): string {
  if (!localOrigin || location.origin === localOrigin) return text;
  return text.split(localOrigin).join(location.origin);
}
