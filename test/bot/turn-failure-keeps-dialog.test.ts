/**
 * Session 27 (from the hostile tester's report): a turn whose port failed unexpectedly (the RA's
 * storage busy or out of reach at the application's "evet") answered "please try again a little
 * later" but dropped the dialog, so the application typed so far was lost and "evet" again met no
 * question. The dialog is kept for a retry (the submission is idempotent by the dialog's key); a
 * dialog that fails three turns in a row is left, as it may be what fails.
 */
import { describe, expect, it } from "vitest";
import { sayAll, setup, tuzelCardAnswers } from "./harness.ts";

describe("a turn whose port fails", () => {
  it("keeps the application: 'evet' again submits it once", async () => {
    const { chat, ra, world } = await setup();
    const submit = ra.submitApplication.bind(ra);
    let failures = 1;
    ra.submitApplication = async (input) => {
      if (failures-- > 0) throw new Error("storage busy");
      return submit(input);
    };
    await sayAll(chat, tuzelCardAnswers);
    expect(await chat.say("evet")).toMatch(/tamamlayamadım/);
    const retried = await chat.say("evet");
    expect(retried).toMatch(/MM\d+/);
    expect(world.submissions).toHaveLength(1);
  });

  it("keeps a question's place: the next answer goes on from it", async () => {
    const { chat, ra } = await setup();
    const submit = ra.submitApplication.bind(ra);
    ra.submitApplication = async () => {
      throw new Error("storage busy");
    };
    await sayAll(chat, tuzelCardAnswers);
    expect(await chat.say("evet")).toMatch(/tamamlayamadım/);
    ra.submitApplication = submit;
    expect(await chat.say("hayır")).toMatch(/düzelt|hangi/i);
  });

  it("leaves a dialog that fails three turns in a row", async () => {
    const { chat, ra } = await setup();
    ra.submitApplication = async () => {
      throw new Error("always fails");
    };
    await sayAll(chat, tuzelCardAnswers);
    for (let i = 0; i < 3; i++) expect(await chat.say("evet")).toMatch(/tamamlayamadım/);
    expect(await chat.say("evet")).not.toMatch(/tamamlayamadım/);
  });
});
