import type { BotMessage } from "../../bot/channel-port.ts";
import { foldForComparison } from "./fold.ts";
import type { TextAssertion } from "./replay-format.ts";

/**
 * Checks text assertions over the messages of one turn; returns one description per failure.
 * `{{otp}}` in an assertion's text or pattern stands for `otp`, the last one-time code delivered in
 * the replay (an assertion that names it when none was delivered fails, saying so).
 */
export function checkTextAssertions(
  messages: BotMessage[],
  assertions: TextAssertion[],
  what = "bot",
  otp?: string,
): string[] {
  const text = messages.map((m) => m.text).join("\n");
  const folded = foldForComparison(text);
  const labels = messages.flatMap((m) => m.buttons ?? []).map((b) => b.label);
  const failures: string[] = [];
  const came = () => `came ${JSON.stringify(shorten(text))}`;
  for (const written of assertions) {
    if (!otp && JSON.stringify(written).includes("{{otp}}")) {
      failures.push(`${what}: {{otp}} used but no one-time code was delivered in this replay`);
      continue;
    }
    const a = otp ? withOtp(written, otp) : written;
    if ("contains" in a) {
      if (!folded.includes(foldForComparison(a.contains))) {
        failures.push(`${what} expected to contain ${JSON.stringify(a.contains)}, ${came()}`);
      }
    } else if ("not_contains" in a) {
      if (folded.includes(foldForComparison(a.not_contains))) {
        failures.push(`${what} expected not to contain ${JSON.stringify(a.not_contains)}, ${came()}`);
      }
    } else if ("matches" in a) {
      if (!new RegExp(foldPattern(a.matches), "iu").test(folded)) {
        failures.push(`${what} expected to match /${a.matches}/iu, ${came()}`);
      }
    } else {
      const offered = new Set(labels.map(foldForComparison));
      const missing = a.buttons.filter((b) => !offered.has(foldForComparison(b)));
      if (missing.length > 0) {
        failures.push(
          `${what} expected buttons ${JSON.stringify(missing)}, offered ${JSON.stringify(labels)}`,
        );
      }
    }
  }
  return failures;
}

/** Folds the literal parts of a pattern like the text, leaving escapes such as `\\S` or `\\d` intact. */
export function foldPattern(pattern: string): string {
  return pattern
    .split(/(\\.)/su)
    .map((part) => (part.startsWith("\\") && part.length === 2 ? part : foldLiteral(part)))
    .join("");
}

function foldLiteral(part: string): string {
  return part.toLocaleLowerCase("tr").normalize("NFD").replace(/\p{M}/gu, "").replace(/ı/g, "i");
}

function shorten(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

/** The assertion with `{{otp}}` replaced by the code in its text or pattern. */
function withOtp(a: TextAssertion, otp: string): TextAssertion {
  if ("contains" in a) return { contains: a.contains.replaceAll("{{otp}}", otp) };
  if ("not_contains" in a) return { not_contains: a.not_contains.replaceAll("{{otp}}", otp) };
  if ("matches" in a) return { matches: a.matches.replaceAll("{{otp}}", otp) };
  return a;
}
