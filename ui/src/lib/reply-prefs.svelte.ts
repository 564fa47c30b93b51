// Composer state shared across components: the agent's gender as last known (settings
// and the composer's prefilled args), and the macro library's version (bumped when the
// team pack changes) with the macro list cached per title language.
import { backend } from './backend';
import { AGENT_GENDERS } from './generated/choices';
import type { AgentGender } from './backend/types';
import type { MacroSummary } from './generated/MacroSummary';
import type { ReplyLanguage } from './generated/ReplyLanguage';

export const replyPrefs = $state<{ agentGender: AgentGender | null; macrosVersion: number }>({
  agentGender: null,
  macrosVersion: 0,
});

// A plain cache: nothing renders from it directly (the version above is what re-runs effects).
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const cache = new Map<string, Promise<MacroSummary[]>>();

/** The macro library changed (team pack folder chosen, or its files edited). */
export function macrosChanged(): void {
  cache.clear();
  replyPrefs.macrosVersion++;
}

/** Every macro with its title in `lang`, fetched once per library version. */
export function loadMacros(lang: ReplyLanguage): Promise<MacroSummary[]> {
  const key = `${replyPrefs.macrosVersion}:${lang}`;
  let list = cache.get(key);
  if (!list) {
    list = backend.list_macros({ lang });
    cache.set(key, list);
    // A failure is not cached: the next open tries again.
    list.catch(() => cache.delete(key));
  }
  return list;
}

export function isAgentGender(value: string | null | undefined): value is AgentGender {
  return (AGENT_GENDERS as readonly (string | null | undefined)[]).includes(value);
}
