import { sitePaths } from '../links/site-urls.ts';

/**
 * The site path of a paper's small map, beside its short link and its list data. Apart from
 * the module that writes it so the page's script can find the file without bundling the layout code.
 * @example miniMapPath('2vfvw8') // '/p/2vfvw8/map.json'
 */
export function miniMapPath(id: string): string {
  return `${sitePaths.short(id)}map.json`;
}
