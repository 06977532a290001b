import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService } from "../../helpers/web-service.ts";

/**
 * The web chat's per-client limits count a client as every other per-client limit does
 * (adapters/http/client-address.ts `clientKey`): an IPv4 address, or the /64 of an IPv6 address, so
 * a client cannot pass the limit by taking new addresses in its own /64.
 */
describe("web chat rate limits: one client per IPv4 address or IPv6 /64", () => {
  let s: Awaited<ReturnType<typeof startTestService>>;
  beforeAll(async () => {
    s = await startTestService({ MM_TRUST_PROXY: "loopback", MM_CHAT_SESSIONS_PER_MINUTE: "2" });
  });
  afterAll(async () => s?.close());

  const create = async (ip: string) => {
    const res = await fetch(`${s.baseUrl}/api/chat/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": ip },
      body: JSON.stringify({ locale: "tr" }),
    });
    await res.text();
    return res.status;
  };

  it("refuses a third session from new addresses of one IPv6 /64, serves another /64 and IPv4", async () => {
    const statuses = [];
    for (const ip of ["2001:db8:5:7::1", "2001:db8:5:7:aaaa::2", "2001:0db8:0005:0007:ffff:1:2:3"])
      statuses.push(await create(ip));
    expect(statuses).toEqual([201, 201, 429]);
    expect(await create("2001:db8:5:8::1")).toBe(201);
    expect(await create("203.0.113.50")).toBe(201);
    expect(await create("::ffff:203.0.113.50")).toBe(201);
    expect(await create("203.0.113.50")).toBe(429);
  });
});
