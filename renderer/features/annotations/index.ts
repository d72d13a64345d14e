export { AnnotationsPanel, annotationTitle } from './AnnotationsPanel.tsx';
export { highlightRangesByParagraph, segmentParagraph, type HighlightRange, type Segment } from './segments.ts';
export { PARAGRAPH_TEXT_CLASS, selectionToOffsets } from './selection.ts';
export { SelectionToolbar, type ToolbarRequest } from './SelectionToolbar.tsx';
export { useAnnotations, type AnnotationsState } from './useAnnotations.ts';
