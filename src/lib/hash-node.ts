import { createHash } from 'node:crypto';

/**
 * A short, stable identifier derived from text (lower-case hex of its SHA-256).
 * @example shortHash('mamba: linear-time sequence modeling with selective state spaces', 6) // six hex digits, always the same
 */
export function shortHash(text: string, length = 6): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}
