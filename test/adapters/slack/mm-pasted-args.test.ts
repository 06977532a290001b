/**
 * `/mm` arguments pasted from a web page or Excel: a zero-width space (U+200B) after the VKN,
 * full-width digits, a no-break space between digit groups, a word joiner (U+2060) or a byte order
 * mark (U+FEFF) inside a number. The console reads them as the digits they look like, for every
 * subcommand (the line is normalised once, where the slash command's text is parsed).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normaliseCommandLine } from "../../../adapters/slack/mm-args.ts";
import { testDialects } from "../../helpers/databases.ts";
import {
  paidCardOrder,
  type SlackConsoleStack,
  startSlackConsoleStack,
} from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const zwsp = "\u200B";
const fullWidthVkn = "３２３０５１２３８４";

describe("normaliseCommandLine", () => {
  it.each([
    [`durum 3230512384${zwsp}`, "durum 3230512384"],
    [`durum ${fullWidthVkn}`, "durum 3230512384"],
    ["durum 323\u00A0051\u00A02384", "durum 323 051 2384"],
    ["kimlik 3230\u2060512384\uFEFF", "kimlik 3230512384"],
    ["dogrula\u3000 3230512384 \u200C12\u200D3456", "dogrula 3230512384 123456"],
    ["ＤＵＲＵＭ ＭＭ４８２１０９３３７５", "DURUM MM4821093375"],
    ["  guncelle  3230512384 eposta yeni@ornek.com.tr  ", "guncelle 3230512384 eposta yeni@ornek.com.tr"],
  ])("%j → %j", (typed, read) => {
    expect(normaliseCommandLine(typed)).toBe(read);
  });
});

describe("/mm with arguments pasted from a web page or Excel", () => {
  let s: SlackConsoleStack;
  let serial: string;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
    await paidCardOrder(s, "pos-pasted-1");
    serial = (await s.harness.engine.findByVkn("3230512384")).find((c) => c.kind === "sign")!.serial;
  });
  afterAll(async () => s?.dispose());

  it.each([
    ["a zero-width space after it", `3230512384${zwsp}`],
    ["full-width digits", fullWidthVkn],
    ["no-break spaces between its groups", "323\u00A0051\u00A02384"],
    ["a word joiner inside it", "32305\u206012384"],
  ])("durum with a VKN with %s answers its certificate", async (_what, vkn) => {
    const said = await s.agent.runCommand(`/mm durum ${vkn}`);
    expect(said).toContain("geçerli");
    expect(said).not.toContain("bulunamadı");
  });

  it("durum with a serial followed by a zero-width space answers its certificate", async () => {
    const said = await s.agent.runCommand(`/mm durum ${serial}${zwsp}`);
    expect(said).toContain("geçerli");
    expect(said).not.toContain("bulunamadı");
  });

  it.each([
    ["a zero-width space after it", `3230512384${zwsp}`],
    ["full-width digits", fullWidthVkn],
  ])("kimlik with a VKN with %s sends the code", async (_what, vkn) => {
    const said = await s.agent.runCommand(`/mm kimlik ${vkn}`, "U2");
    expect(said).toContain("b***@o***.com.tr");
    expect(said).not.toContain("Geçerli bir VKN");
  });
});
