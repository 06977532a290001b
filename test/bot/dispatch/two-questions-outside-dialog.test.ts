/**
 * Two questions in one message outside any dialog ("fiyatı ne kadar, ödeme nasıl yapılır?") get both
 * answers, in the order asked; one question, a statement beside a question (its context), or a
 * question beside a request that starts a dialog, is answered as before.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../harness.ts";

describe("two questions in one message at the menu", () => {
  it.each([
    ["fiyatı ne kadar, ödeme nasıl yapılır?", ["1.500,00 TL", "sanal POS"]],
    ["başvuru için hangi belgeler gerekli ve ödeme nasıl yapılır", ["belge", "sanal POS"]],
  ])("%s → both answers", async (text, expected) => {
    const { chat } = await setup();
    const answer = await chat.say(text);
    const at = expected.map((part) => answer.toLocaleLowerCase("tr").indexOf(part.toLocaleLowerCase("tr")));
    for (const index of at) expect(index, answer).toBeGreaterThanOrEqual(0);
    expect(at[0]!).toBeLessThan(at[1]!);
  });

  it("English: 'how much is it and how do I pay?' → both answers", async () => {
    const { chat } = await setup({ locale: "en" });
    const answer = await chat.say("how much is it and how do I pay?");
    expect(answer).toContain("1,500.00");
    expect(answer).toContain("virtual POS");
  });

  it("a question beside a request that starts a dialog starts the dialog", async () => {
    const { chat } = await setup();
    expect(await chat.say("kartımı kaybettim, ne yapmalıyım?")).toContain("VKN");
  });
});

describe("two questions at a choice question of the application", () => {
  it("'fiyatı ne kadar, ödeme nasıl yapılır?' at tüzel/gerçek → both answers, then the question again", async () => {
    const { chat } = await setup();
    await chat.say("başvuru");
    const answer = await chat.say("fiyatı ne kadar, ödeme nasıl yapılır?");
    expect(answer).toContain("1.500,00 TL");
    expect(answer).toContain("sanal POS");
    expect(answer.indexOf("1.500,00 TL")).toBeLessThan(answer.indexOf("sanal POS"));
    expect(chat.buttons()).toEqual(expect.arrayContaining(["Tüzel kişi", "Gerçek kişi"]));
  });
});
