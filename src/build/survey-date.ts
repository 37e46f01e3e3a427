import { execFileSync } from 'node:child_process';

/**
 * When the survey last changed, for feeds' `lastBuildDate`: `SOURCE_DATE_EPOCH` when set (the
 * reproducible-builds convention), else the time of the newest git commit touching one of the
 * folders, else unknown. Never the clock: the same inputs must give the same bytes.
 */
export function surveyDate(folders: readonly string[], env: Readonly<Record<string, string | undefined>> = process.env): Date | undefined {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  if (env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) return new Date(epoch * 1000);
  const times = folders.map((folder) => {
    try {
      return Number(execFileSync('git', ['-C', folder, 'log', '-1', '--format=%ct', '--', '.'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    } catch {
      return 0; // not in a git checkout, or git is missing
    }
  });
  const newest = Math.max(0, ...times.filter(Number.isFinite));
  return newest > 0 ? new Date(newest * 1000) : undefined;
}
