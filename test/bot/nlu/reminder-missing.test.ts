/**
 * "Hatırlatma maili gelmedi hiç", "we never got the renewal reminder" got the renewal text alone
 * (the reminders are sent), and "I did not receive any reminder email" a choice between the order
 * and the renewal. Where the reminders go (the address on record, R8.2), the spam folder, and the
 * update of that address after identity verification (R5.1): info.reminder_missing.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { reminderMissingTold } from "../../../bot/nlu/reminder-missing.ts";
import { setup } from "../harness.ts";

const told: [string, "tr" | "en"][] = [
  ["hatirlatma maili gelmedi hic", "tr"],
  ["süre bitiyor diye hatırlatma e-postası almadık", "tr"],
  ["yenileme hatırlatmaları bize ulaşmadı", "tr"],
  ["we never got the renewal reminder", "en"],
  ["I did not receive any reminder email", "en"],
];

const notThis = ["hatırlatma ne zaman gelir", "yenileme hatırlatması gelir mi", "when are reminders sent?"];

describe("the expiry reminders not received", () => {
  it.each(told)("%j is told", (text) => {
    expect(reminderMissingTold(foldTurkish(text))).toBe(true);
  });

  it.each(notThis)("%j is the renewal's own question", (text) => {
    expect(reminderMissingTold(foldTurkish(text))).toBe(false);
  });

  it.each(told)("%j: the address on record, its update offered", async (text, locale) => {
    const { chat } = await setup({ locale });
    const reply = await chat.say(text);
    expect(reply).toMatch(locale === "tr" ? /kayıtlı e-posta adresinize/ : /address on record/);
    expect(reply).toMatch(locale === "tr" ? /spam/ : /spam/);
    expect(reply).toMatch(
      locale === "tr" ? /kimlik doğrulamasından sonra güncelleyebilirsiniz/ : /update it/,
    );
  });
});
