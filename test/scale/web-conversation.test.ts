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
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

type Reply = { text?: string; buttons?: { id: string }[] }[];

/**
 * Runs one scripted conversation: after the greeting, each turn presses the first button of the
 * previous answer (or types a title when it offered none), sending turn i to `route(i)`.
 */
async function converse(route: (turn: number) => string, turns: number): Promise<string[]> {
  const created = await post(`${route(0)}/api/chat/sessions`, { locale: "tr" });
  expect(created.status).toBe(201);
  const { sessionId, token } = created.json as { sessionId: string; token: string };
  const transcript: string[] = [];
  let last = created.json.messages as Reply;
  for (let turn = 1; turn <= turns; turn++) {
    const button = turn === 1 ? "i:apply" : last.flatMap((m) => m.buttons ?? [])[0]?.id;
    const body = button ? { button } : { text: "Örnek Bilişim Anonim Şirketi" };
    const answer = await post(`${route(turn)}/api/chat/sessions/${sessionId}/messages`, body, token);
    expect(answer.status, JSON.stringify(answer.json)).toBe(200);
    last = answer.json.messages as Reply;
    transcript.push(JSON.stringify({ sent: body, got: last.map((m) => m.text) }));
  }
  return transcript;
}

describe("a web conversation on three instances of one PostgreSQL schema", () => {
  it("continues on whichever instance receives the next message (A, B, A, C, B …)", async () => {
    const urls = running!.instances.map((i) => i.baseUrl);
    const turns = 6;
    // the reference: the whole conversation on instance A
    const single = await converse(() => urls[0]!, turns);
    // the same conversation, the turns spread so that A answers again after B moved it on
    const order = [0, 1, 0, 2, 1, 0, 2];
    const spread = await converse((turn) => urls[order[turn]!]!, turns);
    expect(spread).toEqual(single);
    // and it did go somewhere: the turns are not all the same answer
    expect(new Set(single).size).toBeGreaterThan(2);
  }, 60_000);
});
