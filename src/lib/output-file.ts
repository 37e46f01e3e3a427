/** A file the build writes under the output folder, outside Astro's routes: text unless said otherwise. */
export interface OutputFile<Contents extends string | Uint8Array = string> {
  /** The path under the output folder, e.g. `p/k3x9qa/index.html`. */
  path: string;
  contents: Contents;
}
