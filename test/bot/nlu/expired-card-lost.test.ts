/**
 * Customer tester: "süresi dolmuş eski kartımızı kaybettik iptal gerekir mi" started a revocation with
 * an identity check, though an expired certificate is not revoked (the CA refuses it; R8.1, R10.1).
 * The loss of a card told as already expired gets info.expired_card_lost (nothing to revoke; a valid
 * card lost beside it is revoked first); a card about to expire, or not known to have expired, is
 * still the revocation's.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

describe("the loss of an expired card (R8.1, R10.1)", () => {
  it.each([
    "süresi dolmuş eski kartımızı kaybettik iptal gerekir mi",
    "eski kartın süresi bitmişti, o kart kayboldu, ne yapmalıyız",
    "suresi gecmis kartimiz calindi",
    "geçerliliği sona ermiş mali mühür kartımı kaybettim",
  ])("'%s' is told an expired certificate needs no revocation; no identity check", async (text) => {
    const { chat } = await setup();
    const answer = await chat.say(text);
    expect(answer).toContain("iptal ettirmeniz gerekmez");
    expect(answer).not.toMatch(/kimliğinizi doğrulamamız gerekiyor/);
    expect(chat.buttons()).toEqual(expect.arrayContaining(["Sertifika iptali", "Başvuru"]));
  });

  it("EN: 'our old expired card is lost, do we need to revoke it?' gets the same answer", async () => {
    const { chat } = await setup({ locale: "en" });
    const answer = await chat.say("our old expired card is lost, do we need to revoke it?");
    expect(answer).toContain("there is nothing to revoke");
    expect(answer).not.toMatch(/we first need to verify/i);
  });

  it.each([
    "süresi dolmak üzere olan kartımız kayboldu",
    "kartımı kaybettim süresi dolmuş mu bilmiyorum",
    "kartım kayboldu",
    "mali mühür kartımız çalındı, süresi dolacak zaten",
  ])("'%s' (a card not told expired) still starts the revocation", async (text) => {
    const { chat } = await setup();
    const answer = await chat.say(text);
    expect(answer).not.toContain("iptal ettirmeniz gerekmez");
    expect(answer).toMatch(/kimliğinizi doğrulamamız gerekiyor/);
  });

  it.each(["our card expires next month and it was stolen", "our card was stolen, has it expired?"])(
    "EN: '%s' still starts the revocation",
    async (text) => {
      const { chat } = await setup({ locale: "en" });
      expect(await chat.say(text)).not.toContain("there is nothing to revoke");
    },
  );
});
