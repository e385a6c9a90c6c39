/**
 * German disclosure phrases (Werbekennzeichnung): Affiliate-/Provisions-Links, Provision bei Kauf, Amazon-Partner,
 * gesponserte Beiträge. "Anzeige" and "Werbung" alone are ad labels; "Kooperation mit" alone is business news.
 */
import type { DisclosurePhrases } from './types';

const SELF =
  /\b(?:wir|ich|uns|unser\w*|mein\w*|dies\w*|enthält|enthalten|sind|ist|markiert|gekennzeichnet|kann|können|einige)\b|\*/;

export const DE: DisclosurePhrases = {
  lang: 'de',
  thisContent:
    /\b(?:dies(?:er|e|es|em|en)?|die folgenden|folgende|obige|unten stehende)\s+(?:[\w-]+\s+){0,2}?(?:beitrags?|artikels?|posts?|blogposts?|videos?|podcasts?|folge|tests?|texts?|angebote?|links|produkte?)\b/,
  trigger: /affiliate|provision|partner|werbung|gesponsert|sponsor|kooperation|vergütung|kosten/i,
  patterns: [
    { rule: 'affiliate-links', re: /\b(?:affiliate|provisions|partner|empfehlungs|werbe)-?\s?links?\b/, also: [SELF] },
    {
      rule: 'commission',
      re: /\b(?:erhalten|erhalte|bekommen|bekomme|verdienen|verdiene|kassieren)\b.{0,60}\b(?:provision|kommission|vergütung|kleinen anteil)/,
      also: [/\b(?:kauf\w*|link\w*|bestell\w*|klick\w*|einkauf\w*)/],
    },
    {
      rule: 'commission',
      re: /\b(?:ohne (?:dass )?(?:für (?:dich|sie|euch) )?(?:zusätzliche|weitere|mehr)\s*kosten|(?:dir|ihnen|euch) entstehen (?:dabei |dadurch )?keine (?:zusätzlichen |weiteren |extra )?kosten)/,
    },
    {
      rule: 'amazon-associates',
      re: /\b(?:als amazon-partner verdien|amazon-?partner(?:programm|net)|an qualifizierten (?:verkäufen|käufen))/,
    },
    {
      rule: 'sponsored',
      re: /\b(?:dieser|diese|dieses|der folgende|unser|mein)\s+(?:[\w-]+\s+){0,2}?(?:beitrag|artikel|post|blogpost|video|podcast|folge|test|text)\s+(?:ist|wurde|wird)\s+(?:\w+\s+)?(?:gesponsert|bezahlt|finanziert|unterstützt von)/,
    },
    {
      rule: 'sponsored',
      re: /\b(?:dieser|diese|dieses|der|das)\s+(?:[\w-]+\s+){0,2}?(?:beitrag|artikel|post|video)\s+enthält\s+(?:bezahlte\s+)?werbung\b/,
    },
    {
      rule: 'paid-partnership',
      re: /\b(?:bezahlte|entgeltliche|bezahlter|entgeltlicher)\s+(?:kooperation|partnerschaft|werbepartnerschaft)\b/,
    },
  ],
};
