/**
 * Italian disclosure phrases: link di affiliazione, commissione sugli acquisti, Affiliato Amazon, contenuto
 * sponsorizzato. "Pubblicità" and "Sponsorizzato" alone are ad labels.
 */
import type { DisclosurePhrases } from './types';

const SELF = /\b(?:questo|questa|questi|queste|contiene|contengono|può|possono|alcuni|nostro|nostri|noi|mio|miei|ci)\b/;

export const IT: DisclosurePhrases = {
  lang: 'it',
  thisContent:
    /\b(?:questo|questa|questi|queste|i seguenti|le seguenti)\s+(?:[\w-]+\s+){0,2}?(?:articolo|post|video|podcast|episodio|contenuto|pagina|link|offerte?|prodotti)\b/,
  trigger:
    /affiliat|affiliazion|commission|sponsorizzat|collaborazione|costi aggiuntivi|costo aggiuntivo|acquisti idonei/i,
  patterns: [
    { rule: 'affiliate-links', re: /\blink\s+(?:di\s+affiliazione|affiliat[io])\b/, also: [SELF] },
    {
      rule: 'commission',
      re: /\b(?:riceviamo|ricevo|ricevere|riceveremo|guadagniamo|guadagno|percepiamo|otteniamo|ottenere)\s+(?:una\s+)?(?:piccola\s+)?(?:commissione|percentuale)/,
    },
    { rule: 'commission', re: /\bsenza (?:alcun )?(?:costo|costi) (?:aggiuntiv[oi]|extra) per (?:te|voi|lei)\b/ },
    {
      rule: 'amazon-associates',
      re: /\b(?:in qualità di affiliato amazon|come affiliato amazon|dagli acquisti idonei)/,
    },
    {
      rule: 'sponsored',
      re: /\b(?:questo|questa)\s+(?:[\w-]+\s+){0,2}?(?:articolo|post|video|podcast|episodio|contenuto)\s+(?:è|e'|è stato|è stata)\s+(?:\w+\s+)?(?:sponsorizzat[oa]|realizzat[oa] in collaborazione|finanziat[oa])/,
    },
    { rule: 'paid-partnership', re: /\bcollaborazione\s+(?:retribuita|a pagamento|sponsorizzata)\b/ },
  ],
};
