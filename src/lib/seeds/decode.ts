import type { SeedProblem } from './problems.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export type DecodedSeed = { ok: true; text: string } | { ok: false; problem: SeedProblem };

/**
 * Decodes a seed file's bytes as UTF-8 (a BOM is dropped by the decoder). Binary data or
 * another encoding is reported with the line where the first bad byte sits.
 */
export function decodeSeed(file: string, bytes: Uint8Array): DecodedSeed {
  if (bytes.includes(0)) {
    return { ok: false, problem: { file, line: lineOfByte(bytes, bytes.indexOf(0)), message: 'binary data (NUL byte): a seed must be a plain-text file' } };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return {
      ok: false,
      problem: { file, line: lineOfByte(bytes, offset), message: `not valid UTF-8 text (byte ${offset}): save the file as UTF-8` },
    };
  }
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Finds the offset of the first byte that breaks UTF-8, by decoding growing prefixes line by line. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    try {
      utf8.decode(bytes.subarray(start, end));
    } catch {
      return start;
    }
    start = end + 1;
  }
  return 0;
}
