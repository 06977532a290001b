/**
 * Hostile probe of the console's interactive payloads (second round): the revocation buttons pressed
 * for a request that does not exist, with an empty or huge value, or again after it was decided
 * (approve after approve, reject after approve). Each press is acknowledged (200), answered to the
 * presser alone, and changes nothing: no second decision, no audit entry, no channel message.
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../helpers/databases.ts";
import { issueCard } from "../helpers/issued-card.ts";
import {
  pressButton,
  slackConsoleStackForEachTest,
  testSupportChannel,
} from "../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const approve = "mm_revocation_approve";
const reject = "mm_revocation_reject";

describe("revocation buttons for requests that do not exist or were decided", () => {
  const s = slackConsoleStackForEachTest(sqlite, { provenContacts: true });

  /** Presses and waits for the ephemeral answer; returns what it caused besides that answer. */
  async function pressAndSettle(actionId: string, value: string) {
    const audit = s.audit.length;
    const { res, before } = await pressButton(s, { user: "U2", actionId, value });
    expect(res.status, value.slice(0, 40)).toBe(200);
    const answered = await s.fake.waitFor(
      (calls) => calls.slice(before).some((c) => c.method === "response_url"),
      5_000,
    );
    expect(answered, `answered ${value.slice(0, 40)}`).toBe(true);
    await new Promise((r) => setTimeout(r, 100));
    const answers = s.fake.since(before, "response_url");
    expect(
      answers.every((a) => a.args.response_type === "ephemeral"),
      value.slice(0, 40),
    ).toBe(true);
    return {
      audit: s.audit.slice(audit),
      effects: s.fake.since(before).filter((c) => c.method !== "response_url"),
    };
  }

  it.each([
    ["no such request", "IP-7K2M9QXZ"],
    ["an empty value", ""],
    ["a huge value", "IP-".padEnd(5000, "X")],
    ["not a request number", '\'; DROP TABLE "RevocationRequest"; --'],
  ])("%s: answered, nothing changes", async (_what, value) => {
    for (const actionId of [approve, reject]) {
      const { audit, effects } = await pressAndSettle(actionId, value);
      expect(audit).toEqual([]);
      expect(effects.filter((c) => c.method === "chat.postMessage" || c.method === "chat.update")).toEqual(
        [],
      );
    }
  });

  it("pressed again after the decision: answered, no second decision", async () => {
    const { serial } = await issueCard(s.harness, "pos-probe-decided");
    await s.agent.runCommand(`/mm iptal ${serial} gib`, "U1");
    const id = (await s.harness.ra.revocation.findPending(serial))!.id;
    const { before } = await pressButton(s, {
      user: "U2",
      actionId: approve,
      value: id,
    });
    await s.fake.waitFor(
      (calls) => calls.slice(before).some((c) => c.method === "chat.update" || c.method === "response_url"),
      5_000,
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(
      s.audit.filter((e) => e.action === "certificate_revoked" || e.action.includes("revocation")),
    ).not.toEqual([]);
    for (const actionId of [approve, reject]) {
      const { audit, effects } = await pressAndSettle(actionId, id);
      expect(audit).toEqual([]);
      expect(
        effects.filter((c) => c.method === "chat.postMessage" && c.args.channel === testSupportChannel),
      ).toEqual([]);
    }
  });

  it("a signed body over 1 MB (a huge payload) gets the coded 413 and no listener runs", async () => {
    const before = { calls: s.fake.calls.length, audit: s.audit.length };
    const payload = {
      type: "block_actions",
      user: { id: "U2" },
      team: { id: "T1" },
      api_app_id: "A1",
      trigger_id: "huge",
      response_url: s.fake.newResponseUrl().url,
      actions: [{ type: "button", action_id: approve, value: "X".repeat(1_200_000), action_ts: "1" }],
    };
    for (const [body, type] of [
      [
        new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
        "application/x-www-form-urlencoded",
      ],
      [JSON.stringify({ type: "event_callback", pad: "a".repeat(1_200_000) }), "application/json"],
    ]) {
      const res = await s.agent.post(body, type);
      expect(res.status, type).toBe(413);
      expect(((await res.json()) as { error: { code: string } }).error.code, type).toBe("too_large");
    }
    await new Promise((r) => setTimeout(r, 150));
    expect(s.fake.calls.length).toBe(before.calls);
    expect(s.audit.length).toBe(before.audit);
  });
});
