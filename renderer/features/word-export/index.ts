export { ExportWordButton } from './ExportWordButton.tsx';
export { exportToWord, type WordTarget } from './useWordExport.ts';
export { WordTemplateSettings } from './WordTemplateSettings.tsx';
