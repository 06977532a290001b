/**
 * Tester (hostile) #2, privacy: a stranger who typed someone else's order number was told "Bu
 * başvurudaki e-posta adresiniz ve cep telefonunuz henüz doğrulanmadı … kod gönderelim mi?", and
 * after "Evet" the codes went out and the contacts were named with the e-mail's domain in full
 * ("b***@ornek.com.tr"), linking an order number to a firm. Now the proof is offered only in the
 * conversation that made the application, and the contacts it names have their domain masked too
 * ("b***@o***.com.tr"); elsewhere the order's status is answered with nothing about its contacts.
 */
import { describe, expect, it } from "vitest";
import { Chat, sayAll, setup, tuzelCardAnswers } from "../harness.ts";

const EMAIL = "bilgi@ornek.com.tr";
const PHONE = "+905321234567";

async function appliedAndSkipped() {
  const w = await setup();
  await sayAll(w.chat, tuzelCardAnswers);
  const submitted = await w.chat.say("evet");
  const orderNo = /Sipariş numaranız: (MM\d{10})/.exec(submitted)?.[1];
  if (!orderNo) throw new Error(`no order number in ${submitted}`);
  await w.chat.say("atla");
  return { ...w, orderNo, sentBefore: w.world.outbox.sent.length };
}

/** Nothing in `text` names, masks or offers anything about the order's contacts. */
function saysNothingOfContacts(text: string): void {
  expect(text).not.toMatch(/doğrulanmadı|kod gönderelim|e-posta|cep telefon|@|\*\*\*/i);
  expect(text).not.toMatch(/ornek/i);
}

describe("the order status in a conversation that did not make the application", () => {
  it.each([
    ["the order number alone", (orderNo: string) => [orderNo]],
    ["asked, then the number", (orderNo: string) => ["siparişim ne durumda", orderNo]],
    ["the number in a sentence", (orderNo: string) => [`${orderNo} numaralı siparişim ne durumda?`]],
    ["the number typed apart", (orderNo: string) => [`mm ${orderNo.slice(2, 7)} ${orderNo.slice(7)}`]],
  ])("%s: the status, no contact offered, and 'evet' sends no code", async (_, messages) => {
    const { engine, orderNo, world, sentBefore } = await appliedAndSkipped();
    const stranger = new Chat(engine, { id: "conv-stranger", channel: "web", locale: "tr" });
    const status = await sayAll(stranger, messages(orderNo));
    expect(status).toContain(orderNo);
    saysNothingOfContacts(status);
    expect(stranger.buttons()).not.toContain("Evet");
    const after = await stranger.say("evet");
    saysNothingOfContacts(after);
    expect(world.outbox.sent.length).toBe(sentBefore);
  });

  it("in English too", async () => {
    const { engine, orderNo, world, sentBefore } = await appliedAndSkipped();
    const stranger = new Chat(engine, { id: "conv-stranger-en", channel: "web", locale: "en" });
    const status = await stranger.say(orderNo);
    expect(status).toContain(orderNo);
    expect(status).not.toMatch(/not confirmed|send a code|e-mail|mobile|@|\*\*\*/i);
    await stranger.say("yes");
    expect(world.outbox.sent.length).toBe(sentBefore);
  });
});

describe("in the applicant's own conversation the proof is still offered", () => {
  it("the offer, then the codes, naming the e-mail with its domain masked", async () => {
    const { chat, orderNo, world } = await appliedAndSkipped();
    await chat.say("fiyatlar ne kadar");
    const status = await chat.say(`${orderNo} ne durumda`);
    expect(status).toMatch(/henüz doğrulanmadı/);
    const sent = await chat.press("Evet");
    expect(sent).toContain("b***@o***.com.tr");
    expect(sent).not.toMatch(/ornek/);
    expect(sent).toContain("+90 5** *** ** 67");
    await chat.say(world.outbox.lastCode(EMAIL));
    expect(await chat.say(world.outbox.lastCode(PHONE))).toMatch(/cep telefonunuz doğrulandı/i);
  });
});

describe("the RA", () => {
  it("sends later codes only to the conversation that made the application; the order status names contacts to prove only to it", async () => {
    const { ra, orderNo, world, sentBefore } = await appliedAndSkipped();
    await expect(
      ra.sendApplicationContactCodes({ conversationId: "stranger", orderNo, later: true }),
    ).rejects.toMatchObject({ code: "unknown_order" });
    expect(world.outbox.sent.length).toBe(sentBefore);
    expect((await ra.orderStatus(orderNo))?.contactsToProve).toBeUndefined();
    expect((await ra.orderStatus(orderNo, { conversationId: "stranger" }))?.contactsToProve).toBeUndefined();
    expect((await ra.orderStatus(orderNo, { conversationId: "conv-1" }))?.contactsToProve).toEqual([
      "email",
      "phone",
    ]);
    const sent = await ra.sendApplicationContactCodes({ conversationId: "conv-1", orderNo, later: true });
    expect(sent.maskedEmail).toBe("b***@o***.com.tr");
  });
});
