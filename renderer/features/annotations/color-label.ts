import type { TFunction } from 'i18next';
import { DEFAULT_COLOR_LABELS, type HighlightColor } from '../../../shared/model/index.ts';

/**
 * A colour's meaning as the user reads it. The store holds the English defaults until the
 * user renames a colour; an untouched default is shown in the interface's language.
 */
export function colorLabel(color: HighlightColor | undefined, t: TFunction): string {
  if (!color) return '';
  return DEFAULT_COLOR_LABELS[color.key] === color.label ? t(`annotations.colors.${color.key}`) : color.label;
}
