export { FirstRunGuide } from './FirstRunGuide.tsx';
