/**
 * Hostile input on every HTTP route of interfaces.md §2, against the whole service on loopback:
 * malformed and oversized bodies, wrong content types, binary, RTL, emoji, control characters and
 * SQL/HTML/script text, with a fixed seed. Every answer is a coded JSON error or the documented
 * protocol answer (an OCSP response, a Slack/Telegram refusal), never a 5xx or a stack trace, and
 * storage is unchanged except for the chat sessions the API created on purpose. Prints its figures.
 */
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ocspRequest } from "../helpers/ocsp-request.ts";
import { freePort, projectRoot } from "../helpers/processes.ts";
import { FakeTelegramApi } from "../helpers/telegram-fake-api.ts";
import { startTestService } from "../helpers/web-service.ts";

const PAYMENT_SECRET = "p".repeat(40);
const METRICS_TOKEN = "m".repeat(32);
const SLACK_SECRET = "slack-signing-secret-0123";
const TELEGRAM_SECRET = "tg-secret-0123";

let service: Awaited<ReturnType<typeof startTestService>>;
let telegram: FakeTelegramApi;
let metricsPort: number;
let base: string;

/** A seeded generator (fixed figures from run to run). */
function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Row counts of every model in storage. */
async function snapshot(): Promise<Record<string, number>> {
  const schema = readFileSync(join(projectRoot, "prisma/schema.prisma"), "utf8");
  const models = [...schema.matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!);
  const db = service.service.database.db as unknown as Record<
    string,
    { count(): Promise<number> } | undefined
  >;
  const out: Record<string, number> = {};
  for (const model of models) {
    const delegate = db[model[0]!.toLowerCase() + model.slice(1)];
    if (delegate) out[model] = await delegate.count();
  }
  // the periodic sweeps the job runner schedules for itself at start-up are not input's doing
  out.Job = await service.service.database.db.job.count({ where: { NOT: { kind: { endsWith: "_sweep" } } } });
  return out;
}

beforeAll(async () => {
  telegram = new FakeTelegramApi();
  await telegram.start();
  metricsPort = await freePort();
  service = await startTestService({
    MM_PAYMENT_WEBHOOK_SECRET: PAYMENT_SECRET,
    MM_METRICS_PORT: String(metricsPort),
    MM_METRICS_TOKEN: METRICS_TOKEN,
    SLACK_SIGNING_SECRET: SLACK_SECRET,
    SLACK_BOT_TOKEN: "xoxb-hostile-test",
    SLACK_API_URL: "http://127.0.0.1:9/api/",
    SLACK_SUPPORT_CHANNEL: "C0HOSTILE",
    SLACK_AGENTS: "U1:agent",
    TELEGRAM_BOT_TOKEN: "123456:hostile-test-token",
    TELEGRAM_API_ROOT: telegram.apiRoot,
    TELEGRAM_WEBHOOK_URL: "https://bot.example.com/telegram/webhook",
    TELEGRAM_WEBHOOK_SECRET: TELEGRAM_SECRET,
    MM_CHAT_SESSIONS_PER_MINUTE: "100000",
    MM_CHAT_REQUESTS_PER_MINUTE: "100000",
  });
  base = service.baseUrl;
}, 120_000);
afterAll(async () => {
  await service?.close();
  await telegram?.stop();
});

