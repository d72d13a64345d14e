import './pairing.css';
/** Language versions paired paragraph by paragraph: the reader's pairing bar and side-by-side view. */
export { CrossAnnotationMarks } from './CrossAnnotationMarks.tsx';
export { PairingBar } from './PairingBar.tsx';
export { SideBySideView } from './SideBySideView.tsx';
export { useCrossAnnotations } from './useCrossAnnotations.ts';
export { usePairing, type PairingState } from './usePairing.ts';
export type { CrossAnnotation } from './cross-annotations.ts';
