/**
 * Spanish disclosure phrases: enlaces de afiliado, comisión por compras, Afiliado de Amazon, contenido patrocinado.
 * "Publicidad" and "Patrocinado" alone are ad labels.
 */
import type { DisclosurePhrases } from './types';

const SELF =
  /\b(?:este|esta|estos|estas|contiene|contienen|puede|pueden|algunos|nuestro|nuestros|nosotros|mi|mis|nos)\b/;

export const ES: DisclosurePhrases = {
  lang: 'es',
  thisContent:
    /\b(?:este|esta|estos|estas|los siguientes|las siguientes)\s+(?:[\w-]+\s+){0,2}?(?:artículo|post|entrada|vídeo|video|podcast|episodio|contenido|publicación|página|enlaces?|ofertas?|productos?)\b/,
  trigger: /afiliad|comisi|patrocin|colaboraci|coste adicional|costo adicional/i,
  patterns: [
    { rule: 'affiliate-links', re: /\b(?:enlaces?|links?|vínculos?)\s+(?:de\s+)?afiliad[oa]s?\b/, also: [SELF] },
    {
      rule: 'commission',
      re: /\b(?:recibimos|recibo|recibir|recibiremos|ganamos|gano|ganar|obtenemos|obtener|percibimos|percibir|llevamos|cobramos)\s+(?:una\s+)?(?:pequeña\s+)?comisi[oó]n/,
    },
    {
      rule: 'commission',
      re: /\bsin (?:ningún )?(?:coste|costo) (?:adicional|extra) para (?:ti|usted|vosotros|ustedes)\b/,
    },
    {
      rule: 'amazon-associates',
      re: /\b(?:en calidad de afiliad[oa] de amazon|como afiliad[oa] de amazon|compras adscritas que cumplen)/,
    },
    {
      rule: 'sponsored',
      re: /\b(?:este|esta)\s+(?:[\w-]+\s+){0,2}?(?:artículo|post|entrada|vídeo|video|podcast|episodio|contenido|publicación)\s+(?:es|está|ha sido|fue)\s+(?:\w+\s+)?(?:patrocinad[oa]|pagad[oa]|financiad[oa])/,
    },
    { rule: 'paid-partnership', re: /\bcolaboraci[oó]n\s+(?:pagada|remunerada|patrocinada)\b/ },
  ],
};
