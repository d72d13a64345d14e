/** Escaping for the print HTML: every piece of library text goes through these. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );
}

/**
 * A CSS string literal (for `content:` in @page margin boxes), safe inside a `<style>` element:
 * every character that could end the string, the rule or the element (quotes, backslash, `<`,
 * `>`, `&`, braces, semicolons, `/`, `*`) is written as a CSS hex escape, and control characters
 * (which the HTML parser or CSS may treat specially) become spaces. Letters, digits, spaces and
 * plain punctuation stay as they are, so the stylesheet stays readable.
 */
export function cssString(text: string): string {
  const body = text
    .replace(/\p{Cc}|[\u2028\u2029]/gu, ' ')
    .replace(/[^\p{L}\p{N}\p{Zs}.,:!?()’–—_-]/gu, (c) => `\\${(c.codePointAt(0) as number).toString(16)} `);
  return `"${body}"`;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed. */
export function htmlText(fragment: string): string {
  return fragment
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity: string, body: string) => {
      if (body[0] === '#') {
        const code = body[1]?.toLowerCase() === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
        return Number.isFinite(code) ? String.fromCodePoint(code) : entity;
      }
      return NAMED[body.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every h1–h6 of a document, in order, with its id when it has one (what Chromium bookmarks). */
export function htmlHeadings(html: string): Array<{ id: string | undefined; text: string }> {
  const headings: Array<{ id: string | undefined; text: string }> = [];
  for (const match of html.matchAll(/<h([1-6])\b([^>]*)>([\s\S]*?)<\/h\1\s*>/gi)) {
    const id = /\bid="([^"]*)"/.exec(match[2] ?? '')?.[1];
    headings.push({ id, text: htmlText(match[3] ?? '') });
  }
  return headings;
}
