/** Helpers for the app's keyboard shortcuts. */

/** Whether a key press belongs to a text field (single-letter shortcuts must not fire there). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable="true"], [contenteditable=""]')) return true;
  return false;
}

/** A plain key: no Ctrl, Alt or Meta (Shift allowed, for `?` and capitals). */
export function isPlainKey(event: KeyboardEvent | React.KeyboardEvent): boolean {
  return !event.ctrlKey && !event.altKey && !event.metaKey;
}

/** The first thing in `root` that takes keyboard focus (or null). */
export function firstFocusable(root: Element): HTMLElement | null {
  return root.querySelector<HTMLElement>(
    'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), [contenteditable="true"]',
  );
}

/** Focuses an element that may not be focusable by itself (a heading, a region). */
export function focusElement(element: HTMLElement | null, options: FocusOptions = {}): boolean {
  if (!element) return false;
  if (!element.hasAttribute('tabindex') && element.tabIndex < 0) element.setAttribute('tabindex', '-1');
  element.focus(options);
  return document.activeElement === element;
}

let keyboardModality = false;
if (typeof window !== 'undefined') {
  window.addEventListener('keydown', () => (keyboardModality = true), true);
  window.addEventListener('pointerdown', () => (keyboardModality = false), true);
}

/**
 * Whether the user's last action was a key press: focus moved for them then shows its ring;
 * after a click (or on first load) it moves quietly, as the browser's own focus does.
 */
export function lastInputWasKeyboard(): boolean {
  return keyboardModality;
}
