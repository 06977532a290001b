/**
 * Tester (hostile bodies): the chat API took a JSON body whatever its Content-Type said (multipart,
 * XML, UTF-16): the session was created or the message handled. A type that names another format or
 * a charset other than UTF-8 is 415 `unsupported_media_type`, nothing is created and the engine is
 * not asked. What simple clients send a JSON text as without saying so (no type, fetch's
 * `text/plain`, curl -d's form type) is still read as JSON, and must parse as JSON. A request
 * without a body has no type to check (a new session's body is optional).
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
  "multipart/form-data; boundary=zz",
  "application/xml",
  "text/html",
  "application/jsonp",
  "application/json; charset=utf-16",
  "application/json; charset=latin1",
  "text/plain; charset=iso-8859-9",
];

/** Types a JSON text is read under: JSON's own, and what fetch and curl -d send by default. */
const readTypes: (string | undefined)[] = [
  "application/json",
  "Application/JSON; charset=UTF-8",
  "application/json;charset=utf-8",
  "application/vnd.api+json",
  "text/plain;charset=UTF-8",
  "application/x-www-form-urlencoded",
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

  it("a body that is no JSON text under a plain type is 400 bad_request, nothing created", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", undefined]) {
      const session = await createChatSession(app.baseUrl);
      const turns = engine.events.length;
      const created = await post("/api/chat/sessions", type, "locale=en");
      expect(created.status, String(type)).toBe(400);
      const sent = await post(
        `/api/chat/sessions/${session.sessionId}/messages`,
        type,
        "text=merhaba",
        session.token,
      );
      expect(sent.status, String(type)).toBe(400);
      expect(((await sent.json()) as { error: { code: string } }).error.code).toBe("bad_request");
      expect(engine.events.length).toBe(turns);
    }
  });

  it("JSON's types, fetch's text/plain, curl -d's form type and no type are read as JSON; a request with no body is not refused for its type", async () => {
    for (const type of readTypes) {
      const created = await post("/api/chat/sessions", type, '{"locale":"en"}');
      expect(created.status, String(type)).toBe(201);
      const { sessionId, token } = (await created.json()) as { sessionId: string; token: string };
      const sent = await post(`/api/chat/sessions/${sessionId}/messages`, type, '{"text":"merhaba"}', token);
      expect(sent.status, String(type)).toBe(200);
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
