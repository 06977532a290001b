/**
 * The words that name a human agent (bot/nlu/commands.ts) mean the same to the global commands and to
 * the call centre's number question (bot/dispatch/number-question.ts): each is the `agent` command,
 * and beside the phone number it still asks for a person, so the customer is handed off rather
 * than given the number.
 */
import { describe, expect, it } from "vitest";
import { agentStem, agentWords, globalCommand } from "../../../bot/nlu/commands.ts";
import { setup } from "../harness.ts";

const words = [agentStem, `${agentStem}ye`, ...agentWords];

describe("the agent words", () => {
  it.each(words)("'%s' is the agent command", (word) => {
    expect(globalCommand(word)).toBe("agent");
  });

  it.each(words)("'%s telefon numarasi' hands off (asks for a person, not for the number)", async (word) => {
    const { chat, handoff } = await setup();
    await chat.say(`${word} telefon numarasi`);
    expect(handoff.requests).toHaveLength(1);
  });
});
