/**
 * A day or time the calendar lacks typed in the "Randevu ver" modal (console tester, round 21):
 * `31.02.2027 10:00` was rolled over by Date.UTC to 03.03.2027, saved and e-mailed to the firm. It
 * is refused on the field by name now, and nothing is recorded or sent.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseIstanbulTime } from "../../../adapters/slack/hsm-appointment-time.ts";
import { testDialects } from "../../helpers/databases.ts";
import { submitHsmModal } from "../../helpers/hsm-modal.ts";
import {
  paidHsmOrder,
  type SlackConsoleStack,
  startSlackConsoleStack,
} from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("parseIstanbulTime", () => {
  it("reads GG.AA.YYYY SS:DD in Istanbul time (UTC+3)", () => {
    expect(parseIstanbulTime("29.02.2028 10:00")).toEqual({
      kind: "at",
      at: new Date("2028-02-29T07:00:00Z"),
    });
    expect(parseIstanbulTime("1.1.2027 0:00")).toEqual({ kind: "at", at: new Date("2026-12-31T21:00:00Z") });
    expect(parseIstanbulTime("31.12.2027 23:59")).toEqual({
      kind: "at",
      at: new Date("2027-12-31T20:59:00Z"),
    });
  });

  it("names a day the calendar lacks instead of rolling it over", () => {
    for (const [typed, date] of [
      ["31.02.2027 10:00", "31.02.2027"],
      ["30.02.2028 10:00", "30.02.2028"],
      ["29.02.2027 10:00", "29.02.2027"],
      ["29.02.2100 10:00", "29.02.2100"],
      ["31.04.2027 10:00", "31.04.2027"],
      ["32.01.2027 10:00", "32.01.2027"],
      ["00.01.2027 10:00", "00.01.2027"],
      ["15.13.2027 10:00", "15.13.2027"],
      ["15.0.2027 10:00", "15.00.2027"],
    ])
      expect(parseIstanbulTime(typed!), typed).toEqual({ kind: "no_such_day", date });
  });

  it("names a time the clock lacks", () => {
    expect(parseIstanbulTime("15.12.2027 24:00")).toEqual({ kind: "no_such_time", time: "24:00" });
    expect(parseIstanbulTime("15.12.2027 10:61")).toEqual({ kind: "no_such_time", time: "10:61" });
  });

  it("leaves text of another form to core's invalid_appointment", () => {
    for (const typed of ["yarın", "", "15.12.27 10:00", "15/12/2027 10:00", "15.12.2027"])
      expect(parseIstanbulTime(typed), typed).toEqual({ kind: "malformed" });
  });
});

describe("the appointment modal with an impossible date", () => {
  let s: SlackConsoleStack;
  let orderNo: string;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
    orderNo = await paidHsmOrder(s, "pos-hsm-feb31");
    await s.harness.ra.production.advanceHsm({ orderNo, step: "firm_ready", actor: "agent:U1" });
  });
  afterAll(async () => s?.dispose());

  const steps = async () => (await s.harness.ra.orderStatus(orderNo))!.steps.map((x) => x.step);
  const mails = () => s.harness.outbox.sent.filter((n) => n.template === "hsm_appointment");

  it("refuses 31.02, 30.02, 29.02 of a common year on the field; nothing is saved or e-mailed", async () => {
    for (const typed of ["31.02.2027 10:00", "30.02.2028 10:00", "29.02.2027 10:00", "31.11.2027 09:00"]) {
      const ack = await submitHsmModal(s, `${orderNo}:appointment_set`, typed);
      expect(ack.response_action, typed).toBe("errors");
      expect(ack.errors?.mm_hsm_input, typed).toBe(
        `${typed.split(" ")[0]} takvimde olmayan bir gün; gerçek bir tarih girin (GG.AA.YYYY SS:DD).`,
      );
    }
    expect(await steps()).not.toContain("appointment_set");
    expect(mails()).toHaveLength(0);
  });

  it("refuses 24:00 and 10:61 on the field", async () => {
    for (const [typed, time] of [
      ["15.12.2027 24:00", "24:00"],
      ["15.12.2027 10:61", "10:61"],
    ]) {
      const ack = await submitHsmModal(s, `${orderNo}:appointment_set`, typed!);
      expect(ack.errors?.mm_hsm_input, typed).toContain(`${time} geçerli bir saat değil`);
    }
    expect(await steps()).not.toContain("appointment_set");
    expect(mails()).toHaveLength(0);
  });

  it("keeps 29.02 of a leap year as typed: saved and e-mailed for that very day", async () => {
    expect(await submitHsmModal(s, `${orderNo}:appointment_set`, "29.02.2028 10:00")).toEqual({});
    expect(await steps()).toContain("appointment_set");
    expect(mails()).toHaveLength(1);
    expect(mails()[0]!.params?.date).toBe("29.02.2028 10:00");
  });
});
