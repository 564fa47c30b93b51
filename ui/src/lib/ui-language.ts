// The agent picks another UI language (in Settings): it shows at once, then the backend keeps
// it; if that fails, the language before comes back.
import { backend, BackendError } from './backend';
import type { WorkspaceStatus } from './generated/WorkspaceStatus';
import { setUiLanguage, uiLanguage, type UiLanguage } from './i18n/index.svelte';

/** Switch the UI to `tag`; `onsaved` gets the workspace status once the backend has it. */
export async function switchUiLanguage(tag: UiLanguage, onsaved: (status: WorkspaceStatus) => void): Promise<void> {
  const previous = uiLanguage();
  setUiLanguage(tag);
  try {
    const next = await backend.set_ui_language({ tag });
    setUiLanguage(next.ui_language);
    onsaved(next);
  } catch (e) {
    console.warn('set_ui_language failed', BackendError.from(e).code);
    setUiLanguage(previous);
  }
}
