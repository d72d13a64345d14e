/** Pairing the paragraphs of two language versions of one text: see README.md. */
export {
  ALIGNER_REVISION,
  alignVersions,
  type AlignableDocument,
  type AlignableParagraph,
  type Alignment,
  type AlignmentOptions,
  type AlignmentProblem,
  type ParagraphPair,
  type UserPair,
} from './align.ts';
export { DEFAULT_PARAMETERS, type AlignmentParameters } from './parameters.ts';
export { languageOfText } from './language.ts';
export { fold, numbersIn } from './features.ts';
