/** The shape of a language's disclosure phrase table (one file per language beside this one). */

/** What a disclosure says: that links pay the publisher, how, or that the content itself was paid for. */
export type DisclosureRule = 'affiliate-links' | 'commission' | 'amazon-associates' | 'sponsored' | 'paid-partnership';

export interface DisclosurePattern {
  rule: DisclosureRule;
  /** Tested against one sentence, lower-cased, curly apostrophes straightened and white space collapsed. */
  re: RegExp;
  /** When set, the sentence must also match each of these (a self-reference, a purchase context...) to count. */
  also?: readonly RegExp[];
}

export interface DisclosurePhrases {
  lang: string;
  /** A cheap first test on a whole block: no match, no disclosure in this language. */
  trigger: RegExp;
  patterns: readonly DisclosurePattern[];
  /**
   * The statement speaking of this very content ("links in this post", "this episode", "the following offers"),
   * tested on the lower-cased passage: a disclosure written for the article, not a site-wide template.
   */
  thisContent: RegExp;
}
