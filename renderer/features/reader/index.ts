export { ReaderView } from './ReaderView.tsx';
export { paragraphExcerpt, writeExcerptToDataTransfer } from './excerpt-transfer.ts';
