import { afterEach, describe, expect, it } from "vitest";
import { hashToken, tokenMatches } from "../../../adapters/web/session-token.ts";
import { EchoEngine } from "../../helpers/echo-engine.ts";
import { createChatSession, startWebTestApp, type WebTestApp } from "../../helpers/web-app.ts";

let app: WebTestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

function post(path: string, body: string | undefined, headers: Record<string, string> = {}) {
  return fetch(`${app!.baseUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
}

describe("web chat API", () => {
  it("creates a session with a token and the first messages", async () => {
    const engine = new EchoEngine();
    app = await startWebTestApp({ engine });
    const res = await post("/api/chat/sessions", JSON.stringify({ locale: "en" }));
    expect(res.status).toBe(201);
    const body = (await res.json()) as { sessionId: string; token: string; messages: unknown[] };
    expect(body.sessionId).toMatch(/^web_/);
    expect(Buffer.from(body.token, "base64url")).toHaveLength(32);
    expect(body.messages).toEqual([{ text: "hello en", buttons: [{ id: "menu", label: "Menü" }] }]);
    expect(engine.events[0]).toMatchObject({
      conversation: { id: body.sessionId, channel: "web", locale: "en" },
    });
  });

  it("accepts an empty body and defaults to Turkish", async () => {
    app = await startWebTestApp();
    const res = await fetch(`${app.baseUrl}/api/chat/sessions`, { method: "POST" });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { messages: { text: string }[] }).messages[0]!.text).toBe("hello tr");
  });

  it("answers text and button messages with the engine's messages", async () => {
    app = await startWebTestApp();
    const s = await createChatSession(app.baseUrl);
    const auth = { authorization: `Bearer ${s.token}` };
    const text = await post(
      `/api/chat/sessions/${s.sessionId}/messages`,
      JSON.stringify({ text: "merhaba" }),
      auth,
    );
    expect(text.status).toBe(200);
    expect(await text.json()).toEqual({ messages: [{ text: "echo: merhaba" }] });
    const button = await post(
      `/api/chat/sessions/${s.sessionId}/messages`,
      JSON.stringify({ button: "menu" }),
      auth,
    );
    expect(await button.json()).toEqual({ messages: [{ text: "pressed: menu" }] });
  });

  it("refuses a missing or wrong token with 401 and an unknown session with 404", async () => {
    app = await startWebTestApp();
    const s = await createChatSession(app.baseUrl);
    const body = JSON.stringify({ text: "x" });
    const missing = await post(`/api/chat/sessions/${s.sessionId}/messages`, body);
    expect(missing.status).toBe(401);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
    const other = await createChatSession(app.baseUrl);
    const wrong = await post(`/api/chat/sessions/${s.sessionId}/messages`, body, {
      authorization: `Bearer ${other.token}`,
    });
    expect(wrong.status).toBe(401);
    const unknown = await post("/api/chat/sessions/web_nope/messages", body, {
      authorization: `Bearer ${s.token}`,
    });
    expect(unknown.status).toBe(404);
  });

  it("takes a 1 000-character message however its JSON escapes it (every character as \\uXXXX)", async () => {
    const engine = new EchoEngine();
    app = await startWebTestApp({ engine });
    const s = await createChatSession(app.baseUrl);
    const text = "ğüşıöç".repeat(167).slice(0, 1000);
    const escaped = `{"text":"${[...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}"}`;
    expect(JSON.parse(escaped).text).toBe(text);
    const res = await post(`/api/chat/sessions/${s.sessionId}/messages`, escaped, {
      authorization: `Bearer ${s.token}`,
    });
    expect(res.status).toBe(200);
    expect(engine.events.at(-1)).toMatchObject({ event: { type: "text", text } });
  });

  it("answers 413 to a body over 16 kB and 400 to bad JSON or a bad shape, without a stack trace", async () => {
    app = await startWebTestApp();
    const s = await createChatSession(app.baseUrl);
    const auth = { authorization: `Bearer ${s.token}` };
    const path = `/api/chat/sessions/${s.sessionId}/messages`;
    const big = await post(path, JSON.stringify({ text: "a".repeat(17_000) }), auth);
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({ error: { code: "too_large", message: "request body too large" } });
    const bad = await post(path, "{not json", auth);
    expect(bad.status).toBe(400);
    const badText = await bad.text();
    expect(badText).not.toMatch(/at .*\.ts|SyntaxError/);
    expect(JSON.parse(badText).error.code).toBe("bad_request");
    // valid JSON that is not an object is told so, not called invalid JSON
    for (const body of ["null", "5", '"hi"']) {
      const res = await post(path, body, auth);
      expect(res.status, body).toBe(400);
      expect(await res.json(), body).toEqual({
        error: { code: "bad_request", message: "request body must be a JSON object" },
      });
    }
    for (const shape of [
      {},
      { text: "" },
      { text: "a", button: "b" },
      { text: 5 },
      { text: "x".repeat(1001) },
    ]) {
      const res = await post(path, JSON.stringify(shape), auth);
      expect(res.status, JSON.stringify(shape)).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("invalid_request");
    }
    const badLocale = await post("/api/chat/sessions", JSON.stringify({ locale: "de" }));
    expect(badLocale.status).toBe(400);
  });

  it("rate-limits a session with 429 and a JSON error", async () => {
    app = await startWebTestApp({
      limits: { sessionsPerIp: 100, requestsPerIp: 100, messagesPerSession: 3, windowSeconds: 60 },
    });
    const s = await createChatSession(app.baseUrl);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await post(
        `/api/chat/sessions/${s.sessionId}/messages`,
        JSON.stringify({ text: `m${i}` }),
        {
          authorization: `Bearer ${s.token}`,
        },
      );
      statuses.push(res.status);
      if (res.status === 429) {
        expect(res.headers.get("retry-after")).toMatch(/^\d+$/);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
      } else await res.text();
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it("rate-limits session creation per IP", async () => {
    app = await startWebTestApp({
      limits: { sessionsPerIp: 2, requestsPerIp: 100, messagesPerSession: 10, windowSeconds: 60 },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await post("/api/chat/sessions", "{}")).status);
    expect(statuses).toEqual([201, 201, 429]);
  });

  it("stores only a hash of the token and compares it", () => {
    const hash = hashToken("abc");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(tokenMatches("abc", hash)).toBe(true);
    expect(tokenMatches("abd", hash)).toBe(false);
    expect(tokenMatches("abc", "00")).toBe(false);
  });
});
