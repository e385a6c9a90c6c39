/**
 * Japanese disclosure phrases: the statements Japan's rule on stealth marketing (景品表示法, from October 2023)
 * has publishers put on content with paid links ("本記事にはアフィリエイト広告が含まれています", "当サイトはアフィリ
 * エイトプログラムに参加しています", "本ページはプロモーションが含まれています"), and Amazon.co.jp's Associates statement
 * ("Amazonのアソシエイトとして、当メディアは適格販売により収入を得ています"). "広告" or "PR" alone are ad labels.
 * Japanese has no spaces: the patterns match inside the sentence, with no word boundaries.
 */
import type { DisclosurePhrases } from './types';

/** The statement speaks of the site, the page or what it holds. */
const SELF =
  /(?:本|この|当|弊)(?:記事|ページ|サイト|ブログ|メディア|コンテンツ|投稿|動画)|含(?:まれ|み|む|め)|利用して|参加して/;

export const JA: DisclosurePhrases = {
  lang: 'ja',
  thisContent: /(?:本|この)(?:記事|ページ|投稿|動画|エントリー)/,
  trigger: /アフィリエイト|アソシエイト|プロモーション|広告|適格販売|紹介料/,
  patterns: [
    { rule: 'affiliate-links', re: /アフィリエイト(?:広告|リンク|プログラム)/, also: [SELF] },
    { rule: 'amazon-associates', re: /amazon(?:\.co\.jp)?\s*の?\s*アソシエイト|適格販売により収入/ },
    {
      rule: 'sponsored',
      re: /(?:本|この|当)(?:記事|ページ|コンテンツ|投稿|動画)(?:に|で|内)?(?:は|も)?(?:広告|プロモーション|pr)(?:を|が)?(?:含|掲載)/,
    },
    { rule: 'commission', re: /紹介料を(?:受け取|得|いただ)/ },
  ],
};
