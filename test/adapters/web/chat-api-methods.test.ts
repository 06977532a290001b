/**
 * Tester: GET/PUT/DELETE on `/api/chat/sessions` (and on `…/:id/messages`) answered 404. A known route
 * with a method it does not take is 405 `method_not_allowed` with an `Allow` header and the JSON error
 * body; an unknown path stays 404.
 */
import { afterEach, describe, expect, it } from "vitest";
import { startWebTestApp, type WebTestApp } from "../../helpers/web-app.ts";

let app: WebTestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe("web chat API: a known route with a wrong method", () => {
  for (const [path, method, allow] of [
    ["/api/chat/sessions", "GET", "POST"],
    ["/api/chat/sessions", "PUT", "POST"],
    ["/api/chat/sessions", "DELETE", "POST"],
    ["/api/chat/sessions/web_abc/messages", "GET", "POST"],
    ["/api/chat/sessions/web_abc/messages", "PUT", "POST"],
    ["/api/chat/sessions/web_abc/messages", "DELETE", "POST"],
    ["/api/chat/sessions/web_abc/events", "POST", "GET, HEAD"],
  ] as const) {
    it(`${method} ${path} is 405 method_not_allowed, Allow: ${allow}`, async () => {
      app ??= await startWebTestApp();
      const res = await fetch(`${app.baseUrl}${path}`, { method });
      expect(res.status).toBe(405);
      expect(res.headers.get("allow")).toBe(allow);
      expect(await res.json()).toEqual({
        error: { code: "method_not_allowed", message: expect.any(String) },
      });
    });
  }

  it("an unknown path stays 404 not_found", async () => {
    app = await startWebTestApp();
    for (const method of ["GET", "POST", "DELETE"]) {
      const res = await fetch(`${app.baseUrl}/api/chat/nothing-here`, { method });
      expect(res.status).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
    }
  });
});
