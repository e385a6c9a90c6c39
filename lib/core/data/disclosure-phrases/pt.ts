/**
 * Portuguese disclosure phrases: links de afiliado, comissão por compras, Associado da Amazon, conteúdo patrocinado.
 * "Publicidade" and "Patrocinado" alone are ad labels.
 */
import type { DisclosurePhrases } from './types';

const SELF = /\b(?:este|esta|estes|estas|contém|contêm|pode|podem|alguns|nosso|nossos|nós|meu|meus)\b/;

export const PT: DisclosurePhrases = {
  lang: 'pt',
  thisContent:
    /\b(?:este|esta|estes|estas|os seguintes|as seguintes)\s+(?:[\w-]+\s+){0,2}?(?:artigo|post|vídeo|video|podcast|episódio|conteúdo|publicação|página|links?|ofertas?|produtos?)\b/,
  trigger: /afiliad|comiss|patrocin|parceria|publipost|custo adicional|compras qualificadas/i,
  patterns: [
    { rule: 'affiliate-links', re: /\blinks?\s+(?:de\s+)?afiliad[oa]s?\b/, also: [SELF] },
    {
      rule: 'commission',
      re: /\b(?:recebemos|recebo|receber|receberemos|ganhamos|ganho|ganhar|obtemos|obter)\s+(?:uma\s+)?(?:pequena\s+)?comiss[aã]o/,
    },
    { rule: 'commission', re: /\bsem (?:nenhum )?custo (?:adicional|extra) para (?:você|voce|ti|vocês)/ },
    { rule: 'amazon-associates', re: /\b(?:como associad[oa] da amazon|ganho com compras qualificadas)/ },
    {
      rule: 'sponsored',
      re: /\b(?:este|esta)\s+(?:[\w-]+\s+){0,2}?(?:artigo|post|vídeo|video|podcast|episódio|conteúdo|publicação)\s+(?:é|foi)\s+(?:\w+\s+)?(?:patrocinad[oa]|pag[oa]|financiad[oa])/,
    },
    { rule: 'paid-partnership', re: /\b(?:parceria|publicidade)\s+(?:paga|remunerada)\b|\bpublipost\b/ },
  ],
};
