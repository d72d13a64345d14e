export { ReaderView } from './ReaderView.tsx';
