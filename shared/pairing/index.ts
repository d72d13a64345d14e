export {
  alignVersions,
  DEFAULT_PARAMETERS,
  type AlignableDocument,
  type AlignableParagraph,
  type Alignment,
  type AlignmentParameters,
  type AlignmentProblem,
  type ParagraphPair,
} from './align.ts';
export { languageOfText } from './language.ts';
