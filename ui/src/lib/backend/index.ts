import { createMockBackend } from './mock';
import { tauriBackend } from './tauri';
import type { Backend } from './types';

export { BackendError, isCacheError } from './types';
export type { AgentGender, Backend, BackendErrorCode, DemoAction, UiLanguage } from './types';

function inTauri(): boolean {
  return typeof window !== 'undefined' && '__TAURI_INTERNALS__' in window;
}

/**
 * `mock` builds, and `vite dev` in a plain browser, run on the in-memory backend. A
 * production build leaves it out: both tests are constant there, so the bundler drops the
 * mock's modules and the desktop app never parses them.
 */
export const usingMock: boolean =
  import.meta.env.VITE_BACKEND === 'mock' || (import.meta.env.DEV && !inTauri());

export const backend: Backend = usingMock
  ? createMockBackend({ search: typeof location === 'undefined' ? '' : location.search })
  : tauriBackend;
