/**
 * The certificate status question (R10.1, interfaces.md §4): a serial typed after a label and in
 * groups ("seri no: 195D 4C95 D752 …", colons, dashes) is the serial; a bad answer gets the reason
 * and the same question (tester: "seri no: <groups>" got the question again with no reason, "seri
 * numaram 00zz" got the call centre's contact text).
 */
import { describe, expect, it } from "vitest";
import { firmA } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

const ask = "seri numarasını (herkes sorgulayabilir)";
const reason = "seri numarası ya da VKN olarak okuyamadım";

/** The serial in groups of `size` hex digits, upper case, joined by `sep`. */
function grouped(serial: string, size: number, sep: string): string {
  const hex = serial.toUpperCase();
  return (hex.match(new RegExp(`.{1,${size}}`, "g")) ?? []).join(sep);
}

describe("a serial typed with a label and in groups at the status question", () => {
  for (const [label, size, sep] of [
    ["seri no: ", 4, " "],
    ["Seri No:", 2, ":"],
    ["seri numarası ", 4, "-"],
    ["sertifika seri no ", 2, " "],
    ["serial number: ", 4, " "],
    ["", 4, " "],
    ["", 2, ":"],
    ["seri no: 0x", 4, " "],
  ] as const)
    it(`'${label}<serial in groups of ${size} by "${sep}">': the status`, async () => {
      const ctx = await setup();
      const cert = await ctx.world.addCertificate(firmA);
      expect(await ctx.chat.say("sertifika durumu")).toContain(ask);
      const answer = await ctx.chat.say(
        `${label}${grouped(cert.serial, size, sep)}${label ? ", durumu nedir?" : ""}`,
      );
      expect(answer).toContain("geçerli");
      expect(answer).not.toContain(ask);
    });

  it("the tester's serial (no such certificate): not found, not the question again", async () => {
    const { chat } = await setup();
    await chat.say("sertifika durumu");
    const answer = await chat.say("seri no: 195D 4C95 D752 6199 1776 E062 935B 97D3");
    expect(answer).toContain("Bu seri numarasıyla bir sertifika bulunamadı");
  });
});

describe("a bad answer at the status question: the reason and the same question", () => {
  for (const typed of [
    "seri numaram 00zz",
    "seri no: xyz",
    "seri no 12-GH-77",
    "serial number: 00zz",
    "seri no 1234",
  ])
    it(`'${typed}'`, async () => {
      const { chat } = await setup();
      await chat.say("sertifika durumu");
      const answer = await chat.say(typed);
      expect(answer).toContain(reason);
      expect(answer).toContain(ask);
      expect(answer).not.toContain("444 5 576");
    });
});

describe("a serial named but not at hand", () => {
  it("'seri numaram yok': where to find it (or the reason) and the same question", async () => {
    const { chat } = await setup();
    await chat.say("sertifika durumu");
    const answer = await chat.say("seri numaram yok");
    expect(answer).toContain(ask);
    expect(answer).not.toContain("444 5 576");
  });
});

describe("the serial in groups named with the status question itself", () => {
  it("'sertifika durumu, seri no: <groups>': the status at once", async () => {
    const ctx = await setup();
    const cert = await ctx.world.addCertificate(firmA);
    const answer = await ctx.chat.say(`sertifika durumu, seri no: ${grouped(cert.serial, 4, " ")}`);
    expect(answer).toContain("geçerli");
    expect(answer).not.toContain(ask);
  });
});
