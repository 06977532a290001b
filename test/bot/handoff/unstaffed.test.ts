/**
 * Tester (session 17): with no agents' desk (no Slack console, or one without a support channel)
 * "temsilci" opened a hand-off and answered "Mesajınızı temsilciye ilettim" to every later message,
 * though nobody could read them. Without a desk no hand-off is opened: the call centre is given and
 * the dialog stays where it was.
 */
import { describe, expect, it } from "vitest";
import { HandoffService } from "../../../bot/handoff/handoff-service.ts";
import { RecordingDesk } from "../../helpers/recording-handoff-desk.ts";
import { sayAll, setup, tuzelAnswersToEmail } from "../harness.ts";

describe("a request for an agent with no desk", () => {
  it("gives the call centre, opens no hand-off, and keeps the application's question", async () => {
    const { chat, handoff } = await setup();
    Object.assign(handoff, { staffed: () => false });
    await sayAll(chat, tuzelAnswersToEmail);
    const answer = await chat.say("temsilci");
    expect(answer).toMatch(/444 5 576/);
    expect(answer).not.toMatch(/ilettim|T-[A-Z2-9]{8}/);
    expect(handoff.requests).toHaveLength(0);
    // the dialog kept its place: the e-mail is still the question
    expect(await chat.say("bilgi@ornek.com.tr")).toMatch(/telefon/i);
  });

  it("the hand-off service is staffed only with a desk", () => {
    const base = {
      repository: {} as never,
      jobs: {} as never,
      outbound: {} as never,
      texts: () => "",
      clock: {} as never,
    };
    expect(new HandoffService(base).staffed()).toBe(false);
    expect(new HandoffService({ ...base, desk: new RecordingDesk() }).staffed()).toBe(true);
  });
});
