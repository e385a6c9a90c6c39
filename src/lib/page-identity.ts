/**
 * Which article a page is, whatever URL it was opened under. PLACEHOLDER: the annotations work replaces this
 * with tracking-parameter cleaning, rel=canonical, og:url and AMP handling. Keep the signature.
 */
export function canonicalUrl(doc: Document, url: string): string {
  const link = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  try {
    return new URL(link || url, url).href;
  } catch {
    return url;
  }
}
