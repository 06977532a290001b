/**
 * Memoised customer texts: a text without parameters depends only on its locale and key, and an
 * i18next lookup copies the whole option set on every call (several kB of garbage per button).
 */
import type { Texts } from "./engine-deps.ts";

/** Most distinct (locale, key) pairs kept; the locale files hold far fewer. */
const maxEntries = 5_000;

/** Wraps `texts` so that parameterless lookups are computed once per locale and key. */
export function memoizeTexts(texts: Texts): Texts {
  const cache = new Map<string, string>();
  return (locale, key, params) => {
    if (params !== undefined) return texts(locale, key, params);
    const id = `${locale}\u0000${key}`;
    let text = cache.get(id);
    if (text === undefined) {
      text = texts(locale, key);
      if (cache.size >= maxEntries) cache.clear();
      cache.set(id, text);
    }
    return text;
  };
}
