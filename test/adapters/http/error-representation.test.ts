/**
 * Tester (hostile headers): a chat page asset asked with a range past its end (`Range:
 * bytes=999999-`) or a failing precondition (`If-Match: nope`, an old `If-Unmodified-Since`) got
 * 416/412 whose body was the coded JSON error but whose headers were the asset's: `Content-Type:
 * text/javascript`, its ETag, Last-Modified and `Cache-Control: public, max-age=3600`, and the code
 * was the generic `bad_request` "bad request". An error answer is now JSON in its headers too, carries
 * no validators or freshness of the representation it replaced, and says what failed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWebTestApp, type WebTestApp } from "../../helpers/web-app.ts";

let app: WebTestApp;
beforeAll(async () => {
  app = await startWebTestApp();
});
afterAll(async () => {
  await app?.close();
});

const cases: [headers: Record<string, string>, status: number, code: string][] = [
  [{ range: "bytes=999999-" }, 416, "range_not_satisfiable"],
  [{ "if-match": '"nope"' }, 412, "precondition_failed"],
  [{ "if-unmodified-since": "Mon, 01 Jan 1990 00:00:00 GMT" }, 412, "precondition_failed"],
];

describe("an error answer in place of a static asset", () => {
  for (const [headers, status, code] of cases) {
    it(`${JSON.stringify(headers)} on /chat/chat.js is ${status} ${code}, JSON in its headers`, async () => {
      const asset = (await fetch(`${app.baseUrl}/chat/chat.js`)).headers.get("etag");
      const res = await fetch(`${app.baseUrl}/chat/chat.js`, { headers });
      expect(res.status).toBe(status);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      for (const name of ["last-modified", "cache-control", "accept-ranges"])
        expect(res.headers.get(name), name).toBeNull();
      expect(res.headers.get("etag")).not.toBe(asset);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe(code);
      expect(body.error.message).not.toBe("bad request");
    });
  }

  it("the asset itself is still served, with its caching headers", async () => {
    const res = await fetch(`${app.baseUrl}/chat/chat.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/javascript/);
    expect(res.headers.get("etag")).not.toBeNull();
  });
});
