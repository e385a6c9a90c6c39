/**
 * English disclosure phrases: statements that the publisher earns from the page's links or was paid for the
 * content. Ad-slot labels ("Advertisement", "Sponsored", "Sponsored stories", "Paid Partner") have no verb or
 * self-reference and match nothing here on purpose.
 */
import type { DisclosurePhrases } from './types';

/** The page speaking of itself: only then is "affiliate links" a disclosure rather than a topic. */
const SELF =
  /\b(?:we|we're|we've|i|i'm|i've|us|our|my|this|these|ftc|may|might|some|contains?|includes?|participant|marked|denoted|indicated)\b/;
/** Who earns: the page itself or a hedged "may earn", not "brokers earn a commission" in a news story. */
const SELF_OR_MODAL = /\b(?:we|we'll|i|us|our|my|may|might|could|can|site|website|blog|publisher|editors?)\b/;
/** Money made through the reader's purchase, not a broker's fee in a news story. */
const THROUGH_PURCHASE =
  /\b(?:links?|purchas\w*|buy\w*|click\w*|retailers?|products?|sales|shop\w*|orders?|no (?:extra|additional) cost)\b/;
/** This post/episode/article..., optionally with a few words between (this week's Tennis Podcast). */
const THIS_CONTENT =
  "\\b(?:this|our|today's|this week's|this month's|the following|my)\\s+(?:[\\w'-]+\\s+){0,3}?(?:post|article|story|content|video|episode|podcast|review|giveaway|series|newsletter|recipe|guide|feature|segment|show|page|piece|tutorial|shop|campaign|conversation|promotion|list|roundup)";

export const EN: DisclosurePhrases = {
  lang: 'en',
  thisContent: new RegExp(
    `\\b(?:this|these|today's|this week's|this month's|the following|the above|the below)\\s+(?:(?!(?:site|website|blog|channel)\\b)[\\w'-]+\\s+){0,3}?(?:posts?|articles?|story|content|video|episode|podcast|review|giveaway|series|newsletter|recipe|guide|feature|segment|show|page|piece|tutorial|shop|campaign|conversation|promotion|list|roundup|deals?|offers?|links|products?)\\b|(?:^|\\s)#(?:ad|sponsored|spon)\\b`,
  ),
  trigger:
    /affiliat|commission|sponsor|associate|compensat|\bpaid|referral|#ad\b|\bearn|\bfees?\b|portion of|share of|\bcut\b|no (?:extra|additional) cost|brought to you|material connection|exchange for|free of charge|complimentary|for free|for (?:the purpose of )?(?:this )?review/i,
  patterns: [
    {
      rule: 'affiliate-links',
      re: /\baffiliate(?:\s*(?:and\/or|and|or|&|\/)\s*(?:referral|sponsored))?\s+links?\b/,
      also: [SELF],
    },
    {
      rule: 'affiliate-links',
      re: /\b(?:referral|partner|commission)\s+links?\b/,
      also: [/\b(?:we|i|our|my|this|these|may|contains?|some)\b.*\b(?:earn|commission|contain|paid|compensat)/],
    },
    {
      rule: 'affiliate-links',
      re: /\b(?:we|i)\s+(?:are|am)\s+(?:a\s+)?(?:participant|member|part)\s+(?:in|of)\s+.{0,60}\baffiliate\s+(?:program|programme|network|advertising)/,
    },
    {
      rule: 'affiliate-links',
      re: /\baffiliate (?:partnerships?|relationships?|commissions?)\b/,
      also: [/\b(?:we|our|i|my|may)\b/],
    },
    {
      rule: 'commission',
      re: /\b(?:earn|earns|receive|receives|get|gets|make|makes|collect|collects|be paid)\s+(?:an?\s+|some\s+)?(?:small\s+|tiny\s+|modest\s+)?(?:affiliate\s+)?(?:commissions?|share\s+of|portion\s+of|percentage\s+of|cut|(?:referral\s+|advertising\s+|finder['’]s\s+)?fees?|compensation)\b/,
      also: [THROUGH_PURCHASE, SELF_OR_MODAL],
    },
    {
      // "Many merchants pay us a small referral fee when you click our “buy now” links".
      rule: 'commission',
      re: /\b(?:pay|pays|paid)\s+(?:us|me)\s+(?:an?\s+)?(?:small\s+|tiny\s+|modest\s+)?(?:referral\s+|finder['’]s\s+|affiliate\s+)?(?:fees?|commissions?)\b/,
      also: [THROUGH_PURCHASE],
    },
    {
      // Money is anyone's to make ("candidates make money from book sales"): only the page's own earning discloses.
      rule: 'commission',
      re: /\b(?:we|i|this\s+(?:site|blog|website|page)|our\s+(?:site|blog|website))\s+(?:(?:may|might|could|can|will|also|do|does)\s+){0,2}(?:earn|make|receive|get|collect)s?\s+(?:some\s+|a\s+little\s+|a\s+bit\s+of\s+)?money\b/,
      also: [THROUGH_PURCHASE],
    },
    {
      rule: 'commission',
      re: /\b(?:we|i|us)\s+(?:may|might|could|can|will)\s+(?:be|get)\s+(?:compensated|paid)\b/,
      also: [THROUGH_PURCHASE],
    },
    { rule: 'commission', re: /\bat no (?:extra|additional) (?:cost|charge) to you\b/ },
    {
      rule: 'amazon-associates',
      re: /\b(?:as an? amazon associate|amazon (?:services llc )?associates? program|earns? from qualifying purchases)/,
    },
    {
      rule: 'sponsored',
      re: new RegExp(
        `${THIS_CONTENT}\\s+(?:is|was|has been|is being|are|were|has|have been)\\s+(?:\\w+\\s+)?(?:sponsored|brought to you|paid for|compensated|made possible|created in (?:partnership|collaboration))\\b`,
      ),
    },
    {
      rule: 'sponsored',
      re: /\b(?:this is|this was|this has been|this is part of)\s+an?\s+(?:sponsored|paid)\s+(?:post|article|review|story|content|video|collaboration|partnership|campaign|conversation)\b/,
    },
    {
      rule: 'sponsored',
      re: new RegExp(
        `${THIS_CONTENT}\\s+(?:contains|includes)\\s+(?:paid|sponsored)\\s+(?:content|promotion|placement)`,
      ),
    },
    {
      rule: 'sponsored',
      re: /\b(?:i|we)\s+(?:was|were|am|are|have been|had been)\s+(?:\w+\s+)?(?:compensated|sponsored)\b/,
    },
    // "We were paid" alone is too common in quotations; paid to write or review is not.
    {
      rule: 'sponsored',
      re: /\b(?:i|we)\s+(?:was|were|have been|had been)\s+paid\s+(?:by\s+\S+\s+)?(?:to\s+(?:write|review|feature|promote|create)|for\s+(?:this|my|our)\b)/,
    },
    {
      rule: 'sponsored',
      re: /\b(?:i|we)\s+(?:have\s+|may\s+|might\s+)?(?:received|receive|was given|were given)\s+(?:\w+\s+)?(?:compensation|payment)\s+(?:from|for|to)\b/,
    },
    {
      rule: 'sponsored',
      re: /\b(?:i|we)\s+(?:\w+\s+)?(?:received|was sent|were sent|was given|were given|was provided|were provided)\b.{0,80}\b(?:free of charge|for free|complimentary|in exchange for|for (?:the purpose of )?(?:this )?review|compensation)\b/,
    },
    { rule: 'sponsored', re: /\b(?:thanks?|thank you)\s+(?:so much\s+)?to\s+.{1,60}\bfor\s+sponsoring\b/ },
    {
      rule: 'sponsored',
      re: /\bsponsoring\s+(?:this|today's|my|our)\s+(?:[\w'-]+\s+){0,2}?(?:post|video|episode|podcast|article|content|giveaway|review|newsletter)\b/,
    },
    { rule: 'sponsored', re: /\bmaterial connection\b/, also: [/\b(?:we|i|our|my|this)\b/] },
    { rule: 'sponsored', re: /(?:^|\s)#(?:ad|sponsored|spon|paidpartnership)(?:\s|$)/ },
    // The label heading a post ("Paid partnership with Acme"), or the page saying it of itself; not a story about the label.
    {
      rule: 'paid-partnership',
      re: /^\W*(?:this is an? |in )?paid (?:partnership|collaboration)\b|\b(?:this|our|my)\b.{0,40}\bpaid (?:partnership|collaboration)\b/,
    },
  ],
};
