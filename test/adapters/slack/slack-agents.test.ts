import { describe, expect, it } from "vitest";
import { ConfigurationError, readEnvironment } from "../../../adapters/config/environment.ts";
import { MemoryHandledRequests, RETRY_MEMORY_MS, RetryGuard } from "../../../adapters/slack/retry-guard.ts";
import { SlackAgents } from "../../../adapters/slack/slack-agents.ts";

describe("SLACK_AGENTS", () => {
  it("is parsed into users with roles; anyone else has no role", () => {
    const env = readEnvironment({ SLACK_AGENTS: "U1:agent, U2:agent,S1:supervisor" });
    const agents = new SlackAgents(env.SLACK_AGENTS);
    expect(agents.roleOf("U1")).toBe("agent");
    expect(agents.roleOf("S1")).toBe("supervisor");
    expect(agents.roleOf("U9")).toBeUndefined();
    expect(agents.roleOf(undefined)).toBeUndefined();
  });

  it.each(["U1", "U1:admin", "U1:agent,,U2:agent", "u1:agent", "U1:agent,U1:supervisor"])(
    "%s stops start-up with one line naming SLACK_AGENTS",
    (value) => {
      expect(() => readEnvironment({ SLACK_AGENTS: value })).toThrow(ConfigurationError);
      expect(() => readEnvironment({ SLACK_AGENTS: value })).toThrow(/^configuration error: SLACK_AGENTS /);
    },
  );
});

describe("the retry guard", () => {
  it("drops a second delivery of the same event or trigger, keeps new ones, forgets the oldest past its capacity", async () => {
    let now = Date.parse("2026-11-25T07:00:00Z");
    const guard = new RetryGuard(new MemoryHandledRequests(2), () => now);
    expect(await guard.seen({ event_id: "E1" })).toBe(false);
    expect(await guard.seen({ event_id: "E1" }, 1)).toBe(true);
    expect(await guard.seen({ trigger_id: "t1" })).toBe(false);
    expect(await guard.seen({ trigger_id: "t2" })).toBe(false);
    expect(await guard.seen({ event_id: "E1" })).toBe(false); // forgotten past capacity
    expect(await guard.seen({}, 1)).toBe(true); // an unidentifiable retry is dropped
    expect(await guard.seen({})).toBe(false);
    expect(await guard.seen({ trigger_id: "t2" }, 2)).toBe(true);
    now += RETRY_MEMORY_MS;
    expect(await guard.seen({ trigger_id: "t2" })).toBe(false); // expired: new again
  });
});
