// The team macro pack folder on disk: when it changes, the macro picker and Settings reload.
import { backend } from './backend';
import { macrosChanged } from './reply-prefs.svelte';

/** Follow changes to the team macro pack until the function it returns is called. */
export function followMacroPack(): () => void {
  let unlisten: (() => void) | null = null;
  let gone = false;
  backend.listen('macros-changed', macrosChanged).then(
    (off) => {
      if (gone) off();
      else unlisten = off;
    },
    (e: unknown) => console.warn('macros-changed listener failed', e),
  );
  return () => {
    gone = true;
    unlisten?.();
  };
}
