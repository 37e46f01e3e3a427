import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSeedFileByType, SEED_EXTENSIONS, seedExtension } from '../../src/lib/seeds/read-seed-file.ts';

const fixtures = join(import.meta.dirname, '../fixtures/bibliographies');
const bytes = (text: string) => new TextEncoder().encode(text);
const abstract = 'We study sparse experts in depth. Our method improves accuracy while reducing compute, and experiments on many benchmarks confirm it. '.repeat(3);

describe('parseSeedFileByType', () => {
  it('knows the four kinds of seed file, by extension in any case', () => {
    expect(SEED_EXTENSIONS).toEqual(['.txt', '.bib', '.json', '.ris']);
    expect(seedExtension('Zotero Export.BIB')).toBe('.bib');
    expect(seedExtension('library.json')).toBe('.json');
    expect(seedExtension('notes.md')).toBe('');
    expect(seedExtension('bib')).toBe('');
  });

  it('chooses the parser by extension', () => {
    const read = (name: string) => parseSeedFileByType(name, readFileSync(join(fixtures, name)));
    expect(read('thesis.bib').entries[0]!.citekey).toBe('switch');
    expect(read('zotero.json').entries[0]!.citekey).toBe('huLoRALowRankAdaptation2021');
    expect(read('zotero.ris').entries[0]!.venue).toBe('Journal of Machine Learning Research');
    const dump = parseSeedFileByType('dump.txt', bytes(`Sparse Experts at Scale\n${abstract}\n`));
    expect(dump.entries).toMatchObject([{ title: 'Sparse Experts at Scale', line: 1 }]);
    expect(dump.entries[0]!.citekey).toBeUndefined();
  });

  it('drops a UTF-8 BOM before any parser sees the text', () => {
    const parsed = parseSeedFileByType('bom.json', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('[{"title": "With a BOM"}]')]));
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((e) => e.title)).toEqual(['With a BOM']);
  });

  it('reports binary data and other encodings at file:line, for every kind', () => {
    expect(parseSeedFileByType('refs.bib', new Uint8Array([0x40, 0x6d, 0x0a, 0x00, 0x01])).errors).toEqual([{ file: 'refs.bib', line: 2, message: 'binary data (NUL byte): a seed must be a plain-text file' }]);
    expect(parseSeedFileByType('refs.ris', new Uint8Array([0x54, 0x59, 0x0a, 0x0a, 0xe9, 0x74, 0xe9])).errors[0]).toMatchObject({ file: 'refs.ris', line: 3 });
  });

  it('names a bibliography saved as .txt, with the extension it should have', () => {
    expect(parseSeedFileByType('refs.txt', bytes('\n@article{a,\n title = {A}}\n')).errors).toEqual([{ file: 'refs.txt', line: 2, message: 'this is BibTeX: name it .bib, not a page dump (.txt)' }]);
    expect(parseSeedFileByType('refs.txt', bytes('[{"title": "A"}]')).errors[0]!.message).toBe('this is JSON: a CSL-JSON export belongs in a .json file, not a page dump (.txt)');
    expect(parseSeedFileByType('refs.txt', bytes('TY  - JOUR\nTI  - A\nER  - \n')).errors[0]!.message).toBe('this is RIS: name it .ris, not a page dump (.txt)');
  });

  it('refuses a file of another kind', () => {
    expect(parseSeedFileByType('notes.md', bytes('# notes')).errors).toEqual([
      { file: 'notes.md', line: 0, message: 'not a seed file: a seed is a page dump (.txt), BibTeX (.bib), CSL-JSON (.json) or RIS (.ris)' },
    ]);
  });
});
