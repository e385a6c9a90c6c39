/**
 * French disclosure phrases: liens affiliés / d'affiliation, commission sur les achats, Partenaire Amazon, contenu
 * sponsorisé. "Publicité", "Sponsorisé" and "Liens sponsorisés" alone are ad labels.
 */
import type { DisclosurePhrases } from './types';

const SELF = /\b(?:nous|je|notre|nos|mon|mes|cet|cette|ce|ces|contient|contiennent|peut|peuvent|certains)\b/;

export const FR: DisclosurePhrases = {
  lang: 'fr',
  thisContent:
    /\b(?:cet|cette|ce|ces|les liens? ci-dessous|ci-dessous)\s*(?:[\w'-]+\s+){0,2}?(?:article|billet|post|vidéo|podcast|épisode|contenu|test|page|liens?|offres?|produits?)\b/,
  trigger: /affili|commission|rémunér|partenaire|sponsoris|parrain|publi/i,
  patterns: [
    {
      rule: 'affiliate-links',
      re: /\bliens?\s+(?:d'affiliation|affiliés?|affiliation|partenaires? rémunérés?)/,
      also: [SELF],
    },
    {
      rule: 'commission',
      re: /\b(?:percevoir|percevons|percevra|perçoit|perçois|toucher|touchons|touche|recevoir|recevons|reçoit|reçois|gagnons|obtenir|obtenons)\s+(?:une\s+)?(?:petite\s+|légère\s+)?(?:commission|rémunération)/,
    },
    { rule: 'commission', re: /\bsans (?:aucun )?(?:frais|coût|surcoût) supplémentaires? pour vous\b/ },
    {
      rule: 'amazon-associates',
      re: /\b(?:en (?:tant que|qualité de) partenaire amazon|achats remplissant les conditions requises)/,
    },
    {
      rule: 'sponsored',
      re: /\b(?:cet|cette|ce)\s+(?:[\w'-]+\s+){0,2}?(?:article|billet|post|vidéo|podcast|épisode|contenu|test)\s+(?:est|a été)\s+(?:\w+\s+)?(?:sponsorisée?|parrainée?|financée?|rémunérée?|réalisée? en partenariat)/,
    },
    {
      rule: 'sponsored',
      re: /\b(?:ceci est|il s'agit d')\s*(?:un|une)\s+(?:article|billet|contenu|publication)\s+(?:sponsorisée?|rémunérée?|publi-?rédactionnel)/,
    },
    { rule: 'paid-partnership', re: /\b(?:partenariat|collaboration)\s+rémunérée?/ },
  ],
};
