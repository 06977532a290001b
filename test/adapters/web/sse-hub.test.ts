import { describe, expect, it } from "vitest";
import { MAX_PENDING_SESSIONS, SseHub } from "../../../adapters/web/sse-hub.ts";

describe("SSE hub memory", () => {
  it("keeps undelivered messages for at most MAX_PENDING_SESSIONS sessions, dropping the longest-waiting", async () => {
    const hub = new SseHub();
    for (let i = 0; i < MAX_PENDING_SESSIONS + 5; i++) await hub.push(`web_${i}`, [{ text: `m${i}` }]);
    expect(hub.pendingSessionCount).toBe(MAX_PENDING_SESSIONS);
    // web_0 … web_4 waited longest and were dropped; a new push to web_5 makes it the newest.
    await hub.push("web_5", [{ text: "again" }]);
    await hub.push("web_new", [{ text: "new" }]);
    expect(hub.pendingSessionCount).toBe(MAX_PENDING_SESSIONS);
    const written: string[] = [];
    const fake = {
      status: () => fake,
      setHeader: () => fake,
      flushHeaders: () => {},
      write: (chunk: string) => written.push(chunk),
      on: () => fake,
      end: () => {},
    };
    hub.attach("web_5", fake as never);
    expect(written.join("")).toContain('"text":"m5"');
    expect(written.join("")).toContain('"text":"again"');
    written.length = 0;
    hub.attach("web_0", fake as never);
    expect(written.join("")).not.toContain("m0");
    hub.closeAll();
  });
});
