/**
 * The lost card found later, asked during a revocation: "ya bulursam ne olacak" at "onaylıyor
 * musunuz?" got "revoke first, then apply" (the "ne olacak" of what to do next), and "if we find it
 * later can we use it?" got "I could not tell what you meant". A revocation is not undone when the
 * card turns up (R7.1), and before it none is needed: said, then the confirmation again; nothing is
 * revoked on it. After the revocation the same question gets the same answer. "Kartı bulduk" still
 * stops the revocation.
 */
import { describe, expect, it } from "vitest";
import { firmARevoked, lostCardAtConfirmation } from "../harness.ts";

const atConfirmation = lostCardAtConfirmation;
const revoked = firmARevoked;

describe("the card found later, asked", () => {
  it.each([
    "ya bulursam ne olacak",
    "kartı sonra bulursak kullanabilir miyiz",
    "kart bulunursa ne olur",
    "ya bulursak?",
  ])("tr at the confirmation: %s", async (question) => {
    const ctx = await atConfirmation();
    const reply = await ctx.chat.say(question);
    expect(reply).toMatch(/sonradan bulunsa da iptal geri alınamaz/);
    expect(reply).not.toMatch(/önce sertifika iptal edilir/);
    expect(reply).toMatch(/Onaylıyor musunuz\?/);
    expect(await revoked(ctx)).toBe(false);
    expect(await ctx.chat.say("hayır")).toMatch(/iptal edilmedi/);
  });

  it.each(["if we find it later can we use it?", "what if the card turns up?"])(
    "en at the confirmation: %s",
    async (question) => {
      const ctx = await atConfirmation("en");
      const reply = await ctx.chat.say(question);
      expect(reply).toMatch(/turns up later, a revocation cannot be undone/);
      expect(reply).toMatch(/Do you confirm\?/);
      expect(await revoked(ctx)).toBe(false);
    },
  );

  it("after the revocation", async () => {
    const ctx = await atConfirmation();
    await ctx.chat.say("evet");
    expect(await ctx.chat.say("kartı bulursak ne olur")).toMatch(/iptal geri alınamaz/);
  });

  it("the card found, told, still stops the revocation", async () => {
    const ctx = await atConfirmation();
    expect(await ctx.chat.say("kartı bulduk")).toMatch(/iptal gerekmez/);
    expect(await revoked(ctx)).toBe(false);
  });
});
