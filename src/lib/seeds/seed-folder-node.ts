/** Node-only: reads the seeds folder from disk, for the survey source, tests and scripts. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SeedFile } from '../survey.ts';
import { SeedError, type SeedProblem } from './problems.ts';
import { seedExtension } from './read-seed-file.ts';

/**
 * Reads every seed file in the folder: page dumps (`*.txt`) and bibliographies (`*.bib`,
 * `*.json`, `*.ris`); other files are not seeds. An unreadable file is a problem of that file, not a crash.
 */
export async function readSeedFolder(dir: string): Promise<SeedFile[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => seedExtension(name) !== '').sort();
  } catch (error) {
    throw new SeedError([{ file: dir, line: 0, message: `cannot read the seeds folder (${(error as NodeJS.ErrnoException).code ?? error}); set SEEDS_DIR to a folder of seed files (page dumps *.txt, bibliographies *.bib, *.json, *.ris)` }]);
  }
  const problems: SeedProblem[] = [];
  const files = await Promise.all(
    names.map(async (name) => {
      try {
        return { name, bytes: new Uint8Array(await readFile(join(dir, name))) };
      } catch (error) {
        problems.push({ file: name, line: 0, message: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? error})` });
        return undefined;
      }
    }),
  );
  if (problems.length > 0) throw new SeedError(problems);
  return files.filter((file) => file !== undefined);
}

