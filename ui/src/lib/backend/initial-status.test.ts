import { afterEach, describe, expect, it, vi } from 'vitest';

describe("the shell's initial status", () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is handed out once: a reload or a second reader asks the backend', async () => {
    vi.stubGlobal('window', { __POLYDESK_INITIAL_STATUS__: { case_count: 3, ui_language: 'pt-BR' } });
    const { tauriBackend } = await import('./tauri');
    expect(tauriBackend.initial_status()).toEqual({ case_count: 3, ui_language: 'pt-BR' });
    expect(tauriBackend.initial_status()).toBeNull();
  });

  it('is null when the shell could not read the cache', async () => {
    vi.stubGlobal('window', {});
    const { tauriBackend } = await import('./tauri');
    expect(tauriBackend.initial_status()).toBeNull();
  });
});
