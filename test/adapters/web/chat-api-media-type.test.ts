/**
 * Tester (hostile bodies): the chat API took a JSON body whatever its Content-Type said (text/plain,
 * a form, multipart, none at all, UTF-16): the session was created or the message handled. The API
 * is a JSON API (interfaces.md §2): a body sent as anything but `application/json` (UTF-8) is 415
 * `unsupported_media_type`, nothing is created and the engine is not asked. A request without a
 * body has no type to check (a new session's body is optional).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EchoEngine } from "../../helpers/echo-engine.ts";
import { createChatSession, startWebTestApp, type WebTestApp } from "../../helpers/web-app.ts";

let app: WebTestApp;
const engine = new EchoEngine();
beforeAll(async () => {
  app = await startWebTestApp({ engine });
});
afterAll(async () => {
  await app?.close();
});

/** A body as bytes: fetch adds no Content-Type of its own to it. */
const bytes = (text: string) => new TextEncoder().encode(text);

const refusedTypes: (string | undefined)[] = [
  "text/plain",
  "text/plain; charset=utf-8",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=zz",
  "application/xml",
  "application/jsonp",
  "application/json; charset=utf-16",
  "application/json; charset=latin1",
  undefined,
];

async function post(path: string, type: string | undefined, body: string, token?: string) {
  const headers: Record<string, string> = {};
  if (type) headers["content-type"] = type;
  if (token) headers.authorization = `Bearer ${token}`;
  return fetch(`${app.baseUrl}${path}`, { method: "POST", headers, body: bytes(body) });
}

describe("web chat API: the Content-Type of a body", () => {
  for (const type of refusedTypes) {
    it(`a JSON body sent as ${type ?? "no Content-Type"} is 415 unsupported_media_type, nothing created or handled`, async () => {
      const session = await createChatSession(app.baseUrl);
      const turns = engine.events.length;
      const created = await post("/api/chat/sessions", type, '{"locale":"en"}');
      expect(created.status).toBe(415);
      expect(await created.json()).toEqual({
        error: {
          code: "unsupported_media_type",
          message: "the chat API takes a JSON body: send Content-Type: application/json (UTF-8)",
        },
      });
      const sent = await post(
        `/api/chat/sessions/${session.sessionId}/messages`,
        type,
        '{"text":"merhaba"}',
        session.token,
      );
      expect(sent.status).toBe(415);
      expect(((await sent.json()) as { error: { code: string } }).error.code).toBe("unsupported_media_type");
      expect(engine.events.length).toBe(turns);
    });
  }

  it("application/json, with any letter case and a UTF-8 charset, is taken; a request with no body is not refused for its type", async () => {
    for (const type of [
      "application/json",
      "Application/JSON; charset=UTF-8",
      "application/json;charset=utf-8",
    ]) {
      const created = await post("/api/chat/sessions", type, '{"locale":"en"}');
      expect(created.status, type).toBe(201);
      const { sessionId, token } = (await created.json()) as { sessionId: string; token: string };
      const sent = await post(`/api/chat/sessions/${sessionId}/messages`, type, '{"text":"merhaba"}', token);
      expect(sent.status, type).toBe(200);
      expect(await sent.json()).toEqual({ messages: [{ text: "echo: merhaba" }] });
    }
    const bare = await fetch(`${app.baseUrl}/api/chat/sessions`, { method: "POST" });
    expect(bare.status).toBe(201);
    const empty = await fetch(`${app.baseUrl}/api/chat/sessions`, {
      method: "POST",
      body: new Uint8Array(0),
    });
    expect(empty.status).toBe(201);
    const { sessionId, token } = (await empty.json()) as { sessionId: string; token: string };
    const nothing = await fetch(`${app.baseUrl}/api/chat/sessions/${sessionId}/messages`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
    });
    expect(nothing.status).toBe(400);
    expect(((await nothing.json()) as { error: { code: string } }).error.code).toBe("invalid_request");
  });
});
