/**
 * `/mm` arguments copied out of a sentence or a dialog (outside tester, console round): a VKN/TCKN
 * with a trailing full stop or comma ("3230512384."), in quotes or brackets, was read as a serial
 * and answered "bulunamadı" — a false "no certificate" an agent passes on; a serial pasted as the
 * Windows certificate dialog shows it ("39 fc 6c 96 …", with or without a "Seri:" label) got the
 * usage line. Punctuation around an argument does not change what it names; hex byte pairs at the
 * start are one serial, the reason word of `iptal` kept apart.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readArguments } from "../../../adapters/slack/mm-args.ts";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import { proveContacts } from "../../helpers/ra-harness.ts";
import { type SlackConsoleStack, startSlackConsoleStack } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const vkn = "3230512384";

describe("readArguments", () => {
  it.each([
    [["3230512384."], ["3230512384"]],
    [
      ["3230512384,", "gib"],
      ["3230512384", "gib"],
    ],
    [["3230512384;"], ["3230512384"]],
    [["10000000146!"], ["10000000146"]],
    [["3230512384?"], ["3230512384"]],
    [["3230512384..."], ["3230512384"]],
    [['"3230512384"'], ["3230512384"]],
    [["“3230512384”."], ["3230512384"]],
    [["(3230512384)"], ["3230512384"]],
    [
      ["[3230512384],", "kayıp."],
      ["3230512384", "kayıp"],
    ],
    [["'3230512384'"], ["3230512384"]],
    [["«3230512384»"], ["3230512384"]],
    [["`3230512384`"], ["3230512384"]],
    [
      ["3230512384", ",", "gib"],
      ["3230512384", "gib"],
    ],
    [["323", "051", "2384."], ["3230512384"]],
    [["VKN:", "3230512384."], ["3230512384"]],
    [
      ["3230512384", "123456."],
      ["3230512384", "123456"],
    ],
    [["T-7K2M9QXA."], ["T-7K2M9QXA"]],
  ])("%j → %j", (typed, read) => {
    expect(readArguments(typed)).toEqual(read);
  });

  const serial = "39fc6c964eac21d07b1e52a3c4f0de99";
  const pairs = serial.match(/../g)!;
  it.each([
    ["lower-case pairs", pairs, [serial]],
    ["upper-case pairs", pairs.map((p) => p.toUpperCase()), [serial.toUpperCase()]],
    ["pairs then a reason", [...pairs, "gib"], [serial, "gib"]],
    ["'Seri:' then pairs", ["Seri:", ...pairs], [serial]],
    ["'seri no' then pairs and a reason", ["seri", "no", ...pairs, "kotuye"], [serial, "kotuye"]],
    ["'Seri No:' then the serial", ["Seri", "No:", serial], [serial]],
    ["'seri numarası' then the serial", ["seri", "numarası", serial, "gib"], [serial, "gib"]],
    ["'serial number:' then colon pairs", ["serial", "number:", pairs.join(":")], [pairs.join(":")]],
    ["'Seri:' glued to the serial", [`Seri:${serial}`], [serial]],
    ["pairs ending in a full stop", [...pairs.slice(0, -1), `${pairs.at(-1)}.`], [serial]],
  ])("%s: read as one serial", (_what, typed, read) => {
    expect(readArguments(typed)).toEqual(read);
  });

  it.each([
    [["12", "34"]],
    [["MM", "4821", "093375"]],
    [["merhaba"]],
    [["seri"]],
    [["3230512384", "12", "34", "56"]],
    [["3230512384", "telefon", "0532", "123", "45", "67"]],
  ])("leaves %j as typed", (typed) => {
    expect(readArguments(typed)).toEqual(typed);
  });

  it("drops a word that is punctuation only", () => {
    expect(readArguments(["3230512384", "—", "gib", "."])).toEqual(["3230512384", "gib"]);
    expect(readArguments(["3230512384-", "-"])).toEqual(["3230512384"]);
  });
});

describe("/mm with an argument copied from a sentence or a certificate dialog", () => {
  let s: SlackConsoleStack;
  let serial: string;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
    serial = (await issueCard(s.harness, "pos-punct-1")).serial;
    await proveContacts(s.harness.deps);
  });
  afterAll(async () => s?.dispose());

  it.each([
    `${vkn}.`,
    `${vkn},`,
    `"${vkn}"`,
    `(${vkn}).`,
    `${vkn}!`,
    `VKN: ${vkn}.`,
    `323 051 2384.`,
    `${vkn}-`,
    `*${vkn}*`,
  ])("durum %s answers the VKN's certificates", async (typed) => {
    const said = await s.agent.runCommand(`/mm durum ${typed}`, "U1");
    expect(said).toContain(serial);
    expect(said).toContain("geçerli");
    expect(said).not.toContain("bulunamadı");
  });

  it.each([`${vkn}.`, `“${vkn}”`, `${vkn};`])("kimlik %s sends the code", async (typed) => {
    const said = await s.agent.runCommand(`/mm kimlik ${typed}`, "U2");
    expect(said).toContain("b***@o***.com.tr");
    expect(said).not.toContain("bulunamadı");
  });

  it.each([`${vkn}. gib`, `${vkn}, GİB.`, `'${vkn}' kotuye`])(
    "iptal %s opens a four-eyes request for the VKN's certificate",
    async (typed) => {
      const said = await s.agent.runCommand(`/mm iptal ${typed}`, "U1");
      expect(said).toContain(serial);
      expect(said).toContain("onay");
      expect(said).not.toContain("bulunamadı");
      expect(await s.agent.runCommand(`/mm reddet ${vkn}.`, "U1")).toContain("geri çekildi");
    },
  );

  it.each([`"${vkn}x".`, "323051238.", "(323051238)", "323 051 238", "323051238412", `${vkn}/`])(
    "durum %s, still no VKN, TCKN or serial, gets the unreadable answer, never 'bulunamadı'",
    async (typed) => {
      const said = await s.agent.runCommand(`/mm durum ${typed}`, "U1");
      expect(said).toContain("Kullanım");
      expect(said).not.toContain("bulunamadı");
    },
  );

  it.each(["323051238. gib", "323051238412 kotuye"])(
    "iptal %s (a VKN with a digit too few or many) gets the unreadable answer, never 'bulunamadı'",
    async (typed) => {
      const said = await s.agent.runCommand(`/mm iptal ${typed}`, "U1");
      expect(said).toContain("değil");
      expect(said).toContain("Kullanım");
      expect(said).not.toContain("bulunamadı");
    },
  );

  const forms = (sign: string) => {
    const pairs = sign.match(/../g)!;
    return [
      pairs.join(" "),
      pairs.join(" ").toUpperCase(),
      `Seri: ${pairs.join(" ")}`,
      `seri no ${sign}`,
      `Seri No: ${pairs.join(" ").toUpperCase()}`,
      `${pairs.join(" ")}.`,
    ];
  };

  it("durum with a serial pasted in byte pairs, with or without a label, answers the certificate", async () => {
    for (const form of forms(serial)) {
      const said = await s.agent.runCommand(`/mm durum ${form}`, "U1");
      expect(said, form).toContain(serial);
      expect(said, form).not.toContain("Kullanım");
    }
  });

  it("iptal with a serial pasted in byte pairs keeps the reason apart", async () => {
    for (const form of forms(serial)) {
      const said = await s.agent.runCommand(`/mm iptal ${form} gib`, "U1");
      expect(said, form).toContain(serial);
      expect(said, form).toContain("onay");
      expect(await s.agent.runCommand(`/mm reddet ${serial}`, "U1"), form).toContain("geri çekildi");
    }
  });
});
