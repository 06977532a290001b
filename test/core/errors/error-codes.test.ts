import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { customerErrorCodes, errorCodes, isErrorCode } from "../../../core/errors/error-codes.ts";

const root = join(import.meta.dirname, "../../..");
const botTexts = (locale: string) =>
  JSON.parse(readFileSync(join(root, "locales", locale, "bot.json"), "utf8")) as {
    errors: Record<string, string>;
  };

/** Every TypeScript file under `folder` (absolute paths). */
function typeScriptFiles(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts"))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every `new …Error("code"` in the TypeScript sources under `folder`, with the file it is in. */
function codesThrownIn(folder: string): { code: string; file: string }[] {
  const found: { code: string; file: string }[] = [];
  for (const file of typeScriptFiles(folder)) {
    for (const match of readFileSync(file, "utf8").matchAll(/new\s+\w*Error\(\s*"([a-z][a-z0-9_]*)"/g)) {
      found.push({ code: match[1]!, file: file.slice(root.length + 1) });
    }
  }
  return found;
}

describe("the error code registry", () => {
  it("gives every code a customer can see its words in Turkish and English", () => {
    for (const locale of ["tr", "en"]) {
      const texts = botTexts(locale).errors;
      const missing = customerErrorCodes().filter((code) => !texts[code]?.trim());
      expect(missing, `errors.<code> missing in locales/${locale}/bot.json`).toEqual([]);
    }
  });

  it("registers every error the bot has words for as one a customer can see", () => {
    for (const locale of ["tr", "en"]) {
      const unregistered = Object.keys(botTexts(locale).errors).filter(
        (code) => !isErrorCode(code) || !errorCodes[code].customer,
      );
      expect(unregistered, `locales/${locale}/bot.json errors.* not customer codes`).toEqual([]);
    }
  });

  it("registers every code thrown in core/", () => {
    const thrown = codesThrownIn("core");
    expect(thrown.length).toBeGreaterThan(40);
    expect(thrown.filter(({ code }) => !isErrorCode(code))).toEqual([]);
  });

  it("registers the codes of the error classes outside core/ (the consoles' own) as operator codes", () => {
    const carried = ["bot", "adapters"]
      .flatMap((folder) => typeScriptFiles(folder))
      .flatMap((file) => [...readFileSync(file, "utf8").matchAll(/readonly code = "([a-z][a-z0-9_]*)"/g)])
      .map((match) => match[1]!);
    expect(carried).toEqual(expect.arrayContaining(["agent_reply_asks_secret", "slack_followup_failed"]));
    expect(carried.filter((code) => !isErrorCode(code) || errorCodes[code].customer)).toEqual([]);
  });

  it("uses every registered code somewhere in core/, bot/ or adapters/", () => {
    const sources = ["core", "bot", "adapters"]
      .flatMap((folder) => typeScriptFiles(folder))
      .filter((file) => !file.endsWith(join("core", "errors", "error-codes.ts")))
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    // a code is used as a string literal ("code", 'code', `code`) or as the key of its text (errors.code)
    const used = (code: string) => new RegExp(`["'\`]${code}["'\`]|errors\\.${code}\\b`).test(sources);
    const unused = Object.keys(errorCodes).filter((code) => !used(code));
    expect(unused, "registered codes nothing raises or shows").toEqual([]);
  });

  it("has statuses an HTTP answer can carry", () => {
    for (const [code, spec] of Object.entries(errorCodes)) {
      expect(spec.status >= 400 && spec.status <= 503, code).toBe(true);
    }
  });
});
