export { NotesView } from './NotesView.tsx';
