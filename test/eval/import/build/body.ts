/**
 * The document's own text as HTML, in the styles real sites use: headings as h2/h3 or bold
 * paragraphs, printed numbers inline, in a span or as an ordered list, lettered items nested,
 * footnotes as superscripts with a list at the end. Site furniture is added by the page layouts.
 */
import type { Doc } from './model.ts';
import { escapeHtml, headingText, inlineHtml, markerText } from './model.ts';

export interface BodyStyle {
  heading?: 'h2' | 'h3' | 'strong' | 'h4';
  /**
   * How printed paragraph numbers appear: in the text, in a span, as `<li value>` items, as
   * `<ol start>` runs broken by every unnumbered block (and restarted after it), in a cell of
   * their own (`<td>1.</td><td>text</td>`), alone in a `<p>` above their text, or bare ("7", no
   * full stop) in a span beside a `<div>` of text, as some content systems print them; 'br':
   * inline, every block in one `<div>` broken by single `<br>`s; 'tight': inline with no space
   * after the number ("2.We will …").
   */
  numbers?: 'inline' | 'span' | 'ol' | 'ol-start' | 'table' | 'alone' | 'divs' | 'br' | 'tight';
  /** 'close': lettered and roman items print "a)", "ii)" (French typing) instead of "(a)". */
  letters?: string;
  /** Text glued before the first paragraph (a wire dateline). */
  dateline?: string;
  /** Soft hyphens inserted in long words (for print). */
  softHyphens?: boolean;
  /** Footnote references and the note list. */
  /** 'after': each note printed right after the paragraph citing it, under a typed rule (print). */
  notes?: 'sup' | 'none' | 'after';
  notesHeading?: string;
}

