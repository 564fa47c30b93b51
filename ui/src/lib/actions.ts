// Small DOM behaviours, attached with `use:`.
import type { Action } from 'svelte/action';

/** Calls `handler` on a pointer press outside `node` (closing popovers). */
export const clickOutside: Action<HTMLElement, () => void> = (node, handler) => {
  let current = handler;
  const onPointerDown = (e: PointerEvent) => {
    if (e.target instanceof Node && !node.contains(e.target)) current();
  };
  document.addEventListener('pointerdown', onPointerDown, true);
  return {
    update(next) {
      current = next;
    },
    destroy() {
      document.removeEventListener('pointerdown', onPointerDown, true);
    },
  };
};

/** Calls `handler` when `node` itself (not a child) is clicked: modal backdrops. */
export const clickSelf: Action<HTMLElement, () => void> = (node, handler) => {
  let current = handler;
  const onClick = (e: MouseEvent) => {
    if (e.target === node) current();
  };
  node.addEventListener('click', onClick);
  return {
    update(next) {
      current = next;
    },
    destroy() {
      node.removeEventListener('click', onClick);
    },
  };
};

/**
 * Links inside message bodies must not navigate the app's own webview away. They
 * keep their href (visible on hover) but a click does nothing here.
 */
export const inertLinks: Action<HTMLElement> = (node) => {
  const onClick = (e: MouseEvent) => {
    if (e.target instanceof Element && e.target.closest('a')) e.preventDefault();
  };
  node.addEventListener('click', onClick);
  return {
    destroy() {
      node.removeEventListener('click', onClick);
    },
  };
};
