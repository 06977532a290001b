/**
 * Console tester (third round), unconfirmed report: the identity code typed again after the caller
 * was verified, in another digit form (full-width "１２３４５６" first, then ASCII), got "kod
 * doğrulanamadı, 2 deneme hakkı" instead of "already verified". The line is read as it looks
 * (normaliseCommandLine: full-width and other scripts' digits are ASCII), so the second line is the
 * same code again: already verified, nothing changed, no try spent. That held already; what gave
 * "kod doğrulanamadı. 2 deneme hakkı kaldı" was the identity code typed again once a contact update
 * waited for its own code (`guncelle` after the verification): the update's code is checked, and the
 * answer now says so (the code awaited is the one sent to the new contact, named masked; the caller
 * is verified already), in whatever digits the identity code is typed.
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { paidCardOrder, slackConsoleStackForEachTest } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const vkn = "3230512384";
const email = "bilgi@ornek.com.tr";

/** `digits` written with the digits of the script whose zero is `zero` (U+FF10 full-width, U+0660 Arabic-Indic). */
const inScript = (digits: string, zero: number) =>
  [...digits].map((d) => (/\d/.test(d) ? String.fromCodePoint(zero + Number(d)) : d)).join("");

describe("/mm dogrula, the same code in another digit form", () => {
  const s = slackConsoleStackForEachTest(sqlite);

  it.each([
    ["full-width, then ASCII", 0xff10, false],
    ["ASCII, then full-width", 0xff10, true],
    ["Arabic-Indic, then ASCII", 0x0660, false],
    ["full-width in groups, then ASCII", 0xff10, false, true],
  ])("%s: the second is 'already verified'", async (_what, zero, asciiFirst, grouped = false) => {
    await paidCardOrder(s, "pos-digit-forms");
    await s.agent.runCommand(`/mm kimlik ${vkn}`, "U1");
    const code = s.harness.outbox.lastCode(email);
    const shown = grouped ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
    const other = inScript(shown, zero);
    const [first, second] = asciiFirst ? [code, other] : [other, code];
    expect(await s.agent.runCommand(`/mm dogrula ${vkn} ${first}`, "U1")).toContain("teyit edildi");
    const sentBefore = s.harness.outbox.sent.length;
    const again = await s.agent.runCommand(`/mm dogrula ${vkn} ${second}`, "U1");
    expect(again).toContain("zaten teyit");
    expect(again).not.toContain("doğrulanamadı");
    expect(again).not.toContain("deneme");
    expect(s.harness.outbox.sent.length).toBe(sentBefore);
  });

  it("the VKN in full-width digits too: already verified", async () => {
    await paidCardOrder(s, "pos-digit-forms-vkn");
    await s.agent.runCommand(`/mm kimlik ${vkn}`, "U1");
    const code = s.harness.outbox.lastCode(email);
    expect(await s.agent.runCommand(`/mm dogrula ${inScript(vkn, 0xff10)} ${code}`, "U1")).toContain(
      "teyit edildi",
    );
    expect(await s.agent.runCommand(`/mm dogrula ${vkn} ${inScript(code, 0xff10)}`, "U1")).toContain(
      "zaten teyit",
    );
  });

  it.each([
    ["in ASCII", (code: string) => code],
    ["in full-width digits", (code: string) => inScript(code, 0xff10)],
  ])(
    "the identity code again %s while an update waits: the update's code is named as awaited",
    async (_what, form) => {
      await paidCardOrder(s, "pos-digit-forms-update");
      await s.agent.runCommand(`/mm kimlik ${vkn}`, "U1");
      const code = s.harness.outbox.lastCode(email);
      expect(await s.agent.runCommand(`/mm dogrula ${vkn} ${inScript(code, 0xff10)}`, "U1")).toContain(
        "teyit edildi",
      );
      expect(await s.agent.runCommand(`/mm guncelle ${vkn} eposta yeni@ornek.com`, "U1")).toContain(
        "kod gönderildi",
      );
      const again = await s.agent.runCommand(`/mm dogrula ${vkn} ${form(code)}`, "U1");
      expect(again).toContain("güncellemenin yeni e-posta adresi için (y***@ornek.com)");
      expect(again).toContain("zaten teyit edildi");
      expect(again).toContain("2 deneme hakkı kaldı");
      // the update's own code still completes it
      const updateCode = s.harness.outbox.lastCode("yeni@ornek.com");
      expect(await s.agent.runCommand(`/mm dogrula ${vkn} ${updateCode}`, "U1")).toContain("güncellendi");
    },
  );
});
