// Rules for the built pages (checked by tests/e2e/dist-quality.spec.ts on every page of dist/, and
// by `npx html-validate dist`). The recommended preset, with three rules changed, each for a reason:
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // A paper page is titled by its paper; survey titles run past 70 characters and must not be cut.
    'long-title': 'off',
    // KaTeX positions glyphs of rendered formulas with inline styles; there is no class-based mode.
    'no-inline-style': 'off',
    // The search dialog (src/components/SearchModal.astro, on every page) follows the ARIA
    // combobox pattern: its popup, #search-dialog-listbox, is a role="listbox" whose options are
    // links to papers with excerpts, moved through with aria-activedescendant. A native <select>
    // can hold neither links nor markup, so the rule is off for listboxes only; every other role
    // (button, checkbox, link, ...) must still be the native element.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
  },
};
