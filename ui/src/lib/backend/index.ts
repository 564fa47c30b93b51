import { httpBackend } from './http';
import { tauriBackend } from './tauri';
import type { Backend } from './types';

export { BackendError, isCacheError } from './types';
export type { AgentGender, Backend, BackendErrorCode, DemoAction, UiLanguage } from './types';

/**
 * The test host's transport (`--mode testhost`: browser tests, `vite --mode testhost`)
 * or Tauri's. The desktop build has `VITE_BACKEND` unset, so the bundler drops the HTTP
 * transport and the app never carries it.
 */
export const usingTestHost: boolean = import.meta.env.VITE_BACKEND === 'http';

export const backend: Backend = usingTestHost ? httpBackend() : tauriBackend;
