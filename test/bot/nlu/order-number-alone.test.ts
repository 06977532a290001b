/**
 * An order number read out in groups ("MM 3244 9626 09", "mm-3244-962609") is an order number
 * (core/ra/order-number.ts), and a message that is only one, with "sipariş" or "durumu" at most,
 * asks for the order's status (R3.2). It was asked back between the contact and the HSM
 * requirements.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "../../../bot/nlu/entities.ts";
import { intentOf } from "../../helpers/intent-of.ts";

describe("an order number in groups", () => {
  it.each([
    "MM 3244 9626 09",
    "mm-3244-962609",
    "MM 3244962609",
    "MM 32 44 96 26 09",
    "MM - 3244 - 9626 - 09",
    "mm 324-496-2609",
  ])("'%s' is read as MM3244962609", (text) => {
    expect(extractEntities(text).orderNo).toBe("MM3244962609");
  });

  it.each(["MM 3244 9626", "MM 3244 9626 0912 3"])("'%s' is no order number", (text) => {
    expect(extractEntities(text).orderNo).toBeUndefined();
  });

  it.each([
    ["MM 3244 9626 09", "tr"],
    ["mm-3244-962609", "tr"],
    ["MM 3244962609", "tr"],
    ["sipariş MM 3244 9626 09", "tr"],
    ["MM 3244 9626 09 durumu", "tr"],
    ["MM 3244 9626 09 sipariş durumu", "tr"],
    ["sipariş no: mm 32 44 96 26 09", "tr"],
    ["MM - 3244 - 9626 - 09", "tr"],
    ["order MM 3244 9626 09", "en"],
    ["MM 3244 9626 09 status", "en"],
  ] as const)("'%s' asks for the order's status", (text, locale) => {
    expect(intentOf(text, locale)).toBe("order_status");
  });
});
