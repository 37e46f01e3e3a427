import * as pagefindService from 'pagefind';
import { sitePaths } from '../../lib/links/site-urls.ts';
import { searchDocument, type SearchablePaper } from '../../lib/search/document.ts';

/**
 * Builds the Pagefind index of the papers into `<outDir>/pagefind/`, which the site requests
 * under its base path. Each paper is indexed from its data (src/lib/search/document.ts), in
 * slug order so the same papers give the same index. Returns the number of pages indexed.
 */
export async function indexForSearch(outDir: string, papers: readonly (SearchablePaper & { slug: string })[]): Promise<number> {
  const { index, errors: createErrors } = await pagefindService.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
  const added = await Promise.all(papers.map((paper) => index.addHTMLFile({ url: sitePaths.paper(paper.slug), content: searchDocument(paper) })));
  const errors = added.flatMap((result) => result.errors);
  if (errors.length > 0) throw new Error(`Pagefind indexing failed: ${errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefindService.close();
  return added.length;
}
