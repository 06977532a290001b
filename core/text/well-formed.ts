/**
 * Text as it may travel on: a lone UTF-16 surrogate (half of a pair, which JSON and JavaScript
 * strings can carry) becomes U+FFFD. Left in, it cannot be URL-encoded (`encodeURIComponent` and
 * Slack's client throw URIError, which the client then retries for half an hour) and is stored or
 * shown as something other than what was typed.
 */

const loneSurrogate = /\p{Cs}/gu;

/** `text` with every lone surrogate replaced by U+FFFD (a well-formed pair is left whole). */
export function wellFormed(text: string): string {
  return text.replace(loneSurrogate, "\uFFFD");
}
