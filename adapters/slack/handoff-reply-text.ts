/**
 * An agent's reply in a hand-off thread as the customer reads it. Slack sends it encoded
 * (slack-text.ts): mentions of the desk's members and groups are internal to the desk, so a user
 * mention (`<@U2>`, `<@U2|ayse>`) reads as `colleague` ("bir temsilci" / "a colleague", in the
 * customer's language), and a special mention (`<!channel>`, `<!here>`, `<!everyone>`, a user group
 * `<!subteam^S…>`) and a channel without its name are dropped; a link keeps its label and a date its
 * fallback text (decodeSlackText), `&amp;`, `&lt;`, `&gt;` are the characters they stand for.
 */
import { decodeSlackText } from "./slack-text.ts";

/** `encoded` (Slack's text of an agent's reply) as plain text for the customer. */
export function agentReplyText(encoded: string, colleague: string): string {
  const plain = decodeSlackText(
    encoded.replace(/<([^<>\n]*)>/g, (token, inner: string) => {
      if (inner.startsWith("@")) return colleague;
      if (inner.startsWith("#")) return inner.includes("|") ? token : "";
      if (inner.startsWith("!")) return inner.startsWith("!date^") && inner.includes("|") ? token : "";
      return token;
    }),
  );
  return tidy(plain);
}

/** Spaces and punctuation left where a mention was dropped ("<!here>, bakacak" → "bakacak"). */
function tidy(text: string): string {
  return text
    .split("\n")
    .map((line) =>
      line
        .replace(/[ \t]{2,}/g, " ")
        .replace(/ +([,.;:!?])/g, "$1")
        .replace(/^[\s,;:]+/, "")
        .replace(/([,;:])(?=[,;:.!?])/g, "")
        .trim(),
    )
    .join("\n")
    .trim();
}