/** The hostile bodies, each with a name for the report. */
function bodies(random: () => number): [string, Uint8Array | string][] {
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));
  let nested = "";
  for (let i = 0; i < 20_000; i++) nested += "[";
  return [
    ["empty", ""],
    ["truncated json", '{"text": "mer'],
    ["json null", "null"],
    ["json array", "[1,2,3]"],
    ["json string", '"evet"'],
    ["json number overflow", "1e999999"],
    ["proto pollution", '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}},"text":1}'],
    ["wrong types", '{"text":{"$gt":""},"button":[1],"locale":42,"orderNo":true,"amountKurus":"NaN"}'],
    ["bad locale", '{"locale":"../../etc/passwd"}'],
    ["sql text", JSON.stringify({ text: '\'; DROP TABLE "Application"; --', locale: "tr' OR '1'='1" })],
    ["html script", JSON.stringify({ text: "<script>alert(1)</script><img src=x onerror=alert(2)>" })],
    [
      "rtl and emoji",
      JSON.stringify({ text: "\u202eşİı👩‍👩‍👧‍👦\u200f\u0627\u0644\u0639\u0631\u0628\u064a\u0629🔥" }),
    ],
    ["control chars", JSON.stringify({ text: "\u0000\u0001\u0007\b\u001b[31m\r\n\u2028\u2029" })],
    ["lone surrogate", '{"text":"\\ud800\\udfff\\ud800"}'],
    ["invalid utf8", Uint8Array.of(0x7b, 0x22, 0x74, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0xff, 0xfe, 0x22, 0x7d)],
    ["binary", bytes(2048)],
    ["deep nesting", nested],
    ["long text", JSON.stringify({ text: "ğ".repeat(50_000) })],
    ["oversize", "x".repeat(3 * 1024 * 1024)],
  ];
}

const contentTypes = [
  "application/json",
  "application/json; charset=utf-16",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=zz",
  "application/ocsp-request",
  undefined,
];

interface Route {
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  /** The route answers with the OCSP protocol (200 application/ocsp-response) instead of JSON errors. */
  ocsp?: boolean;
  /** A 201 here is a documented success that stores a conversation. */
  creates?: boolean;
  /** Refusals follow the platform's protocol (Slack's receiver: a bare 401), not the JSON errors. */
  platform?: boolean;
}

