import { describe, expect, it } from "vitest";
import { InProcessHandoff } from "../../../adapters/handoff/in-process-handoff.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";

describe("in-process hand-off", () => {
  it("opens one short ticket per conversation, masks the summary and relayed messages, closes", async () => {
    const handoff = new InProcessHandoff(
      createLogger({ level: "silent" }),
      new FrozenClock("2026-11-25T07:00:00Z"),
    );
    const { ticket } = await handoff.requestAgent({
      conversationId: "web-1",
      channel: "web",
      summary: "VKN 3230512384, e-posta bilgi@ornek.com.tr, tel 0532 123 45 67",
    });
    expect(ticket).toMatch(/^T-[A-Z2-9]{8}$/);
    expect(
      (await handoff.requestAgent({ conversationId: "web-1", channel: "web", summary: "again" })).ticket,
    ).toBe(ticket);
    await handoff.relayCustomerMessage("web-1", "TCKN'm 10000000146");
    const [open] = handoff.tickets();
    const text = open!.messages.join("\n");
    expect(text).not.toMatch(/3230512384|bilgi@ornek|123 45 67|10000000146/);
    expect(text).toContain("32******84");
    expect(await handoff.isOpen("web-1")).toBe(true);
    expect(handoff.close("web-1")).toBe(true);
    expect(await handoff.isOpen("web-1")).toBe(false);
  });
});
