import './search.css';

export { FindInDocument } from './FindInDocument.tsx';
export { SearchBox, isSearchShortcut } from './SearchBox.tsx';
export { SearchView, Snippet } from './SearchView.tsx';
