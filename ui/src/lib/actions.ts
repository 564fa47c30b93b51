// Small DOM behaviours, attached with `use:`.
import type { Action } from 'svelte/action';
import { dragHasFiles } from './reply-files';

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

/** What `dropFiles` reports: files dragged over `node` (or not any more), and files dropped. */
export interface DropFilesHandlers {
  onover: (over: boolean) => void;
  ondrop: (files: File[]) => void;
}

/**
 * Files dropped onto `node` (dragged text or links are left alone). A drop inside never
 * opens the file in the webview. In the desktop app this needs Tauri's own drag-and-drop
 * handler off (`dragDropEnabled: false`), else it takes the drop first.
 */
export const dropFiles: Action<HTMLElement, DropFilesHandlers> = (node, handlers) => {
  let current = handlers;
  // dragenter/dragleave fire for every child crossed: count them to know when it left.
  let depth = 0;
  const hasFiles = (e: DragEvent) => dragHasFiles(e.dataTransfer?.types);
  const onEnter = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    if (depth++ === 0) current.onover(true);
  };
  const onOver = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
  };
  const onLeave = (e: DragEvent) => {
    if (!hasFiles(e) || depth === 0) return;
    if (--depth === 0) current.onover(false);
  };
  const onDrop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    current.onover(false);
    current.ondrop([...(e.dataTransfer?.files ?? [])]);
  };
  const events = [
    ['dragenter', onEnter],
    ['dragover', onOver],
    ['dragleave', onLeave],
    ['drop', onDrop],
  ] as const;
  for (const [type, fn] of events) node.addEventListener(type, fn);
  return {
    update(next) {
      current = next;
    },
    destroy() {
      for (const [type, fn] of events) node.removeEventListener(type, fn);
    },
  };
};

/**
 * Reports `node`'s `clientHeight` each time its size changes. A ResizeObserver tells once
 * the page is laid out; `bind:clientHeight` also reads the height as the element mounts,
 * which forces a layout of the whole page before its first frame.
 */
export const clientHeight: Action<HTMLElement, (height: number) => void> = (node, report) => {
  let current = report;
  const observer = new ResizeObserver(() => current(node.clientHeight));
  observer.observe(node);
  return {
    update(next) {
      current = next;
    },
    destroy() {
      observer.disconnect();
    },
  };
};
