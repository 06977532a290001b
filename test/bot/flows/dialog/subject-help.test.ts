/**
 * "I don't know it" at the subject question (VKN/TCKN or serial) gets where to find the number and
 * the same question (`interfaces.md` §4), never another topic's answer (the PIN lock, the order
 * status, the contact text).
 */
import { describe, expect, it } from "vitest";
import { subjectHelpAsked } from "../../../../bot/flows/dialog/subject-help.ts";
import { foldTurkish } from "../../../../bot/nlu/fold.ts";
import { setup } from "../../harness.ts";

const helpOf = (text: string) => subjectHelpAsked(foldTurkish(text));

type World = Awaited<ReturnType<typeof setup>>;
const flowOf = (w: World) =>
  JSON.parse(w.states.saved.get(w.ref.id)!).flow as { name: string; step?: string };

describe("subjectHelpAsked", () => {
  it("tells which number the customer cannot find", () => {
    expect(helpOf("vkn'mi hatirlamiyorum")).toBe("vkn");
    expect(helpOf("Vergi numaramızı bilmiyoruz")).toBe("vkn");
    expect(helpOf("seri numarasini bilmiyorum")).toBe("serial");
    expect(helpOf("Sertifikanın seri numarası nerede yazar?")).toBe("serial");
    expect(helpOf("bilmiyorum")).toBe("any");
    expect(helpOf("nereden bulurum")).toBe("any");
    expect(helpOf("I don't know my VKN")).toBe("vkn");
  });

  it("leaves other topics and plain bad answers alone", () => {
    expect(helpOf("PIN'imi unuttum")).toBeUndefined();
    expect(helpOf("şifremi unuttum")).toBeUndefined();
    expect(helpOf("sipariş numaramı bilmiyorum")).toBeUndefined();
    expect(helpOf("hmm")).toBeUndefined();
    expect(helpOf("vkn")).toBeUndefined();
  });
});

describe("the subject question", () => {
  it("at identity verification: where to find the VKN, then the same question", async () => {
    const w = await setup();
    await w.chat.say("iletişim bilgilerimi güncellemek istiyorum");
    const answer = await w.chat.say("vkn'mi hatirlamiyorum");
    expect(answer).not.toContain("PIN");
    expect(answer).toContain("vergi levhanızda");
    expect(answer).toContain("VKN'sini (ya da gerçek kişiyseniz TCKN'nizi");
    expect(flowOf(w)).toMatchObject({ name: "verify", step: "subject" });
  });

  it("at the status question: help for either number, and the VKN offered for an unknown serial", async () => {
    const w = await setup();
    await w.chat.say("sertifikamın durumunu sorgulamak istiyorum");
    const dunno = await w.chat.say("bilmiyorum");
    expect(dunno).not.toContain("PIN");
    expect(dunno).toContain("Seri numarası");
    expect(dunno).toContain("vergi levhanızda");
    expect(flowOf(w)).toMatchObject({ name: "status", step: "subject" });
    expect(await w.chat.say("nereden bulurum")).not.toContain("Sipariş numaranızı");
    expect(flowOf(w)).toMatchObject({ name: "status", step: "subject" });
    const serial = await w.chat.say("seri numarasini bilmiyorum");
    expect(serial).toContain("VKN'sini yazabilirsiniz");
    expect(serial).not.toContain("Ofisimiz");
  });

  it("gives the reason with the same question for an answer it cannot read", async () => {
    const w = await setup();
    await w.chat.say("sertifika durumu sorgulamak istiyorum");
    const answer = await w.chat.say("hmm");
    expect(answer).toContain("okuyamadım");
    expect(answer).toContain("Sertifikanın seri numarasını");
    expect(flowOf(w)).toMatchObject({ name: "status", step: "subject" });
  });

  it("keeps the status question after a side question", async () => {
    const w = await setup();
    await w.chat.say("sertifika durumu sorgulamak istiyorum");
    const answer = await w.chat.say("mali mühür nedir");
    expect(answer).toContain("Sertifikanın seri numarasını");
    expect(flowOf(w)).toMatchObject({ name: "status", step: "subject" });
  });
});
