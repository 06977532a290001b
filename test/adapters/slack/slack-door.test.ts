import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import {
  type SlackConsoleStack,
  startSlackConsoleStack,
  testSigningSecret,
} from "../../helpers/slack-console-stack.ts";
import { slackSignatureHeaders } from "../../helpers/slack-web-api.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("the Slack door (POST /slack/events)", () => {
  let s: SlackConsoleStack;
  let serial: string;
  let orderNo: string;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
    ({ orderNo, serial } = await issueCard(s.harness, "pos-door"));
  });
  afterAll(async () => s?.dispose());

  const commandBody = (text: string, user = "U1", trigger = `tr-${Math.random()}`) =>
    new URLSearchParams({
      command: "/mm",
      text,
      user_id: user,
      team_id: "T1",
      channel_id: "C0AGENTS",
      response_url: s.fake.newResponseUrl().url,
      trigger_id: trigger,
    }).toString();

  async function refusedWithoutEffect(headers: (body: string) => Record<string, string>) {
    const before = { calls: s.fake.calls.length, audit: s.audit.length };
    const body = commandBody(`iptal ${serial} gib`);
    const res = await s.agent.post(body, "application/x-www-form-urlencoded", headers(body));
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 150));
    expect(s.fake.calls.length).toBe(before.calls);
    expect(s.audit.length).toBe(before.audit);
    expect(await s.harness.ra.revocation.findPending(serial)).toBeUndefined();
  }

  it("a signed /mm durum is acknowledged with an empty 200 and answered through response_url", async () => {
    const out = await s.agent.command("/mm durum 3230512384");
    expect(out.status).toBe(200);
    expect(out.ackBody).toBe("");
    const answer = out.calls.find((c) => c.method === "response_url");
    expect(answer?.args.response_type).toBe("ephemeral");
    expect(JSON.stringify(answer?.args.blocks)).toContain("geçerli");
    expect(JSON.stringify(answer?.args)).not.toContain("3230512384"); // the VKN is masked
    expect(s.audit).toContainEqual(
      expect.objectContaining({ actor: "agent:U1", action: "agent_status_lookup" }),
    );
  });

  it("a forged signature is refused (401) and changes nothing", async () => {
    await refusedWithoutEffect((body) => slackSignatureHeaders("not-the-secret", body));
  });

  it("durum and kimlik take a VKN typed in groups, durum an order number in groups, and refuses two subjects with the usage line", async () => {
    for (const typed of ["323 051 2384", "323.051.2384"]) {
      const out = await s.agent.command(`/mm durum ${typed}`);
      expect(JSON.stringify(out.calls.find((c) => c.method === "response_url")?.args)).toContain("geçerli");
    }
    const grouped = `${orderNo.slice(0, 2)} ${orderNo.slice(2, 6)} ${orderNo.slice(6)}`;
    const order = await s.agent.command(`/mm durum ${grouped}`);
    expect(JSON.stringify(order.calls.find((c) => c.method === "response_url")?.args)).toContain(orderNo);
    const kimlik = await s.agent.command("/mm kimlik 323 051 23 84");
    expect(JSON.stringify(kimlik.calls.find((c) => c.method === "response_url")?.args)).not.toContain(
      "Kullanım",
    );
    const two = await s.agent.command("/mm durum 3230512384 ek");
    const usage = JSON.stringify(two.calls.find((c) => c.method === "response_url")?.args);
    expect(usage).toContain("Kullanım");
    expect(usage).not.toContain("3230512384");
  });

  it("a forged or malformed signature gets the coded JSON 401 of every door", async () => {
    for (const signature of ["v0=00", `v0=${"0".repeat(64)}`]) {
      const body = commandBody("durum 3230512384");
      const res = await s.agent.post(body, "application/x-www-form-urlencoded", {
        "x-slack-signature": signature,
      });
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("slack_bad_signature");
    }
  });

  it("a signed body that is no command, interaction or event gets 400 at once and changes nothing", async () => {
    const before = { calls: s.fake.calls.length, audit: s.audit.length };
    const form = "application/x-www-form-urlencoded";
    const payload = (value: unknown) => `payload=${encodeURIComponent(JSON.stringify(value))}`;
    const bodies: [string, string][] = [
      ["[1,2]", "application/json"],
      ["", form],
      ["", "application/json"],
      ['{"type":"event_callback"}', "application/json"],
      [payload({ __proto__: { x: 1 } }), form],
      [payload({ type: "block_actions", actions: [{ action_id: "x" }] }), form],
      [payload({ type: "block_actions", user: { id: "U1" }, actions: [] }), form],
      [payload({ type: "nonsense", user: { id: "U1" } }), form],
      ["payload=%7Bnot-json", form],
      ["command=%2Fmm&text=durum", form],
      ["text=durum&user_id=U1", form],
      ["command=/mm&user_id=U1", "text/plain"],
    ];
    for (const [body, type] of bodies) {
      const started = Date.now();
      const res = await s.agent.post(body, type);
      expect(res.status, body).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code, body).toBe("slack_bad_request");
      expect(Date.now() - started, body).toBeLessThan(1_000);
    }
    await new Promise((r) => setTimeout(r, 150));
    expect(s.fake.calls.length).toBe(before.calls);
    expect(s.audit.length).toBe(before.audit);
  });

  it("a signed, well-formed request no listener takes gets the coded 404 at once, not after Bolt's 3 s", async () => {
    const before = { calls: s.fake.calls.length, audit: s.audit.length };
    const form = "application/x-www-form-urlencoded";
    const payload = (value: unknown) => `payload=${encodeURIComponent(JSON.stringify(value))}`;
    const user = { id: "U1" };
    const bodies = [
      payload({ type: "block_actions", user, actions: [{ action_id: "mm_unknown_button", value: "x" }] }),
      payload({ type: "view_submission", user, view: { callback_id: "not_ours", state: { values: {} } } }),
      payload({ type: "view_submission", user }),
      payload({ type: "shortcut", user, callback_id: "anything" }),
      new URLSearchParams({ command: "/other", text: "durum", user_id: "U1", team_id: "T1" }).toString(),
    ];
    for (const body of bodies) {
      const started = Date.now();
      const res = await s.agent.post(body, form);
      expect(res.status, body).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code, body).toBe("slack_unhandled");
      expect(Date.now() - started, body).toBeLessThan(1_000);
    }
    await new Promise((r) => setTimeout(r, 150));
    expect(s.fake.calls.length).toBe(before.calls);
    expect(s.audit.length).toBe(before.audit);
  });

  it("a timestamp 10 minutes old is refused and changes nothing", async () => {
    await refusedWithoutEffect((body) =>
      slackSignatureHeaders(testSigningSecret, body, Math.floor(Date.now() / 1000) - 600),
    );
  });

  it("a correctly signed timestamp 10 minutes in the future is refused and changes nothing", async () => {
    await refusedWithoutEffect((body) =>
      slackSignatureHeaders(testSigningSecret, body, Math.floor(Date.now() / 1000) + 600),
    );
  });

  it("a missing timestamp is refused", async () => {
    await refusedWithoutEffect(() => ({ "x-slack-request-timestamp": "", "x-slack-signature": "v0=00" }));
  });

  it("a user not in SLACK_AGENTS is refused, audited, and changes nothing", async () => {
    const out = await s.agent.command(`/mm iptal ${serial} gib`, "U9");
    expect(out.status).toBe(200);
    expect(JSON.stringify(out.calls)).toContain("yetkili");
    expect(out.calls.some((c) => c.method === "chat.postMessage")).toBe(false);
    expect(await s.harness.ra.revocation.findPending(serial)).toBeUndefined();
    expect(s.audit).toContainEqual(
      expect.objectContaining({ actor: "slack:U9", action: "slack_access_refused", subject: "/mm" }),
    );
  });

  it("a Slack retry (X-Slack-Retry-Num) of a command has no second effect", async () => {
    const body = commandBody(`iptal ${serial} gib`, "U1", "trigger-retried");
    const start = s.fake.calls.length;
    const first = await s.agent.post(body, "application/x-www-form-urlencoded");
    expect(first.status).toBe(200);
    const done = (calls: typeof s.fake.calls) =>
      ["chat.postMessage", "response_url"].every((m) => calls.slice(start).some((c) => c.method === m));
    expect(await s.fake.waitFor(done, 5_000)).toBe(true);
    const posts = () =>
      s.fake.calls.filter((c) => c.method === "chat.postMessage" || c.method === "response_url").length;
    const before = posts();
    const retry = await s.agent.post(body, "application/x-www-form-urlencoded", {
      "x-slack-retry-num": "1",
      "x-slack-retry-reason": "http_timeout",
    });
    expect(retry.status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect(posts()).toBe(before);
    const pending = await s.harness.ra.revocation.findPending(serial);
    expect(pending?.requestedBy).toBe("U1");
    expect(s.audit.filter((e) => e.action === "revocation_requested")).toHaveLength(1);
  });
});
