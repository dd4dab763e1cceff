// Public addresses of the documentation shipped with the package (docs/ is in the npm package and the repository).

/** The repository's docs folder; rule pages are docs/rules/<area>/<name>.md. */
export const DOCS_URL = 'https://github.com/kehoach-lint/kehoach-lint/blob/main/docs/';

/** Where a rule's page is. */
export const RULE_DOCS_URL = `${DOCS_URL}rules/`;

/** The rule catalogue (SARIF `informationUri`). */
export const CATALOGUE_URL = `${RULE_DOCS_URL}README.md`;