async function chatSession(): Promise<{ id: string; token: string }> {
  const res = await fetch(`${base}/api/chat/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  });
  const body = (await res.json()) as { sessionId: string; token: string };
  return { id: body.sessionId, token: body.token };
}

function routes(session: { id: string; token: string }): Route[] {
  const now = String(Math.floor(Date.now() / 1000));
  return [
    { method: "GET", path: "/healthz" },
    { method: "GET", path: "/ca/root.crt" },
    { method: "GET", path: "/ca/issuing.pem" },
    { method: "GET", path: "/ca/%00..%2f..%2fetc%2fpasswd.crt" },
    { method: "GET", path: "/crl/issuing.crl" },
    { method: "POST", path: "/ocsp", ocsp: true },
    { method: "GET", path: "/ocsp/%E2%80%AE%F0%9F%94%A5", ocsp: true },
    { method: "GET", path: `/ocsp/${"A".repeat(6000)}`, ocsp: true },
    { method: "GET", path: "/" },
    { method: "POST", path: "/api/chat/sessions", creates: true },
    {
      method: "POST",
      path: `/api/chat/sessions/${session.id}/messages`,
      headers: { authorization: "Bearer wrong" },
    },
    {
      method: "POST",
      path: `/api/chat/sessions/${session.id}/messages`,
      headers: { authorization: `Bearer ${session.token}` },
    },
    {
      method: "POST",
      path: "/api/chat/sessions/%F0%9F%94%A5'%20OR%201=1/messages",
      headers: { authorization: "Bearer x" },
    },
    {
      method: "GET",
      path: `/api/chat/sessions/${session.id}/events`,
      headers: { authorization: "Bearer wrong" },
    },
    { method: "POST", path: "/api/payments", headers: { authorization: "Bearer wrong" } },
    { method: "POST", path: "/api/payments", headers: { authorization: `Bearer ${PAYMENT_SECRET}` } },
    {
      method: "POST",
      path: "/api/payments",
      headers: { "x-mm-timestamp": now, "x-mm-signature": `sha256=${"0".repeat(64)}` },
    },
    { method: "POST", path: "/telegram/webhook", headers: { "x-telegram-bot-api-secret-token": "wrong" } },
    {
      method: "POST",
      path: "/slack/events",
      headers: { "x-slack-request-timestamp": now, "x-slack-signature": "v0=00" },
      platform: true,
    },
    { method: "GET", path: "/metrics" },
    { method: "GET", path: "/%ff%fe/../../../etc/passwd" },
  ];
}

const STACK = /\bat [\w.<>]+ \(|\.ts:\d+|node:internal|Error: .*\n\s+at /;

describe("hostile input on every HTTP route", () => {
  it("answers coded JSON errors or the protocol answer, never a 5xx or a stack trace, and changes nothing", async () => {
    const session = await chatSession();
    // warm-ups that legitimately write (the first CRL, the first OCSP signer use)
    await fetch(`${base}/crl/issuing.crl`);
    const before = await snapshot();
    const random = seeded(16);
    let tried = 0;
    let crashes = 0;
    let created = 0;
    const failures: string[] = [];
    for (const route of routes(session)) {
      for (const [name, body] of bodies(random)) {
        for (const type of route.method === "GET" ? [undefined] : contentTypes) {
          tried += 1;
          const headers: Record<string, string> = { ...route.headers };
          if (type) headers["content-type"] = type;
          let res: Response;
          try {
            res = await fetch(`${base}${route.path}`, {
              method: route.method,
              headers,
              ...(route.method === "POST" ? { body } : {}),
              signal: AbortSignal.timeout(15_000),
            });
          } catch (error) {
            // the server may close the connection on an oversized body; it must still be alive
            if (name === "oversize") continue;
            crashes += 1;
            failures.push(`${route.method} ${route.path} [${name}, ${type}]: ${String(error)}`);
            continue;
          }
          const text = Buffer.from(await res.arrayBuffer());
          const where = `${route.method} ${route.path.slice(0, 60)} [${name}, ${type}] → ${res.status}`;
          if (res.status >= 500) {
            crashes += 1;
            failures.push(`${where}: ${text.toString("utf8").slice(0, 200)}`);
            continue;
          }
          if (STACK.test(text.toString("utf8"))) failures.push(`${where}: stack trace`);
          if (route.creates && res.status === 201) {
            created += 1;
            continue;
          }
          const contentType = res.headers.get("content-type") ?? "";
          if (route.ocsp) {
            if (res.status !== 200 || contentType !== "application/ocsp-response")
              failures.push(`${where}: not OCSP`);
            continue;
          }
          if (route.platform) {
            if (res.status !== 401) failures.push(`${where}: a forged platform request was not refused`);
            continue;
          }
          if (res.status >= 400) {
            if (!contentType.includes("application/json")) {
              failures.push(`${where}: ${contentType} ${text.toString("utf8").slice(0, 80)}`);
              continue;
            }
            const json = JSON.parse(text.toString("utf8")) as {
              error?: { code?: unknown; message?: unknown };
            };
            if (typeof json.error?.code !== "string" || typeof json.error.message !== "string")
              failures.push(`${where}: no coded error`);
          }
        }
      }
    }
    const after = await snapshot();
    const changed: string[] = [];
    let recordsChanged = 0;
    for (const [model, count] of Object.entries(after)) {
      // each created chat session stores one conversation; nothing else may change
      const allowed = model === "Conversation" ? created : 0;
      const delta = count - (before[model] ?? 0) - allowed;
      if (delta !== 0) {
        recordsChanged += Math.abs(delta);
        changed.push(`${model} ${before[model]} → ${count}`);
      }
    }
    console.log(
      `hostile HTTP: ${tried} inputs tried, ${crashes} crashes, ${recordsChanged} records changed, ${created} sessions created on purpose`,
    );
    expect(changed).toEqual([]);
    expect(failures).toEqual([]);
    expect(crashes).toBe(0);
    // still serving
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  }, 600_000);

  it("serves /metrics only on MM_METRICS_PORT and only with the token; /healthz names no paths", async () => {
    expect((await fetch(`${base}/metrics`)).status).toBe(404);
    const scrape = `http://127.0.0.1:${metricsPort}/metrics`;
    expect((await fetch(scrape)).status).toBe(401);
    const ok = await fetch(scrape, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(ok.status).toBe(200);
    const text = await ok.text();
    expect(text).toContain("mm_http_requests_total");
    // the hostile paths above left no label of their own
    expect(text).not.toMatch(/route="\/(%|ca\/%00|api\/chat\/sessions\/[0-9a-f-]{8})/);
    const health = await (await fetch(`${base}/healthz`)).text();
    expect(health).not.toMatch(/\/tmp|\/work|softkey:|pkcs11:/);
  });

  it("accepts a correctly signed payment notice (the HMAC door is wired)", async () => {
    const body = JSON.stringify({
      orderNo: "MM0000000000",
      channel: "sanalpos",
      providerRef: "x",
      amountKurus: 1,
    });
    const t = String(Math.floor(Date.now() / 1000));
    const signature = `sha256=${createHmac("sha256", PAYMENT_SECRET).update(`${t}.${body}`).digest("hex")}`;
    const headers = { "content-type": "application/json", "x-mm-timestamp": t, "x-mm-signature": signature };
    const first = await fetch(`${base}/api/payments`, { method: "POST", headers, body });
    expect([400, 404]).toContain(first.status); // authenticated, then a coded refusal of the order
    const replay = await fetch(`${base}/api/payments`, { method: "POST", headers, body });
    expect(replay.status).toBe(409);
    expect(((await replay.json()) as { error: { code: string } }).error.code).toBe("replayed_notice");
  });

  it("answers structure-aware fuzzed DER on /ocsp with OCSP responses, never internalError", async () => {
    const issuing = new Uint8Array(await (await fetch(`${base}/ca/issuing.crt`)).arrayBuffer());
    const random = seeded(6960);
    const seeds = [
      ocspRequest(issuing, ["0a1b2c"]),
      ocspRequest(issuing, ["01", "7f".repeat(20)], true),
      ocspRequest(issuing, ["7f".repeat(21)]),
    ];
    const mutate = (der: Uint8Array): Uint8Array => {
      const kind = Math.floor(random() * 5);
      const out = Uint8Array.from(der);
      if (kind === 0) out[Math.floor(random() * out.length)] = Math.floor(random() * 256);
      if (kind === 1) return out.subarray(0, Math.floor(random() * out.length));
      if (kind === 2) out[1] = 0x84; // a huge long-form length
      if (kind === 3) {
        let deep: Uint8Array = Uint8Array.of(0x05, 0x00);
        for (let i = 0; i < 60; i++) deep = Uint8Array.from([0x30, 0x81, deep.length, ...deep].slice(0, 200));
        return deep;
      }
      if (kind === 4) return Uint8Array.from([...out, ...out.subarray(0, Math.floor(random() * 8))]);
      return out;
    };
    const statuses = new Map<number, number>();
    let tried = 0;
    for (let i = 0; i < 600; i++) {
      const der = mutate(seeds[i % seeds.length]!);
      tried += 1;
      const res =
        i % 3 === 0
          ? await fetch(`${base}/ocsp/${encodeURIComponent(Buffer.from(der).toString("base64"))}`)
          : await fetch(`${base}/ocsp`, {
              method: "POST",
              headers: { "content-type": "application/ocsp-request" },
              body: der,
            });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/ocsp-response");
      const body = new Uint8Array(await res.arrayBuffer());
      // OCSPResponse ::= SEQUENCE { responseStatus ENUMERATED, ... }
      const at = body[1]! & 0x80 ? 2 + (body[1]! & 0x7f) : 2;
      expect(body[at]).toBe(0x0a);
      const status = body[at + 2]!;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    console.log(
      `hostile OCSP: ${tried} fuzzed requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );
    expect(statuses.get(2) ?? 0).toBe(0); // internalError: an exception behind the responder
  }, 300_000);
});
