import { describe, expect, it } from 'vitest';
import { isImeComposing, modifierLabel, shortcutFor, type KeyInput } from './shortcuts';

const key = (k: string, extra: Partial<KeyInput> = {}): KeyInput => ({ key: k, target: 'other', ...extra });

describe('shortcutFor', () => {
  it('maps the list keys', () => {
    expect(shortcutFor(key('j'))).toBe('next');
    expect(shortcutFor(key('k'))).toBe('prev');
    expect(shortcutFor(key('ArrowDown'))).toBe('next');
    expect(shortcutFor(key('ArrowUp'))).toBe('prev');
    expect(shortcutFor(key('Enter'))).toBe('open');
    expect(shortcutFor(key('Escape'))).toBe('back');
    expect(shortcutFor(key('/'))).toBe('focus-search');
    expect(shortcutFor(key('?', {}))).toBe('toggle-help');
  });

  it('leaves other keys and modified keys alone', () => {
    expect(shortcutFor(key('x'))).toBeNull();
    expect(shortcutFor(key('J'))).toBeNull();
    expect(shortcutFor(key('j', { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(key('k', { metaKey: true }))).toBeNull();
    expect(shortcutFor(key('/', { altKey: true }))).toBeNull();
  });

  it('only lets Esc through while typing in a field', () => {
    for (const k of ['j', 'k', 'Enter', '/', '?', 'ArrowDown']) {
      expect(shortcutFor(key(k, { target: 'editable' })), k).toBeNull();
    }
    expect(shortcutFor(key('Escape', { target: 'editable' }))).toBe('back');
  });

  it('leaves Enter to a focused button or link', () => {
    expect(shortcutFor(key('Enter', { target: 'control' }))).toBeNull();
    expect(shortcutFor(key('j', { target: 'control' }))).toBe('next');
  });

  it('never fires while an input method is composing (isComposing)', () => {
    // Pinyin: "j" starts a syllable, Enter commits it, Esc cancels it.
    for (const k of ['j', 'k', 'Enter', 'Escape', '/', '?']) {
      expect(shortcutFor(key(k, { isComposing: true })), k).toBeNull();
      expect(shortcutFor(key(k, { isComposing: true, target: 'editable' })), k).toBeNull();
    }
  });

  it('never fires for keyCode 229 (WebKit reports IME keys so, without isComposing)', () => {
    expect(shortcutFor(key('j', { keyCode: 229 }))).toBeNull();
    expect(shortcutFor(key('Process', { keyCode: 229 }))).toBeNull();
    // A Portuguese dead key (´ then a) arrives as "Dead", then composes.
    expect(shortcutFor(key('Dead'))).toBeNull();
    expect(shortcutFor(key('Escape', { keyCode: 229, target: 'editable' }))).toBeNull();
  });

  it('treats a plain keyCode as not composing', () => {
    expect(isImeComposing({ isComposing: false, keyCode: 74 })).toBe(false);
    expect(isImeComposing({ keyCode: 229 })).toBe(true);
    expect(isImeComposing({ isComposing: true })).toBe(true);
    expect(shortcutFor(key('j', { keyCode: 74, isComposing: false }))).toBe('next');
  });
});

describe('composer keys', () => {
  it('leaves Ctrl/Cmd chords (Ctrl+M, Ctrl+Enter) to the composer', () => {
    expect(shortcutFor(key('m', { ctrlKey: true, target: 'editable' }))).toBeNull();
    expect(shortcutFor(key('Enter', { metaKey: true, target: 'editable' }))).toBeNull();
    expect(shortcutFor(key('Enter', { ctrlKey: true }))).toBeNull();
  });

  it('writes the modifier the platform’s way', () => {
    expect(modifierLabel('MacIntel')).toBe('⌘');
    expect(modifierLabel('Linux x86_64')).toBe('Ctrl+');
    expect(modifierLabel('Win32')).toBe('Ctrl+');
  });
});
