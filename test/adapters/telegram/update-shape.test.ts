/**
 * Tester (hostile webhook bodies): an update with a negative update_id (`{"update_id": -5, …}`) was
 * taken (200) and its id written to the update log, though Telegram's update ids are positive. A
 * webhook body whose update_id is not a positive safe integer is now not an update (400, nothing
 * stored); well-formed updates are unchanged.
 */
import { describe, expect, it } from "vitest";
import { isWellFormedUpdate } from "../../../adapters/telegram/update-shape.ts";

const message = {
  message_id: 1,
  date: 1_796_218_716,
  chat: { id: 555, type: "private" },
  from: { id: 555, is_bot: false, first_name: "a" },
  text: "merhaba",
};

describe("the shape of a webhook update", () => {
  for (const updateId of [-5, -1, 0, 1.5, 2 ** 53, Number.NaN, "7", null]) {
    it(`update_id ${String(updateId)} is not an update`, () => {
      expect(isWellFormedUpdate({ update_id: updateId, message })).toBe(false);
    });
  }

  for (const updateId of [1, 100, 800_001, 2 ** 31, Number.MAX_SAFE_INTEGER]) {
    it(`update_id ${updateId} is`, () => {
      expect(isWellFormedUpdate({ update_id: updateId, message })).toBe(true);
      expect(isWellFormedUpdate({ update_id: updateId })).toBe(true);
    });
  }
});
