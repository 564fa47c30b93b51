import { createMockBackend } from './mock';
import { tauriBackend } from './tauri';
import type { Backend } from './types';

export { BackendError, isCacheError } from './types';
export type { AgentGender, Backend, BackendErrorCode, DemoAction, UiLanguage } from './types';

function inTauri(): boolean {
  return typeof window !== 'undefined' && '__TAURI_INTERNALS__' in window;
}

/** `mock` builds, and `vite dev` in a plain browser, run on the in-memory backend. */
export const usingMock: boolean = import.meta.env.VITE_BACKEND === 'mock' || !inTauri();

export const backend: Backend = usingMock
  ? createMockBackend({ search: typeof location === 'undefined' ? '' : location.search })
  : tauriBackend;
