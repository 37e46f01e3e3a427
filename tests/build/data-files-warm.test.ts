import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexedPapers } from '../../src/build/handoff.ts';
import { makeDataFiles } from '../../src/integrations/data-files/make-files.ts';
import type { ExportSite } from '../../src/lib/exports/export-files.ts';
import type { Paper } from '../../src/lib/schemas/paper.ts';
import type { CompletedSurvey } from '../../src/lib/survey.ts';
import { testPaper } from '../support/test-paper.ts';

/**
 * The data-files worker rebuilding into the folder of its last build (with its cache) must leave
 * exactly what a clean build leaves: a removed paper's short link, QR code and list data gone,
 * the changed files rewritten, the rest untouched, and only what changed drawn again.
 */
const paper = (slug: string, shortId: string, title: string, topics: string[]): Paper =>
  testPaper({ slug, shortId, title, abstract: `We study ${title} and report results.`, abstractRepaired: `We study ${title} and report results.`, gist: `Studies ${title}.`, topics });
const survey = (papers: Paper[]): CompletedSurvey => ({
  papers,
  topics: [
    { id: 'lora', title: 'LoRA', description: 'Low-rank adaptation.', aliases: [] },
    { id: 'moe', title: 'Mixture of experts', description: 'Sparse experts.', aliases: [] },
  ],
  report: {
    stats: { files: 1, entries: papers.length, papers: papers.length, duplicatesMerged: 0, enriched: 0, warnings: 0, repairedAbstracts: 0 },
    repairs: {},
    files: [{ file: 'a.txt', entries: papers.length, chromeLines: 0 }],
    duplicates: [],
    warnings: [],
    withoutAbstract: [],
  },
});
const site: ExportSite = { base: '/', origin: 'https://example.org', site: 'https://example.org', title: 'Survey', description: 'A survey.' };
const three = [paper('alpha-routing', 'AAAAA2', 'Alpha routing', ['moe']), paper('beta-adapters', 'BBBBB3', 'Beta adapters', ['lora']), paper('gamma-experts', 'CCCCC4', 'Gamma experts', ['moe'])];

/** Every file under a folder with its bytes, by path. */
function contents(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => [join(entry.parentPath, entry.name).slice(dir.length + 1), readFileSync(join(entry.parentPath, entry.name)).toString('base64')]).sort(([a], [b]) => a!.localeCompare(b!)) as [string, string][]);
}

/** The worker's job for a survey of these papers: the papers as the search index reads them, and the survey. */
const job = (papers: Paper[]) => ({ indexed: indexedPapers(papers, survey(papers).topics), survey: Promise.resolve(survey(papers)) });

describe('the data-files worker, rebuilding', () => {
  it('after a paper is removed and one edited, leaves the same files as a clean build, drawing only what changed', { timeout: 120_000 }, async () => {
    const work = mkdtempSync(join(tmpdir(), 'survey-data-files-'));
    const warm = { outDir: join(work, 'warm'), cacheDir: join(work, 'warm-cache'), site };
    // The bundling waits for this signal (integration.ts): it comes once, when Pagefind is done
    // with its staging folder (in the cache), and that folder is gone.
    const signals: string[][] = [];
    const cold = await makeDataFiles({ ...warm, ...job(three), onSearchIndexMade: () => signals.push(readdirSync(warm.cacheDir)) });
    expect(cold).toMatchObject({ qrDrawn: 3, socialImagesDrawn: 3, searchReused: false, removed: 0 });
    expect(signals).toHaveLength(1);
    expect(signals[0]).not.toContain('pagefind-staging');
    expect(readdirSync(warm.cacheDir)).not.toContain('pagefind-staging');
    expect(cold.written).toBe(cold.files);

    const edited = [three[0]!, { ...three[1]!, abstractRepaired: 'We study beta adapters again, with new results.' }];
    const rebuilt = await makeDataFiles({ ...warm, ...job(edited) });
    const clean = { outDir: join(work, 'clean'), cacheDir: join(work, 'clean-cache'), site };
    await makeDataFiles({ ...clean, ...job(edited) });

    expect(contents(warm.outDir)).toEqual(contents(clean.outDir));
    expect([...contents(warm.outDir).keys()].filter((path) => /CCCCC4|gamma/i.test(path))).toEqual([]);
    expect(rebuilt.qrDrawn).toBe(0);
    expect(rebuilt.socialImagesDrawn).toBe(2); // the site card and the moe card count papers; the lora card is the same
    expect(rebuilt.searchReused).toBe(false);
    expect(rebuilt.removed).toBeGreaterThanOrEqual(3); // gamma's short link, QR code and list data at least
    expect(rebuilt.written).toBeLessThan(rebuilt.files);

    // A reused index signals too, or the bundling would wait for the whole worker.
    const again = await makeDataFiles({ ...warm, ...job(edited), onSearchIndexMade: () => signals.push([]) });
    expect(signals).toHaveLength(2);
    expect(again).toMatchObject({ written: 0, removed: 0, qrDrawn: 0, socialImagesDrawn: 0, searchReused: true });
    expect(contents(warm.outDir)).toEqual(contents(clean.outDir));
  });
});
