/**
 * An agent who typed a subcommand in English (`/mm status …`, `/mm revoke …`) or with a typo
 * (`/mm durm`, `/mm dogurla`, `/mm basvru`) got "bilinmeyen bir alt komut" and the whole list, to find
 * the right one themselves. The answer now names the subcommand meant ("Şunu mu demek istediniz:
 * `/mm durum`?"), before the list; nothing is run on a guess (a guessed `iptal` revokes nothing).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { suggestedSubcommand } from "../../../adapters/slack/subcommand-suggestion.ts";
import { testDialects } from "../../helpers/databases.ts";
import {
  paidCardOrder,
  type SlackConsoleStack,
  startSlackConsoleStack,
} from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("/mm: the subcommand an unknown word meant", () => {
  let s: SlackConsoleStack;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
    await paidCardOrder(s, "pos-suggestion");
  });
  afterAll(async () => s?.dispose());

  it.each([
    ["status 3230512384", "durum"],
    ["STATUS 3230512384", "durum"],
    ["durm 3230512384", "durum"],
    ["drum 3230512384", "durum"],
    ["verify 3230512384 123456", "dogrula"],
    ["dogurla 3230512384 123456", "dogrula"],
    ["DOĞURLA 3230512384 123456", "dogrula"],
    ["revoke 3230512384 kayip", "iptal"],
    ["ipal 3230512384 kayip", "iptal"],
    ["basvru MM1234567890", "basvuru"],
    ["başvuruu MM1234567890", "basvuru"],
    ["approve IP-ABCDEFGH", "onayla"],
    ["onayal IP-ABCDEFGH", "onayla"],
    ["take T-ABCD2345", "devral"],
    ["devarl T-ABCD2345", "devral"],
    ["güncele 3230512384 eposta a@b.com", "guncelle"],
  ])("%j: named `/mm %s`, the list after, nothing run", async (line, meant) => {
    const before = s.audit.length;
    const text = await s.agent.runCommand(`/mm ${line}`);
    expect(text).toContain("bilinmeyen bir alt komut");
    expect(text).toContain(`Şunu mu demek istediniz: \`/mm ${meant}\`?`);
    expect(text).toContain("• `/mm yardım`");
    // only the command itself is audited: no lookup, no code, no revocation
    expect(s.audit.slice(before).map((e) => e.action)).toEqual(["slack_command"]);
  });

  it("no suggestion for a word near none or near two, nor for a short one", () => {
    for (const word of ["merhaba", "xyz", "ok", "foo", "hello", "bir"])
      expect(suggestedSubcommand(word), word).toBeUndefined();
  });

  it("the English answer names it too", async () => {
    const { createTranslator } = await import("../../../adapters/i18n/translator.ts");
    const en = (await createTranslator()).getFixedT("en", "slack");
    expect(en("unknown_suggestion", { command: "durum" })).toBe(
      "Did you mean `/mm durum`? The subcommands are Turkish:",
    );
  });
});
