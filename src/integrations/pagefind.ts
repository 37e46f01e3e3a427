import * as pagefindService from 'pagefind';

/**
 * Indexes the built site with Pagefind, as Starlight does, so `npm run build` alone yields a
 * searchable `dist/`. Index files land in `<outDir>/pagefind/`, which the site requests under
 * its base path. Returns the number of pages indexed.
 */
export async function indexWithPagefind(outDir: string): Promise<number> {
  const { index, errors: createErrors } = await pagefindService.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${createErrors.join('; ')}`);
  // Only paper pages carry `data-pagefind-body`; skipping the rest saves parsing thousands of files.
  const { page_count, errors } = await index.addDirectory({ path: outDir, glob: 'papers/*/index.html' });
  if (errors.length > 0) throw new Error(`Pagefind indexing failed: ${errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefindService.close();
  return page_count;
}
