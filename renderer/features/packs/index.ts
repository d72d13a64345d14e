export { PacksView } from './PacksView.tsx';
