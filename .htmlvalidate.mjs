// Rules for the built pages (checked by tests/e2e/dist-quality.spec.ts on every page of dist/).
/** @type {import('html-validate').ConfigData} */
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // A paper page is titled by its paper; survey titles run past 70 characters and must not be cut.
    'long-title': 'off',
    // KaTeX positions glyphs of rendered formulas with inline styles; there is no class-based mode.
    'no-inline-style': 'off',
    // Search results follow the ARIA combobox pattern, whose popup is a listbox of links: a
    // native <select> cannot hold links and excerpts.
    'prefer-native-element': ['error', { exclude: ['listbox', 'option'] }],
  },
};
