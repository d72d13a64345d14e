import { describe, expect, it } from 'vitest';
import { NNBSP } from '../i18n/typography.ts';
import type { SerializedNoteNode } from './content-schema.ts';
import { dropEmptySections, printableContent } from './print-content.ts';
import { headingNode, paragraphNode, textNode } from './templates.ts';

const texts = (blocks: SerializedNoteNode[]) =>
  blocks.map(
    (b) => `${b.type === 'heading' ? `${String(b.tag)}:` : ''}${b.children?.map((c) => c.text ?? '').join('') ?? ''}`,
  );

describe('printable content', () => {
  it('drops headings left empty, with their blank paragraphs, keeping those a kept sub-heading needs', () => {
    const blocks = [
      headingNode('Purpose'),
      paragraphNode('Written.'),
      headingNode('Background'),
      paragraphNode(),
      paragraphNode(' '),
      headingNode('Considerations'),
      headingNode('Costs', 'h3'),
      paragraphNode('Some.'),
      headingNode('Risks', 'h3'),
      paragraphNode(),
      headingNode('Next steps'),
    ];
    expect(texts(dropEmptySections(blocks))).toEqual([
      'h2:Purpose',
      'Written.',
      'h2:Considerations',
      'h3:Costs',
      'Some.',
    ]);
  });

  it('typesets the author’s words across text runs, never an excerpt or code', () => {
    const paragraph = {
      ...paragraphNode(),
      children: [textNode('Il a dit "oui'), textNode('" ; enfin', 1), textNode(' "x"', 16)],
    };
    const excerpt = { type: 'excerpt', version: 1, text: 'Quoted "exactly"; here?' } as SerializedNoteNode;
    const content = printableContent({ root: { type: 'root', children: [paragraph, excerpt] } }, 'fr');
    const [printed, kept] = content.root.children ?? [];
    expect(printed?.children?.map((c) => c.text)).toEqual([
      `Il a dit «${NNBSP}oui`,
      `${NNBSP}»${NNBSP}; enfin`,
      ' "x"',
    ]);
    expect(kept).toBe(excerpt);
  });
});
