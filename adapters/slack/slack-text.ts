/**
 * Slack's message formatting at the console's boundary (https://api.slack.com/reference/surfaces/formatting):
 * in a message's text `&`, `<` and `>` are control characters, and `<…>` is a mention (`<@U1>`,
 * `<#C1|name>`, `<!here>`) or a link (`<https://x|label>`). Text from outside Slack (a customer) is
 * escaped before it is posted, so it can neither ping anyone nor disguise a link; text from Slack (an
 * agent's reply, a slash command) is decoded to the plain text its author typed before it goes on.
 */

/** Escapes `&`, `<` and `>` so that Slack shows the text exactly as written, with no markup active. */
export function escapeSlackText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const entities: Readonly<Record<string, string>> = { "&lt;": "<", "&gt;": ">", "&amp;": "&" };
const specialMentions: ReadonlySet<string> = new Set(["here", "channel", "everyone"]);

/**
 * Slack's encoded text as plain text: mentions as `@name` / `#channel` (the label when Slack sent one),
 * a link as its address, or `label (address)` when the label differs from it, and `&amp;`, `&lt;`,
 * `&gt;` as the characters they stand for. Text without markup is returned unchanged.
 */
export function decodeSlackText(text: string): string {
  return text
    .replace(/<([^<>\n]*)>/g, (_match, inner: string) => plainToken(inner))
    .replace(/&(?:lt|gt|amp);/g, (entity) => entities[entity] ?? entity);
}

/** One `<…>` token as plain text. */
function plainToken(inner: string): string {
  const bar = inner.indexOf("|");
  const target = bar < 0 ? inner : inner.slice(0, bar);
  const label = bar < 0 ? "" : inner.slice(bar + 1).trim();
  if (target.startsWith("@")) return `@${label.replace(/^@/, "") || target.slice(1)}`;
  if (target.startsWith("#")) return `#${label.replace(/^#/, "") || target.slice(1)}`;
  if (target.startsWith("!")) {
    const name = target.slice(1).split("^")[0] ?? "";
    if (specialMentions.has(name)) return `@${name}`;
    // a user group (`<!subteam^ID|@team>`) or a date (`<!date^…|fallback>`): its label
    return label || `@${name}`;
  }
  const address = target.replace(/^mailto:/i, "");
  // a number Slack linked (`<tel:+905321234567|0532 123 45 67>`): what the author typed is its label
  if (/^tel:/i.test(target)) return label || target.slice(4);
  if (!label || sameAddress(label, target)) return address;
  return `${label} (${address})`;
}

/** Whether a link's label just repeats its address (Slack's auto-links: `<mailto:a@b|a@b>`, `<http://x.com|x.com>`). */
function sameAddress(label: string, target: string): boolean {
  const bare = (value: string) =>
    value
      .replace(/^(?:mailto:|[a-z][a-z0-9+.-]*:\/\/)/i, "")
      .replace(/\/$/, "")
      .toLowerCase();
  return bare(label) === bare(target);
}