export function bodyHtml(doc: Doc, style: BodyStyle = {}): string {
  const heading = style.heading ?? 'h2';
  const numbers = style.numbers ?? 'inline';
  const noteOrder: string[] = [];
  const ref = (n: string): string => {
    if (style.notes === 'none') return '';
    if (style.notes === 'after') return `<sup>${n}</sup>`;
    if (!noteOrder.includes(n)) noteOrder.push(n);
    return `<sup class="fn"><a href="#fn${n}" id="fnref${n}">${n}</a></sup>`;
  };
  const text = (raw: string): string => {
    const html = inlineHtml(raw, ref);
    return style.softHyphens ? softHyphenate(html) : html;
  };
  const out: string[] = [];
  let runIn: string | null = null;
  let first = true;
  // Ordered-list state (numbers: 'ol'): inside a numbered item, inside its lettered list.
  let inItem = false;
  let inSub = false;
  const closeSub = (): void => {
    if (inSub) out.push('</ol>');
    inSub = false;
  };
  const closeItems = (): void => {
    closeSub();
    if (inItem) out.push('</li></ol>');
    inItem = false;
  };
  // `<ol start>` and table state: the number the open list would print next; an open table.
  let nextInRun: number | null = null;
  let inTable = false;
  const closeRun = (): void => {
    if (nextInRun !== null) out.push('</ol>');
    nextInRun = null;
    if (inTable) out.push('</tbody></table>');
    inTable = false;
  };
  const pending: string[] = [];
  const flushNotes = (): void => {
    if (style.notes !== 'after' || pending.length === 0) return;
    const notes = pending
      .splice(0)
      .map((n) => `<p class="fn-text"><sup>${n}</sup> ${inlineHtml(doc.footnotes.get(n) ?? '', () => '')}</p>`);
    out.push(`<div class="fn-block"><p class="fn-rule">__________________</p>${notes.join('')}</div>`);
  };
  for (const block of doc.blocks) {
    flushNotes();
    if (block.type === 'paragraph' && style.notes === 'after') pending.push(...block.notes);
    if (block.type === 'heading') {
      closeItems();
      closeRun();
      if (block.runIn) {
        runIn = block.text.endsWith('.') ? block.text : `${block.text}.`;
        continue;
      }
      const h = escapeHtml(headingText(block));
      out.push(heading === 'strong' ? `<p><strong>${h}</strong></p>` : `<${heading}>${h}</${heading}>`);
      continue;
    }
    if (block.type === 'formula') {
      closeItems();
      closeRun();
      out.push(`<p class="formula"><em>${text(block.text)}</em></p>`);
      continue;
    }
    let inner = text(block.text);
    if (first && style.dateline) inner = `${escapeHtml(style.dateline)} ${inner}`;
    first = false;
    if (runIn !== null) {
      inner = `<strong>${escapeHtml(runIn)}</strong> ${inner}`;
      runIn = null;
    }
    const marker = markerText(block, style.letters);
    if (numbers === 'ol-start') {
      if (block.marker !== null && block.depth === 0 && !block.quote) {
        const n = Number(block.marker);
        if (nextInRun !== n) {
          closeRun();
          out.push(n === 1 ? '<ol class="paras">' : `<ol class="paras" start="${n}">`);
        }
        out.push(`<li>${inner}</li>`);
        nextInRun = n + 1;
        continue;
      }
      closeRun();
    }
    if (numbers === 'table') {
      if (!inTable) out.push('<table class="paras"><tbody>');
      inTable = true;
      const cell = block.quote ? `<blockquote><p>${inner}</p></blockquote>` : `<p>${inner}</p>`;
      out.push(`<tr><td class="num">${escapeHtml(marker)}</td><td>${cell}</td></tr>`);
      continue;
    }
    if (numbers === 'divs' && block.marker !== null) {
      const bare = block.depth === 0 ? block.marker : `(${block.marker})`;
      out.push(
        `<div class="para level-${block.depth}"><span class="para-num">${escapeHtml(bare)}</span><div>${inner}</div></div>`,
      );
      continue;
    }
    if (numbers === 'alone' && block.marker !== null && block.depth === 0) {
      out.push(`<p class="num">${escapeHtml(marker)}</p>`, `<p>${inner}</p>`);
      continue;
    }
    if (block.quote) {
      closeItems();
      out.push(`<blockquote><p>${inner}</p></blockquote>`);
      continue;
    }
    if (numbers === 'ol' && block.marker !== null && block.depth === 0) {
      closeSub();
      out.push(
        inItem
          ? `</li><li value="${block.marker}"><p>${inner}</p>`
          : `<ol class="paras"><li value="${block.marker}"><p>${inner}</p>`,
      );
      inItem = true;
      continue;
    }
    if (numbers === 'ol' && inItem && block.marker !== null) {
      if (!inSub) out.push('<ol type="a">');
      inSub = true;
      out.push(`<li>${block.depth === 2 ? `(${block.marker}) ` : ''}${inner}</li>`);
      continue;
    }
    if (numbers === 'ol' && inItem) {
      closeSub();
      out.push(block.bullet ? `<ul><li>${inner}</li></ul>` : `<p>${inner}</p>`);
      continue;
    }
    closeItems();
    if (block.bullet) {
      out.push(`<ul><li>${inner}</li></ul>`);
      continue;
    }
    const cls = block.depth > 0 ? ` class="item level-${block.depth}"` : '';
    if (marker === '') out.push(`<p>${inner}</p>`);
    else if (numbers === 'span') out.push(`<p${cls}><span class="num">${marker}</span> ${inner}</p>`);
    else out.push(`<p${cls}>${marker}${numbers === 'tight' && block.depth === 0 ? '' : ' '}${inner}</p>`);
  }
  flushNotes();
  closeItems();
  closeRun();
  if (numbers === 'br') {
    // One <div> of text: paragraphs and items as lines; headings still their own elements.
    const html = out.join('\n').replace(/<\/p>\n<p( class="[^"]*")?>/g, '<br>');
    out.splice(0, out.length, html.replace(/<p( class="[^"]*")?>/g, '<div class="text">').replace(/<\/p>/g, '</div>'));
  }
  if (noteOrder.length > 0 && style.notes !== 'after') {
    if (style.notesHeading) out.push(`<h3 class="notes-title">${escapeHtml(style.notesHeading)}</h3>`);
    out.push('<ol class="footnotes">');
    for (const n of noteOrder) {
      out.push(`<li id="fn${n}" value="${n}">${inlineHtml(doc.footnotes.get(n) ?? '', () => '')}</li>`);
    }
    out.push('</ol>');
  }
  return out.join('\n').replace(/<\/ul>\n<ul>/g, '\n');
}

/** Soft hyphens in words of 12+ letters, so that print layouts break some lines inside words. */
export function softHyphenate(html: string): string {
  return html.replace(/(>|^)([^<]*)/g, (_m, open: string, textPart: string) => {
    return (
      open +
      textPart.replace(/\p{L}{12,}/gu, (word) => {
        const cut = Math.floor(word.length / 2);
        return `${word.slice(0, cut)}\u00ad${word.slice(cut)}`;
      })
    );
  });
}
