// The composer's check that a reply is written in its reply language: asked once typing
// pauses, and again just before sending when the last answer was for other text.
import { BackendError } from './backend/types';
import type { ReplyLanguage } from './generated/ReplyLanguage';

export const CHECK_DEBOUNCE_MS = 500;

/** The language `text` looks like it is in when that is not `lang` (null: it is, or can't tell). */
export type CheckLanguage = (args: { text: string; lang: ReplyLanguage }) => Promise<string | null>;

export class DraftLanguageCheck {
  /** The language the draft looks like it is in, when not the reply language. */
  mismatch = $state<string | null>(null);

  readonly #check: CheckLanguage;
  readonly #delay: number;
  #seq = 0;
  #timer: ReturnType<typeof setTimeout> | null = null;
  /** The language and text the last answer was for. */
  #checked = '';

  constructor(check: CheckLanguage, delay = CHECK_DEBOUNCE_MS) {
    this.#check = check;
    this.#delay = delay;
  }

  /** The draft changed: check it once typing pauses. A note or an empty draft has nothing to check. */
  schedule(text: string, lang: ReplyLanguage, skip: boolean): void {
    this.cancel();
    if (skip || text.trim() === '') {
      this.#seq++;
      this.mismatch = null;
      return;
    }
    this.#timer = setTimeout(() => void this.check(text, lang), this.#delay);
  }

  /** Whether the last answer was for this text in this language. */
  answered(text: string, lang: ReplyLanguage): boolean {
    return this.#checked === `${lang}\n${text}`;
  }

  /** Check now (a later check or change wins over this one). */
  async check(text: string, lang: ReplyLanguage): Promise<void> {
    this.cancel();
    const seq = ++this.#seq;
    let found: string | null = null;
    try {
      found = await this.#check({ text, lang });
    } catch (e) {
      console.warn('check_draft_language failed', BackendError.from(e).code);
    }
    if (seq !== this.#seq) return;
    this.mismatch = found;
    this.#checked = `${lang}\n${text}`;
  }

  /** Drop a check still waiting for typing to pause. */
  cancel(): void {
    if (this.#timer !== null) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
  }
}
