/**
 * Hostile probe (third round): secrets typed in the web chat never reach the log unmasked. The whole
 * service runs at log level trace with its real logger (every line through maskLogLine); a customer
 * types a TCKN (bare, in groups, with zero-width joiners, in full-width digits), a VKN, an e-mail and
 * a phone number, PIN- and PUK-like numbers and a password, answers an application's questions with
 * them, and sends broken bodies holding them; the captured log holds none of them.
 */
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeService, type Service } from "../../adapters/composition/service.ts";
import { readEnvironment } from "../../adapters/config/environment.ts";
import { createLogger } from "../../adapters/logging/logger.ts";

const lines: string[] = [];
let service: Service;
let baseUrl: string;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "mm-secrets-log-"));
  const env = readEnvironment({ MM_DATA_DIR: dir, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "trace" });
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  service = await composeService(env, createLogger({ level: "trace", destination }));
  baseUrl = `http://127.0.0.1:${(service.server!.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  await service?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function session(): Promise<{ id: string; token: string }> {
  const res = await fetch(`${baseUrl}/api/chat/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  });
  const body = (await res.json()) as { sessionId: string; token: string };
  return { id: body.sessionId, token: body.token };
}

async function send(s: { id: string; token: string }, body: string, type = "application/json") {
  const res = await fetch(`${baseUrl}/api/chat/sessions/${s.id}/messages`, {
    method: "POST",
    headers: { "content-type": type, authorization: `Bearer ${s.token}` },
    body,
  });
  return { status: res.status, text: await res.text() };
}

const say = (s: { id: string; token: string }, text: string) => send(s, JSON.stringify({ text }));

/** Secrets as their digits or letters; each must not be found in the log (digits also with separators dropped). */
const secrets = [
  "10000000146",
  "3230512384",
  "5321234567",
  "bilgi@ornek.com.tr",
  "4829",
  "73915",
  "67281934",
  "Gizli-Parola-77",
];

describe("secrets typed in the chat never reach the log", () => {
  it("typed, pasted in disguise, answered to the application and in broken bodies", async () => {
    const s = await session();
    for (const text of [
      "merhaba, TCKN'im 10000000146",
      "tc kimlik no: 100 000 001 46",
      "1\u200D0\u200D0000000146",
      "１００００００００１４６",
      "PIN'im 4829, kartım kilitlendi",
      "PUK kodum 67281934",
      "şifrem Gizli-Parola-77",
      "pin 73915 mi yazayım",
      "ip\u200Dtal etmek istiyorum",
      "i\u0307ptal",
      "temsilci",
      "menü",
      "başvuru",
      "tüzel",
      "3230512384",
      "Örnek Bilişim A.Ş.",
      "Ayşe Yılmaz",
      "10000000146",
      "bilgi@ornek.com.tr",
      "0532 123 45 67",
    ])
      expect((await say(s, text)).status, text).toBe(200);
    // broken bodies holding secrets: coded 400/415, and not logged either
    expect((await send(s, '{"text": "10000000146', "application/json")).status).toBe(400);
    expect((await send(s, '{"10000000146": "4829"}')).status).toBe(400);
    expect((await send(s, "<x>10000000146</x>", "application/xml")).status).toBe(415);
    expect((await send(s, JSON.stringify({ text: 10000000146 }))).status).toBe(400);
    // a wrong token with a secret in the path's place
    const wrong = await fetch(`${baseUrl}/api/chat/sessions/10000000146/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer 4829" },
      body: JSON.stringify({ text: "PIN 4829" }),
    });
    expect([401, 404]).toContain(wrong.status);
    const log = lines.join("");
    expect(log).toContain("web chat session created");
    for (const secret of secrets) expect(log, secret).not.toContain(secret);
    expect(log).not.toMatch(/100\s?000\s?001\s?46/);
  }, 120_000);
});
