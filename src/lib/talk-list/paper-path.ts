import { sitePaths } from '../links/site-urls.ts';

/**
 * The site path of a paper's list data, beside its short link. Apart from the module that
 * writes it (list-data.ts, which pulls in the BibTeX and CSV writers) so the list page's
 * script can find the file without bundling them.
 * @example listPaperPath('2vfvw8') // '/p/2vfvw8/paper.json'
 */
export function listPaperPath(id: string): string {
  return `${sitePaths.short(id)}paper.json`;
}
