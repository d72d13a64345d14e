import { createContext } from 'react';
import type { NoteLanguage } from '../../../shared/model/index.ts';

/**
 * The language of the note being edited, for what the editor writes itself: citation dates in
 * words ("September 26, 2024", "26 septembre 2024") and typography as one types.
 */
export const NoteLanguageContext = createContext<NoteLanguage>('en');
