import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testPostgresUrl } from "../helpers/databases.ts";
import { createSoftHsm, type SoftHsm } from "../helpers/softhsm.ts";
import { freshSchema } from "./scale-env.ts";
import { type Instances, startInstances } from "./service-instances.ts";

let hsm: SoftHsm;
let schema: Awaited<ReturnType<typeof freshSchema>>;
let running: Instances | undefined;

beforeAll(async () => {
  hsm = createSoftHsm();
  hsm.initToken("scale-web");
  schema = await freshSchema();
  running = await startInstances(3, {
    databaseUrl: `${testPostgresUrl}?schema=${schema.schema}`,
    hsm,
    token: "scale-web",
  });
}, 240_000);
afterAll(async () => {
  await running?.stop();
  await schema?.drop();
  hsm?.dispose();
}, 60_000);

async function post(
  url: string,
  body: unknown,
  token?: string,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

describe("a web conversation on three instances of one PostgreSQL schema", () => {
  it("continues on whichever instance receives the next message", async () => {
    const [a, b, c] = running!.instances;
    const created = await post(`${a!.baseUrl}/api/chat/sessions`, { locale: "tr" });
    expect(created.status).toBe(201);
    const { sessionId, token } = created.json as { sessionId: string; token: string };
    const say = (instance: typeof a, text: string) =>
      post(`${instance!.baseUrl}/api/chat/sessions/${sessionId}/messages`, { text }, token);
    // the same conversation, each turn on another instance
    const first = await say(a, "sipariş durumumu öğrenmek istiyorum");
    expect(first.status).toBe(200);
    const second = await say(b, "MM-2026-000000");
    expect(second.status).toBe(200);
    const third = await say(c, "merhaba");
    expect(third.status).toBe(200);
    console.log(JSON.stringify([created.json.messages, first.json, second.json, third.json], null, 1));
  }, 60_000);
});
