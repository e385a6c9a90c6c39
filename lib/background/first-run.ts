/**
 * What the background does when Footnote is installed or updated.
 */

/** Nothing yet: the first-run page arrives with issue 10. */
export function onFirstRun(): void {}
