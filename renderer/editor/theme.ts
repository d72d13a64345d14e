/** Class names Lexical puts on the note's elements; styled in editor.css. */
import type { EditorThemeClasses } from 'lexical';

export const noteTheme: EditorThemeClasses & { excerpt: string; pageBreak: string; decisionBlock: string } = {
  paragraph: 'ne-paragraph',
  heading: { h1: 'ne-h1', h2: 'ne-h2', h3: 'ne-h3', h4: 'ne-h4', h5: 'ne-h5', h6: 'ne-h6' },
  quote: 'ne-quote',
  link: 'ne-link',
  hr: 'ne-hr',
  hrSelected: 'ne-hr--selected',
  list: {
    ul: 'ne-ul',
    ol: 'ne-ol',
    listitem: 'ne-li',
    listitemChecked: 'ne-li--checked',
    listitemUnchecked: 'ne-li--unchecked',
    nested: { listitem: 'ne-li--nested' },
    checklist: 'ne-checklist',
  },
  table: 'ne-table',
  tableRow: 'ne-tr',
  tableCell: 'ne-td',
  tableCellHeader: 'ne-th',
  tableSelection: 'ne-table--selection',
  tableCellSelected: 'ne-td--selected',
  text: {
    bold: 'ne-bold',
    italic: 'ne-italic',
    underline: 'ne-underline',
    strikethrough: 'ne-strike',
    underlineStrikethrough: 'ne-underline-strike',
    code: 'ne-code',
    subscript: 'ne-sub',
    superscript: 'ne-sup',
  },
  excerpt: 'ne-excerpt',
  pageBreak: 'ne-page-break',
  decisionBlock: 'ne-decision-block',
};
