/**
 * R5.1/R11: whenever identity verification fails, in every dialog that verifies (verification for a
 * contact update, a revocation or a status by VKN; the contact update's own code; the revocation's
 * confirmation), the answer offers the call centre — the configured number, in Turkish and English.
 * Each failure exit is reached through the engine and the real RA; the answer must hold the exit's
 * own text (so the case reached that exit) and the number.
 */
import { describe, expect, it } from "vitest";
import type { ConversationRef } from "../../bot/channel-port.ts";
import { createConversationEngine } from "../../bot/conversation-engine.ts";
import { linksOf, withLinks } from "../../bot/self-service-links.ts";
import { challengeLimits } from "../../core/ra/code-budget.ts";
import { codeLifetimeMs } from "../../core/ra/one-time-code.ts";
import { botTexts, Chat, setup } from "./harness.ts";

const firm = {
  vkn: "3230512384",
  title: "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ",
  email: "bilgi@ornek.com.tr",
  phone: "+905321234567",
};
/** A valid VKN nobody holds (the decoy path). */
const unknownVkn = "4540536920";
const newEmail = "muhasebe@ornek.com.tr";

type World = Awaited<ReturnType<typeof setup>>;

/** A chat on an engine given the links (the call centre under test). */
interface Conversation {
  w: World;
  chat: Chat;
  press(id: string): Promise<string>;
  /** A six-digit code other than the last one sent to `to`. */
  wrongCode(to: string): string;
}

/** Where a case ended: the answer, and the text key (with parameters) of the failure exit it must show. */
interface Failure {
  answer: string;
  key: string;
  params?: Record<string, string | number>;
}

const holder = (w: World) =>
  w.ra.registerSubscriber({ idNumber: firm.vkn, title: firm.title, email: firm.email, phone: firm.phone });

/** Verifies the conversation for a contact update and picks the e-mail. */
async function verifiedAtNewEmail(c: Conversation): Promise<void> {
  await holder(c.w);
  await c.press("i:contact_update");
  await c.chat.say(firm.vkn);
  await c.chat.say(c.w.lastCodeTo(firm.email)!);
  await c.press("email");
}

/** Types wrong codes until none is left; returns the last answer. */
async function exhaust(c: Conversation, to: string): Promise<string> {
  let answer = "";
  for (let i = 0; i < 3; i++) answer = await c.chat.say(c.wrongCode(to));
  return answer;
}

