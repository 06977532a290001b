import { describe, expect, it } from "vitest";
import { type Chat, sayAll, setup, tuzelCardAnswers } from "../harness.ts";

const EMAIL = "bilgi@ornek.com.tr";
const PHONE = "+905321234567";

/** Applies in the first chat up to the e-mail code question; returns the order number. */
async function apply(chat: Chat): Promise<string> {
  await sayAll(chat, tuzelCardAnswers);
  const submitted = await chat.say("evet");
  const orderNo = /Sipariş numaranız: (MM\d{10})/.exec(submitted)?.[1];
  if (!orderNo) throw new Error(`no order number in ${submitted}`);
  return orderNo;
}

/** The applicant's proven contacts, read as the RA stores them. */
async function proven(world: Awaited<ReturnType<typeof setup>>["world"]): Promise<string[]> {
  const kinds: string[] = [];
  if (await world.deps.subscribers.provenAt("3230512384", "email", EMAIL)) kinds.push("email");
  if (await world.deps.subscribers.provenAt("3230512384", "phone", PHONE)) kinds.push("phone");
  return kinds;
}

describe("R5.1: contacts skipped at the application can be proven later, from the order status", () => {
  it("'atla', then another day in the same conversation: the order status offers the codes, and they prove both contacts", async () => {
    const { chat, world, clock } = await setup();
    const orderNo = await apply(chat);
    expect(await chat.say("atla")).toMatch(/bu konuşmada sipariş numaranızla sipariş durumunu/);
    expect(await proven(world)).toEqual([]);

    clock.advance(24 * 60 * 60 * 1000);
    const later = chat;
    await later.say("siparişim ne durumda");
    const status = await later.say(orderNo);
    expect(status).toContain(orderNo);
    expect(status).toMatch(/e-posta adresiniz ve cep telefonunuz henüz doğrulanmadı/);
    expect(later.buttons()).toEqual(["Evet", "Hayır"]);
    const sent = await later.press("Evet");
    expect(sent).toContain("b***@o***.com.tr");
    expect(sent).toMatch(/e-postanıza gelen 6 haneli kodu/i);
    expect(await later.say(world.outbox.lastCode(EMAIL))).toMatch(/e-posta adresiniz doğrulandı[\s\S]*SMS/i);
    expect(await later.say(world.outbox.lastCode(PHONE))).toMatch(/cep telefonunuz doğrulandı/i);
    expect(await proven(world)).toEqual(["email", "phone"]);

    // nothing is left to prove: the order status no longer offers it
    await later.say("sipariş durumu");
    expect(await later.say(orderNo)).not.toMatch(/henüz doğrulanmadı/);
  });

  it("the e-mail proven, the phone skipped: only the phone is offered and asked", async () => {
    const { chat, world } = await setup();
    const orderNo = await apply(chat);
    await chat.say(world.outbox.lastCode(EMAIL));
    await chat.say("atla");
    expect(await proven(world)).toEqual(["email"]);

    await chat.say("sipariş durumu");
    expect(await chat.say(orderNo)).toMatch(/cep telefonunuz henüz doğrulanmadı/);
    const sent = await chat.say("evet");
    expect(sent).toMatch(/cep telefonunuza \(\+90 5\*\* \*\*\* \*\* 67\) SMS ile/);
    expect(sent).not.toMatch(/e-posta/i);
    expect(await chat.say(world.outbox.lastCode(PHONE))).toMatch(/cep telefonunuz doğrulandı/i);
    expect(await proven(world)).toEqual(["email", "phone"]);
  });

  it("'hayır' leaves it (no code sent), and another question after the offer is answered as usual", async () => {
    const { chat, world } = await setup();
    const orderNo = await apply(chat);
    await chat.say("atla");
    const sentBefore = world.outbox.sent.length;

    await chat.say("sipariş durumu");
    await chat.say(orderNo);
    expect(await chat.say("hayır")).toMatch(/İstediğiniz zaman bu konuşmada sipariş numaranızla/);
    expect(world.outbox.sent.length).toBe(sentBefore);

    await chat.say("sipariş durumu");
    await chat.say(orderNo);
    const other = await chat.say("fiyatlar ne kadar");
    expect(other).toMatch(/TL/);
    expect(world.outbox.sent.length).toBe(sentBefore);
  });
});

describe("the RA: proving later", () => {
  it("sends only to unproven contacts, only to the conversation that made the application; none left is contacts_already_proven", async () => {
    const { chat, world, ra } = await setup();
    const orderNo = await apply(chat);
    await chat.say("atla");
    // another conversation's order stays unknown, `later` or not
    for (const later of [false, true])
      await expect(
        ra.sendApplicationContactCodes({ conversationId: "stranger", orderNo, later }),
      ).rejects.toMatchObject({ code: "unknown_order" });
    const sent = await ra.sendApplicationContactCodes({ conversationId: "conv-1", orderNo, later: true });
    expect(sent.maskedEmail).toBe("b***@o***.com.tr");
    await ra.confirmApplicationContact({
      conversationId: "conv-1",
      kind: "email",
      code: world.outbox.lastCode(EMAIL),
    });
    await ra.confirmApplicationContact({
      conversationId: "conv-1",
      kind: "phone",
      code: world.outbox.lastCode(PHONE),
    });
    expect((await ra.orderStatus(orderNo, { conversationId: "conv-1" }))?.contactsToProve).toBeUndefined();
    await expect(
      ra.sendApplicationContactCodes({ conversationId: "conv-1", orderNo, later: true }),
    ).rejects.toMatchObject({ code: "contacts_already_proven" });
  });
});
