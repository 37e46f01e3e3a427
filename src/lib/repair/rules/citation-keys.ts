/**
 * A citation key left where `\cite{…}` was: `DNAS~\cite{wu2018mixed}` scrapes to
 * `DNAS~wu2018mixed`, `Sanghavi~\cite{jns13}` to `Sanghavi~jns13`. The page has no
 * bibliography to point to, so the key goes with its `~`; the name before it stays.
 */
import { replace, type Plan } from '../engine.ts';

/** `~` after a word or bracket, then a key: lower-case letters, a 2–4 digit year, any suffix. */
const TILDE_KEY = /(?<=[\p{L}\d)\]])~[a-z][a-z-]*\d{2,4}[a-z0-9:_-]*(?=$|[\s,.;:)\]])/gu;

export function repairCitationKeys(plan: Plan): void {
  for (const m of plan.text.matchAll(TILDE_KEY)) replace(plan, 'citation-key', m.index, m.index + m[0].length, '');
}
