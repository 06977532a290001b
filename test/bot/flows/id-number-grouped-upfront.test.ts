/**
 * A VKN or TCKN given in the request itself in the forms the VKN question takes (groups with dashes,
 * spaces or dots, after a label or not: "kartimiz calindi, iptal edin. vergi no 323-051-2384", "our
 * seal card got stolen, pls cancel it. VKN 323 051 2384") is the subject: the code goes out at once,
 * the VKN is not asked again (tester: only the unseparated form was read).
 */
import { describe, expect, it } from "vitest";
import { firmA } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

const grouped = (vkn: string, sep: string, sizes = [3, 3, 4]): string => {
  const parts: string[] = [];
  let at = 0;
  for (const n of sizes) {
    parts.push(vkn.slice(at, at + n));
    at += n;
  }
  return parts.join(sep);
};

describe("a VKN in groups in the first message", () => {
  it.each([
    ["tr", (v: string) => `kartimiz calindi, iptal edin. vergi no ${grouped(v, "-")}`],
    ["en", (v: string) => `our seal card got stolen, pls cancel it. VKN ${grouped(v, " ")}`],
    ["tr", (v: string) => `VKN: ${grouped(v, ".")} olan firmamızın kartı kayboldu, iptal etmek istiyorum`],
    ["tr", (v: string) => `${grouped(v, " ", [3, 3, 2, 2])} vergi numaralı firmanın kartı çalındı iptal`],
    [
      "tr",
      (v: string) =>
        `mali mühür kartımız kayıp, iptal edin lütfen. vergi kimlik numaramız ${grouped(v, " - ")}`,
    ],
    ["en", (v: string) => `revoke our certificate, card lost. tax number is ${grouped(v, "-")}.`],
  ] as const)("%s: '%s' sends the code at once", async (locale, message) => {
    const { chat, world } = await setup({ locale });
    await world.addCertificate(firmA);
    const answer = await chat.say(message(firmA.vkn));
    expect(world.lastCodeTo(firmA.email)).toMatch(/^\d{6}$/);
    expect(answer).not.toMatch(/VKN'sini|firm's VKN|tax number \(VKN\)/i);
  });

  it("a grouped VKN in a status request is its subject", async () => {
    const { chat, world } = await setup();
    await world.addCertificate(firmA);
    await chat.say(`sertifika durumu, vkn ${grouped(firmA.vkn, " ")}`);
    expect(world.lastCodeTo(firmA.email)).toMatch(/^\d{6}$/);
  });

  it("a grouped number that is no valid VKN is not taken: the VKN is asked", async () => {
    const { chat, world } = await setup();
    await world.addCertificate(firmA);
    const wrong = `${firmA.vkn.slice(0, 9)}${(Number(firmA.vkn[9]) + 1) % 10}`;
    await chat.say(`kartımız çalındı, iptal edin. vergi no ${grouped(wrong, "-")}`);
    expect(world.lastCodeTo(firmA.email)).toBeUndefined();
  });

  it("a mobile number in groups is no VKN", async () => {
    const { chat, world } = await setup();
    await world.addCertificate(firmA);
    await chat.say("kartımız çalındı, iptal edin. telefonum 532 123 45 67");
    expect(world.lastCodeTo(firmA.email)).toBeUndefined();
  });
});
