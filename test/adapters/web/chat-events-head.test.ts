/**
 * Tester (methods on the event stream): `HEAD /api/chat/sessions/:id/events` with the session's token
 * was attached as an event stream: the messages waiting for the browser (an agent's reply pushed while
 * no tab listened) were written to it, where a HEAD answer carries no body, so they were lost, and
 * later pushes went there too while it stayed open. HEAD now answers the stream's headers and ends,
 * attaching nothing: the waiting messages reach the next real listener.
 */
import { afterEach, describe, expect, it } from "vitest";
import { nextMessagesEvent } from "../../helpers/sse-messages.ts";
import { createChatSession, startWebTestApp, type WebTestApp } from "../../helpers/web-app.ts";

let app: WebTestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe("HEAD on the web chat's event stream", () => {
  it("answers the stream's headers, attaches nothing, and the waiting messages reach the next listener", async () => {
    app = await startWebTestApp();
    const s = await createChatSession(app.baseUrl);
    await app.chat.outbound.push(s.sessionId, [{ text: "Temsilci: Merhaba" }]);
    const head = await fetch(`${app.baseUrl}/api/chat/sessions/${s.sessionId}/events`, {
      method: "HEAD",
      headers: { authorization: `Bearer ${s.token}` },
      signal: AbortSignal.timeout(5_000),
    });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(app.chat.outbound.listenerCount).toBe(0);
    expect(app.chat.outbound.pendingSessionCount).toBe(1);
    const res = await fetch(`${app.baseUrl}/api/chat/sessions/${s.sessionId}/events?token=${s.token}`);
    expect(await nextMessagesEvent(res)).toEqual({ messages: [{ text: "Temsilci: Merhaba" }] });
  });

  it("HEAD still checks the token", async () => {
    app = await startWebTestApp();
    const s = await createChatSession(app.baseUrl);
    const head = await fetch(`${app.baseUrl}/api/chat/sessions/${s.sessionId}/events`, {
      method: "HEAD",
      headers: { authorization: "Bearer wrong" },
    });
    expect(head.status).toBe(401);
  });
});
