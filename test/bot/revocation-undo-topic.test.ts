/** R7.1: a revocation cannot be undone; a customer who asks is told so and offered a new application. */
import { describe, expect, it } from "vitest";
import { setup } from "./harness.ts";

describe("asking to undo a revocation (R7.1)", () => {
  it.each([
    "iptal edilen sertifikayı geri açabilir misiniz",
    "kartımızı iptal ettirdik ama bulduk, tekrar kullanabilir miyiz",
    "iptal işlemini geri alabilir miyiz",
  ])(
    "'%s' is told a revocation cannot be undone, not the refund answer nor a new revocation",
    async (text) => {
      const { chat } = await setup();
      const answer = await chat.say(text);
      expect(answer).toContain("geri alınamaz");
      expect(answer).not.toContain("iade edilmez");
      expect(answer).not.toMatch(/kimliğinizi doğrulamamız gerekiyor/);
      expect(chat.buttons()).toContain("Başvuru");
    },
  );

  it("EN: 'can a revocation be undone' gets the same answer", async () => {
    const { chat } = await setup({ locale: "en" });
    expect(await chat.say("we revoked our seal by mistake, can you restore it")).toContain(
      "cannot be undone",
    );
  });

  it("a revocation request itself still starts the revocation", async () => {
    const { chat } = await setup();
    expect(await chat.say("kartım kayboldu iptal etmek istiyorum")).not.toContain(
      "geri alınamaz: iptal edilen",
    );
  });
});
