// The mock backend's language guesses: a customer locale to a reply language, and a
// crude detector for the draft language check (the real one lives on the Rust side).
import type { ReplyLanguage } from '../generated/ReplyLanguage';

/** `pt-BR`, `pt_PT`, `zh-CN`, `zh-TW`, `en-GB`... to the reply language it calls for. */
export function replyLanguageFor(locale: string | null, country: string | null): ReplyLanguage | null {
  if (!locale) return null;
  const [lang = '', region = ''] = locale.replace(/_/g, '-').split('-');
  switch (lang.toLowerCase()) {
    case 'en':
      return 'en';
    case 'pt': {
      const where = (region || country || '').toUpperCase();
      return where === 'PT' ? 'pt-PT' : 'pt-BR';
    }
    case 'zh': {
      const r = region.toUpperCase();
      return r === 'TW' || r === 'HK' || r === 'MO' || r === 'HANT' ? 'zh-Hant' : 'zh-Hans';
    }
    default:
      return null;
  }
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/gu;
// A few characters that differ between the scripts (Traditional / Simplified).
const HANT = /[們這請為個東時過還會來說對點發後從與將實體號當]/gu;
const HANS = /[们这请为个东时过还会来说对点发后从与将实体号当]/gu;
const PT = /(?<!\p{L})(você|voce|não|nao|obrigad[oa]|olá|ola|pedido|reembolso|seu|sua|para|está|esta|muito|conta|prezad[oa]|atenciosamente|os|de|do|da|que|em|com|um|uma|obrigad[oa]s?)(?!\p{L})/giu;
const EN = /(?<!\p{L})(the|and|you|your|thanks|thank|please|we|is|are|for|with|to|of|it|this|that|have|hi|dear|regards)(?!\p{L})/giu;

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/** The draft's locale (or ISO 639-1 language) when it is not `reply`'s; null when it matches or is too short. */
export function draftLanguageMismatch(text: string, reply: ReplyLanguage): string | null {
  const words = text.split(/\s+/).filter(Boolean).length;
  const cjk = count(text, CJK);
  if (words < 4 && cjk < 6) return null;
  let detected: ReplyLanguage | null;
  if (cjk >= 6 && cjk * 3 >= count(text, /[a-z]/giu)) {
    detected = count(text, HANT) > count(text, HANS) ? 'zh-Hant' : 'zh-Hans';
  } else {
    const pt = count(text, PT);
    const en = count(text, EN);
    if (pt === 0 && en === 0) return null;
    detected = pt > en ? 'pt-BR' : 'en';
  }
  const same = detected.slice(0, 2) === reply.slice(0, 2) && (detected.slice(0, 2) !== 'zh' || detected === reply);
  return same ? null : detected;
}
