/**
 * Which option, or how the options differ, asked at a choice question without naming them ("fark
 * ne", "hangisi bizim için", "hangisini seçmeliyim", "which one?" at the person type; "fark ne" at
 * the HSM's individual/group question): before, "Lütfen seçeneklerden birini seçin" and the question
 * again. The step's own explanation answers it, then the question again.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup, tuzelCardAnswers } from "../harness.ts";

describe("the options asked without naming them", () => {
  it.each(["fark ne", "hangisi bizim için", "hangisini seçmeliyim", "farkı nedir"])(
    "at the person type: %s",
    async (question) => {
      const { chat } = await setup();
      await chat.say("başvuru");
      const reply = await chat.say(question);
      expect(reply).toMatch(/Gerçek kişi: şahıs işletmeleri/);
      expect(reply).not.toMatch(/seçeneklerden birini seçin/);
      expect(reply).toMatch(/tüzel kişi adına mı/);
    },
  );

  it("in English", async () => {
    const { chat } = await setup({ locale: "en" });
    await chat.say("I want to apply");
    expect(await chat.say("which one?")).toMatch(/Real person \(gerçek kişi\): sole proprietorships/);
  });

  it("at the HSM's individual or group question", async () => {
    const { chat } = await setup();
    await sayAll(chat, [...tuzelCardAnswers.slice(0, 8), "hsm"]);
    const reply = await chat.say("fark ne");
    expect(reply).toMatch(/Bireysel: HSM'ye yalnızca/);
    expect(reply).not.toMatch(/seçeneklerden birini seçin/);
  });
});
