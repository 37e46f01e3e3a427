// Citation.js ships no type declarations; these cover the few entry points the bibliography
// parsers use (citation-js.ts is the only module that imports them).
declare module '@citation-js/core' {
  export const plugins: {
    input: { data(input: unknown, format: string): unknown };
    config: { get(plugin: string): unknown };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
