import { describe, expect, it } from "vitest";
import { dialogExpectationOf } from "../../../adapters/telegram/dialog-expectation.ts";
import { sensitiveKindOf } from "../../../adapters/telegram/sensitive-message.ts";
import { parseState } from "../../../bot/state.ts";

describe("the dialog expectation behind Telegram's deletion of sensitive messages", () => {
  it("a code typed again at the menu after its question ended is deleted as a code, not as a PIN", () => {
    const state = parseState({
      v: 1,
      endedCode: { retryTopic: "contact_update", at: Date.now(), used: false },
    });
    const expectation = dialogExpectationOf(state);
    expect(expectation.awaitingCode).toBe(true);
    expect(sensitiveKindOf("482913", expectation)).toBe("code");
  });

  it("with no code question, open or just ended, a bare 6-digit number is not read as a code", () => {
    const expectation = dialogExpectationOf(parseState({ v: 1 }));
    expect(expectation).toEqual({ awaitingCode: false, numberExpected: false });
    expect(sensitiveKindOf("482913", expectation)).not.toBe("code");
  });
});