/** Every failure exit of a dialog that verifies identity. */
const failures: Record<string, (c: Conversation) => Promise<Failure>> = {
  "verification for a contact update: a wrong code, tries left": async (c) => {
    await holder(c.w);
    await c.press("i:contact_update");
    await c.chat.say(firm.vkn);
    return {
      answer: await c.chat.say(c.wrongCode(firm.email)),
      key: "verify.wrong_code",
      params: { left: 2 },
    };
  },
  "verification for a contact update: no tries left": async (c) => {
    await holder(c.w);
    await c.press("i:contact_update");
    await c.chat.say(firm.vkn);
    return { answer: await exhaust(c, firm.email), key: "verify.no_tries_left" };
  },
  "verification for a revocation: no tries left": async (c) => {
    await holder(c.w);
    await c.press("i:revoke");
    await c.chat.say(firm.vkn);
    return { answer: await exhaust(c, firm.email), key: "verify.no_tries_left" };
  },
  "verification for a status by VKN: no tries left": async (c) => {
    await holder(c.w);
    await c.press("i:cert_status");
    await c.chat.say(firm.vkn);
    return { answer: await exhaust(c, firm.email), key: "verify.no_tries_left" };
  },
  "verification of an unknown VKN (no code was sent): no tries left": async (c) => {
    await c.press("i:contact_update");
    await c.chat.say(unknownVkn);
    return { answer: await exhaust(c, "nobody"), key: "verify.no_tries_left" };
  },
  "verification: the right code after it expired (the RA ends the challenge)": async (c) => {
    await holder(c.w);
    await c.press("i:revoke");
    await c.chat.say(firm.vkn);
    c.w.clock.advance(codeLifetimeMs + 1000);
    return { answer: await c.chat.say(c.w.lastCodeTo(firm.email)!), key: "verify.code_expired" };
  },
  "verification: the registered contacts are not proven (answered as an unknown VKN): no tries left": async (
    c,
  ) => {
    await c.w.world.deps.subscribers.createIfAbsent({
      idNumber: firm.vkn,
      title: firm.title,
      email: firm.email,
      phone: firm.phone,
    });
    await c.press("i:contact_update");
    await c.chat.say(firm.vkn);
    return { answer: await exhaust(c, "nobody"), key: "verify.no_tries_left" };
  },
  "verification: the code budget of the VKN is spent": async (c) => {
    await holder(c.w);
    let answer = "";
    for (let i = 0; i <= challengeLimits.perSubjectAndClient; i++) {
      await c.press("i:contact_update");
      answer = await c.chat.say(firm.vkn);
    }
    return { answer, key: "verify.rate_limited" };
  },
  "contact update: a wrong code for the new contact, no tries left": async (c) => {
    await verifiedAtNewEmail(c);
    await c.chat.say(newEmail);
    return { answer: await exhaust(c, newEmail), key: "verify.no_tries_left" };
  },
  "contact update: the verification ran out before the new contact was given": async (c) => {
    await verifiedAtNewEmail(c);
    c.w.clock.advance(16 * 60 * 1000);
    return { answer: await c.chat.say(newEmail), key: "verify.expired" };
  },
  "contact update: the verification ran out at the new contact's code": async (c) => {
    await verifiedAtNewEmail(c);
    await c.chat.say(newEmail);
    c.w.clock.advance(16 * 60 * 1000);
    return { answer: await c.chat.say(c.w.lastCodeTo(newEmail)!), key: "verify.expired" };
  },
  "contact update: the code budget of the conversation is spent": async (c) => {
    await verifiedAtNewEmail(c);
    let answer = "";
    for (let i = 1; i <= challengeLimits.perConversation; i++) {
      if (i > 1) {
        await c.press("i:contact_update");
        await c.press("email");
      }
      answer = await c.chat.say(newEmail);
    }
    return { answer, key: "verify.rate_limited" };
  },
  "revocation: the verification ran out before the confirmation": async (c) => {
    await c.w.world.addCertificate(firm);
    await c.press("i:revoke");
    await c.chat.say(firm.vkn);
    await c.chat.say(c.w.lastCodeTo(firm.email)!);
    await c.press("kayip");
    c.w.clock.advance(16 * 60 * 1000);
    return { answer: await c.press("yes"), key: "verify.expired" };
  },
};

const centres = [
  { name: "the seed's call centre", callCentre: undefined },
  { name: "a configured call centre", callCentre: "0850 222 33 44" },
];

describe.each(centres)("$name is offered whenever identity verification fails", ({ callCentre }) => {
  const links = linksOf({ links: callCentre ? { callCentre } : {} });
  const number = links.callCentre;

  async function conversation(locale: ConversationRef["locale"]): Promise<Conversation> {
    const w = await setup({ locale });
    const engine = createConversationEngine({
      ra: w.ra,
      handoff: w.handoff,
      states: w.states,
      texts: w.texts,
      clock: w.clock,
      ...(callCentre ? { links: { callCentre } } : {}),
    });
    const chat = new Chat(engine, w.ref);
    return {
      w,
      chat,
      async press(id) {
        chat.last = await engine.handle(w.ref, { type: "button", id });
        return chat.last.map((m) => m.text).join("\n");
      },
      wrongCode(to) {
        return w.lastCodeTo(to) === "000000" ? "111111" : "000000";
      },
    };
  }

  describe.each(["tr", "en"] as const)("in %s", (locale) => {
    it.each(Object.keys(failures))("%s", async (name) => {
      const c = await conversation(locale);
      const { answer, key, params } = await failures[name]!(c);
      const exitText = withLinks(await botTexts(), links)(locale, key, params);
      expect(answer).toContain(exitText);
      expect(answer).toContain(number);
      if (callCentre) expect(answer).not.toContain("444 5 576");
    });
  });
});
