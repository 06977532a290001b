import { afterEach, describe, expect, it } from "vitest";
import { nextMessagesEvent } from "../../helpers/sse-messages.ts";
import { createChatSession, startWebTestApp, type WebTestApp } from "../../helpers/web-app.ts";

let app: WebTestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe("web chat events (SSE)", () => {
  it("delivers a message pushed through the outbound port to a listener (token in the query)", async () => {
    app = await startWebTestApp();
    const s = await createChatSession(app.baseUrl);
    const res = await fetch(`${app.baseUrl}/api/chat/sessions/${s.sessionId}/events?token=${s.token}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const event = nextMessagesEvent(res);
    for (let i = 0; i < 50 && app.chat.outbound.listenerCount === 0; i++)
      await new Promise((r) => setTimeout(r, 10));
    await app.chat.outbound.push(s.sessionId, [{ text: "Temsilci: Merhaba" }]);
    expect(await event).toEqual({ messages: [{ text: "Temsilci: Merhaba" }] });
  });

  it("keeps a message pushed before the listener connects and sends it on connect (Bearer header)", async () => {
    app = await startWebTestApp();
    const s = await createChatSession(app.baseUrl);
    await app.chat.outbound.push(s.sessionId, [{ text: "later" }]);
    const res = await fetch(`${app.baseUrl}/api/chat/sessions/${s.sessionId}/events`, {
      headers: { authorization: `Bearer ${s.token}` },
    });
    expect(await nextMessagesEvent(res)).toEqual({ messages: [{ text: "later" }] });
  });

  it("refuses an event stream without the session token", async () => {
    app = await startWebTestApp();
    const s = await createChatSession(app.baseUrl);
    const res = await fetch(`${app.baseUrl}/api/chat/sessions/${s.sessionId}/events?token=wrong`);
    expect(res.status).toBe(401);
  });
});

describe("web chat event stream limits", () => {
  it("keeps at most a few streams per session, closing the oldest", async () => {
    app = await startWebTestApp();
    const s = await createChatSession(app.baseUrl);
    const streams: Response[] = [];
    for (let i = 0; i < 6; i++) {
      streams.push(await fetch(`${app.baseUrl}/api/chat/sessions/${s.sessionId}/events?token=${s.token}`));
    }
    for (let i = 0; i < 50 && app.chat.outbound.listenerCount !== 4; i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(app.chat.outbound.listenerCount).toBe(4);
    for (const r of streams) await r.body?.cancel().catch(() => {});
  });
});
