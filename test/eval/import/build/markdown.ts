/**
 * Markdown as people get it: a web clipper's note (YAML front matter, the page's lines kept),
 * a converter's output (`# Title`, `**1. Run-in heading.** text`, "###" at the end) and a
 * desk officer's notes file ("Source :" lines, a quoted intro). Some files separate blocks with
 * lines holding only no-break spaces, as pages converted from `<p>&nbsp;</p>` spacers do.
 */
import type { Doc } from './model.ts';
import { headingText, markerText } from './model.ts';

export interface MarkdownFile {
  text: string;
  cruft: string[];
}

const NBSP_LINE = '\u00a0\u00a0';

export function markdown(doc: Doc): MarkdownFile {
  const o = doc.opts;
  const style = doc.layout;
  const cruft: string[] = [];
  const lines: string[] = [];
  if (o.dateline) cruft.push(o.dateline);
  // Pages converted from `<p>&nbsp;</p>` spacers separate blocks by a line of no-break spaces
  // alone, with no blank line: to a Markdown parser that line is text, not a break.
  const separator = o.nbsp === 'yes' ? [NBSP_LINE] : [''];
  const push = (...block: string[]): void => {
    lines.push(...block, ...separator);
  };
  if (style === 'clipper') {
    lines.push('---');
    lines.push(`title: "${(o.h1 ?? doc.title).replace(/"/g, '\\"')}"`);
    lines.push(`source: "${o.source ?? 'https://example.org/'}"`);
    if (o.author) lines.push(`author:\n  - "[[${o.author}]]"`);
    lines.push(`published: ${o.published ?? ''}`);
    lines.push(`created: ${o.created ?? '2025-06-02'}`);
    lines.push(`description: "${(o.description ?? '').replace(/"/g, '\\"')}"`);
    lines.push('tags:\n  - "clippings"');
    lines.push('---');
    lines.push('');
    cruft.push('clippings');
    if (o.source) cruft.push(o.source);
  }
  if (style === 'notes') {
    push(`# ${o.h1 ?? doc.title}`);
    const meta = (o.meta ?? '').split(' / ').filter(Boolean);
    if (meta.length > 0) {
      push(...meta.map((m) => `${m}  `));
      cruft.push(...meta);
    }
  } else if (style === 'pandoc' || o.heading1 === 'yes') {
    push(`# ${o.h1 ?? doc.title}`);
    if (o.subtitle) {
      push(`*${o.subtitle}*`);
      cruft.push(o.subtitle);
    }
  }
  for (const line of (o.pre ?? '').split(' / ').filter(Boolean)) {
    push(line);
    cruft.push(line.replace(/[*_>#]/g, '').trim());
  }
  if (o.intro) {
    push(style === 'notes' ? `> ${o.intro}` : `*${o.intro}*`);
    cruft.push(o.intro);
  }
  let runIn: string | null = null;
  let first = true;
  for (const block of doc.blocks) {
    if (block.type === 'heading') {
      if (block.runIn) runIn = block.text.endsWith('.') ? block.text : `${block.text}.`;
      else push(`${o.headingLevel ?? '##'} ${headingText(block)}`);
      continue;
    }
    if (block.type === 'formula') {
      push(`*${block.text}*`);
      continue;
    }
    let text = block.text;
    if (first && o.dateline) text = `${o.dateline} ${text}`;
    first = false;
    if (runIn !== null) {
      text = `**${runIn}** ${text}`;
      runIn = null;
    }
    const marker = markerText(block, o.letters);
    if (block.bullet) push(`- ${text}`);
    else if (block.quote) push(`> ${text}`);
    else if (marker === '') push(text);
    else if (block.depth === 0) push(`${marker} ${text}`);
    else push(`${block.depth === 2 ? '    ' : '  '}${marker} ${text}`);
  }
  if (doc.footnotes.size > 0) {
    for (const [n, note] of doc.footnotes) lines.push(`[^${n}]: ${note}`);
    lines.push('');
  }
  for (const line of (o.post ?? '').split(' / ').filter(Boolean)) {
    push(line);
    cruft.push(line === '###' || line === '-30-' ? line : line.replace(/[*_>#[\]]/g, '').trim());
  }
  return {
    text: `${lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()}\n`,
    cruft,
  };
}
