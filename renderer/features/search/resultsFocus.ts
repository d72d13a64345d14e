import type { KeyboardEvent } from 'react';

/** Keyboard movement between the search box and the result links (a roving focus). */
const RESULT_SELECTOR = '.search-results .search-hit-link';

export function focusFirstResult(): void {
  // Results may still be arriving: try again on the next frames for a short while.
  let tries = 0;
  const attempt = () => {
    const first = document.querySelector<HTMLElement>(RESULT_SELECTOR);
    if (first) first.focus();
    else if (tries++ < 30) requestAnimationFrame(attempt);
  };
  attempt();
}

/** ArrowDown / ArrowUp / Home / End among the results; ArrowUp from the first, or Escape, returns to the box. */
export function onResultKeyDown(event: KeyboardEvent<HTMLElement>): void {
  const links = Array.from(document.querySelectorAll<HTMLElement>(RESULT_SELECTOR));
  const index = links.indexOf(event.currentTarget);
  const box = document.querySelector<HTMLInputElement>('.search-box-input');
  let target: HTMLElement | null | undefined;
  if (event.key === 'ArrowDown') target = links[Math.min(index + 1, links.length - 1)];
  else if (event.key === 'ArrowUp') target = index <= 0 ? box : links[index - 1];
  else if (event.key === 'Home') target = links[0];
  else if (event.key === 'End') target = links.at(-1);
  else if (event.key === 'Escape') target = box;
  if (!target) return;
  event.preventDefault();
  target.focus();
}
