// Keyboard shortcuts: which key does what. Pure, so it can be tested without a DOM.

export type ShortcutAction = 'next' | 'prev' | 'open' | 'back' | 'focus-search' | 'toggle-help';

/** Where the key was pressed. */
export type KeyTarget =
  /** input, textarea, select, contenteditable: the user is typing. */
  | 'editable'
  /** A button or link: Enter/Space belong to it. */
  | 'control'
  | 'other';

export interface KeyInput {
  key: string;
  /** True while an input method (pinyin, dead keys...) is composing. */
  isComposing?: boolean;
  /** 229 is what browsers (WebKit in particular) report for keys an IME swallows. */
  keyCode?: number;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  target: KeyTarget;
}

/** Whether an input method is composing this key (it must never trigger anything). */
export function isImeComposing(e: Pick<KeyInput, 'isComposing' | 'keyCode'>): boolean {
  return e.isComposing === true || e.keyCode === 229;
}

/** The action for a keydown, or null when the key is left alone. */
export function shortcutFor(e: KeyInput): ShortcutAction | null {
  if (isImeComposing(e)) return null;
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  if (e.key === 'Escape') return 'back';
  // While typing, only Esc is ours.
  if (e.target === 'editable') return null;
  switch (e.key) {
    case 'j':
    case 'ArrowDown':
      return 'next';
    case 'k':
    case 'ArrowUp':
      return 'prev';
    case 'Enter':
      return e.target === 'control' ? null : 'open';
    case '/':
      return 'focus-search';
    case '?':
      return 'toggle-help';
    default:
      return null;
  }
}

/** Classify an event target for `shortcutFor`. */
export function keyTargetOf(target: EventTarget | null): KeyTarget {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return 'other';
  if (target.isContentEditable) return 'editable';
  const tag = target.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return 'editable';
  if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') return 'control';
  return 'other';
}

/** How the platform writes the command modifier in a key hint: `⌘` on Apple systems, else `Ctrl+`. */
export function modifierLabel(platform: string = typeof navigator === 'undefined' ? '' : navigator.platform): string {
  return /Mac|iPhone|iPad/.test(platform) ? '⌘' : 'Ctrl+';
}
