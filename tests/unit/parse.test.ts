import { describe, expect, it } from 'vitest';
import { isChromeLine, stripGluedChrome } from '../../src/lib/seeds/chrome.ts';
import { looksLikeAbstract, parseSeedFile } from '../../src/lib/seeds/parse.ts';

const abstract = (topic: string) =>
  `We study ${topic} in depth. ` + 'Our method improves accuracy while reducing compute, and experiments on many benchmarks confirm it. '.repeat(4);

describe('page chrome', () => {
  it.each(['new', 'Subscribe', 'Daily Papers', 'by AK and the research community', 'byAK and the research community', 'Get trending papers in your email inbox!', 'Get trending papers in your email inbox once a day!', 'Mar 13', 'Sep 2', '13 Mar'])(
    'recognizes %j',
    (line) => expect(isChromeLine(line)).toBe(true),
  );

  it.each(['Mamba', 'New Insights into Pruning', 'March of the Experts'])('does not take the title %j for chrome', (line) => {
    expect(isChromeLine(line)).toBe(false);
  });

  it('strips chrome glued to the start of a title but not a word that merely starts the same', () => {
    expect(stripGluedChrome('SubscribeGenerative Image Layer Decomposition')).toBe('Generative Image Layer Decomposition');
    expect(stripGluedChrome('Newton Methods for Networks')).toBe('Newton Methods for Networks');
    expect(stripGluedChrome('Subscriber Models')).toBe('Subscriber Models');
    expect(stripGluedChrome('Subscribeβ-VAE Disentangles')).toBe('β-VAE Disentangles');
    expect(stripGluedChrome('SubscribeÅngström Networks')).toBe('Ångström Networks');
  });
});

describe('looksLikeAbstract', () => {
  it('tells a title from prose', () => {
    expect(looksLikeAbstract('Mamba: Linear-Time Sequence Modeling with Selective State Spaces')).toBe(false);
    expect(looksLikeAbstract('When Does Bottom-up Beat Top-down in Hierarchical Community Detection?')).toBe(false);
    expect(looksLikeAbstract(abstract('merging'))).toBe(true);
    expect(looksLikeAbstract('Short first sentence. Short second sentence.')).toBe(true);
  });
});

describe('parseSeedFile', () => {
  it('reads entries separated by blank lines, skipping the chrome header', () => {
    const text = ['new', '', 'Get trending papers in your email inbox!', '', 'Subscribe', '', 'Mar 13', '', 'Paper One', '', abstract('one'), '', 'Paper Two', '', abstract('two')].join('\n');
    const parsed = parseSeedFile('a.txt', text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((e) => [e.title, e.line])).toEqual([
      ['Paper One', 9],
      ['Paper Two', 13],
    ]);
    expect(parsed.entries[0]!.abstract).toBe(abstract('one').trim());
    expect(parsed.chromeLines).toBe(4);
  });

  it('reads entries with no blank lines and chrome glued to the first title', () => {
    const text = ['Get trending papers in your email inbox once a day!', 'Get trending papers in your email inbox!', 'SubscribeFirst Paper', abstract('a'), 'Second Paper', abstract('b')].join('\n');
    const parsed = parseSeedFile('b.txt', text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((e) => [e.title, e.line])).toEqual([
      ['First Paper', 3],
      ['Second Paper', 5],
    ]);
  });

  it('handles a BOM, CRLF line ends, NBSP, zero-width spaces and no trailing newline', () => {
    const text = '\uFEFFPaper\u00A0One\u200B\r\n\r\n' + abstract('one') + '\r\nPaper Two\r\n' + abstract('two').trim();
    const parsed = parseSeedFile('c.txt', text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((e) => e.title)).toEqual(['Paper One', 'Paper Two']);
    expect(parsed.entries[1]!.line).toBe(4);
  });

  it('skips chrome that appears in the middle of a file', () => {
    const text = ['Paper One', abstract('one'), 'Subscribe', 'Daily Papers', 'Paper Two', abstract('two')].join('\n');
    expect(parseSeedFile('d.txt', text).entries.map((e) => e.title)).toEqual(['Paper One', 'Paper Two']);
  });

  it('reports a title without an abstract and an abstract without a title, each with its line, and keeps going', () => {
    const text = ['Paper One', abstract('one'), 'Orphan Title', 'Paper Two', abstract('two'), abstract('stray'), 'Paper Three', abstract('three'), 'Trailing Title'].join('\n');
    const parsed = parseSeedFile('bad.txt', text);
    expect(parsed.errors.map((e) => [e.line, e.message.split(':')[0]])).toEqual([
      [3, 'title without an abstract'],
      [6, 'abstract without a title'],
      [9, 'title without an abstract'],
    ]);
    expect(parsed.entries.map((e) => e.title)).toEqual(['Paper One', 'Paper Two', 'Paper Three']);
  });

  it('warns about an unknown short line before the first paper instead of failing', () => {
    const parsed = parseSeedFile('e.txt', ['Trending', 'Paper One', abstract('one')].join('\n'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([{ file: 'e.txt', line: 1, message: 'skipped "Trending" before the first paper as page chrome' }]);
    expect(parsed.entries).toHaveLength(1);
  });

  it('warns about an empty file', () => {
    expect(parseSeedFile('empty.txt', '').warnings).toEqual([{ file: 'empty.txt', line: 1, message: 'no papers in this file' }]);
    expect(parseSeedFile('chrome-only.txt', 'new\nSubscribe\n').warnings).toHaveLength(1);
  });

  it('keeps a short abstract when the alternation says it is one', () => {
    const parsed = parseSeedFile('f.txt', ['A Title', 'Tiny abstract.', 'Next Title', abstract('x')].join('\n'));
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((e) => e.abstract.slice(0, 14))).toEqual(['Tiny abstract.', 'We study x in ']);
  });
});
