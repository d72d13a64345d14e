export { TagsView } from './TagsView.tsx';
