/**
 * The four-eyes request in the support channel follows its decision: once a request is approved,
 * rejected or withdrawn (by its buttons or by `/mm onayla|reddet`), its message shows the decision,
 * who made it and when, and has no buttons left. A press on a stale button of a decided request is
 * answered clearly and changes nothing.
 */
import { describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { issueCard } from "../../helpers/issued-card.ts";
import {
  pressButton,
  slackConsoleStackForEachTest,
  testSupportChannel,
} from "../../helpers/slack-console-stack.ts";
import { type SlackCall, slackMessageText } from "../../helpers/slack-web-api.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const vkn = "3230512384";
const when = /\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}/;

describe("the four-eyes request message after its decision", () => {
  const s = slackConsoleStackForEachTest(sqlite, { provenContacts: true });

  /** Issues a new card of the VKN; returns its signing certificate's serial. */
  const issueSigning = async (ref: string) => (await issueCard(s.harness, ref)).serial;
  const statusOf = async (serial: string) => (await s.harness.engine.findBySerial(serial))?.status;

  /** U1 asks to revoke for GİB; returns the channel message and the request number. */
  async function ask(serial: string) {
    const start = s.fake.calls.length;
    await s.agent.runCommand(`/mm iptal ${serial} gib`, "U1");
    const posted = s.fake
      .since(start, "chat.postMessage")
      .find((c) => c.args.channel === testSupportChannel)!;
    expect(hasButtons(posted)).toBe(true);
    const id = (await s.harness.ra.revocation.findPending(serial))!.id;
    return { posted, id };
  }

  /** Presses a button of the channel message as `user`; returns what Slack received. */
  async function press(posted: SlackCall, actionId: string, requestId: string, user: string) {
    const { res, before } = await pressButton(s, {
      user,
      actionId,
      value: requestId,
      container: { type: "message", channel_id: testSupportChannel, message_ts: posted.ts },
    });
    expect(res.status).toBe(200);
    await s.fake.waitFor(
      () => s.fake.since(before).some((c) => c.method === "chat.update" || c.method === "response_url"),
      5_000,
    );
    await new Promise((r) => setTimeout(r, 100));
    return s.fake.since(before);
  }

  const hasButtons = (call: SlackCall) => JSON.stringify(call.args.blocks ?? []).includes('"type":"actions"');
  const updateOf = (calls: SlackCall[], posted: SlackCall) =>
    calls.find((c) => c.method === "chat.update" && c.args.ts === posted.ts);

  it("rejected by its button: the message says by whom and when, keeps the request, loses its buttons", async () => {
    const serial = await issueSigning("pos-msg-reject");
    const { posted, id } = await ask(serial);
    const update = updateOf(await press(posted, "mm_revocation_reject", id, "U2"), posted);
    expect(update).toBeDefined();
    const text = slackMessageText(update!.args);
    expect(text).toContain(id);
    expect(text).toContain(serial);
    expect(text).toContain("<@U1>");
    expect(text).toContain("<@U2>");
    expect(text).toContain("reddedildi");
    expect(text).toMatch(when);
    expect(text).not.toContain(vkn);
    expect(hasButtons(update!)).toBe(false);
    expect(await statusOf(serial)).toBe("valid");
  });

  it("approved by /mm onayla: the channel message is updated too; a stale button then changes nothing", async () => {
    const serial = await issueSigning("pos-msg-command");
    const { posted, id } = await ask(serial);
    const start = s.fake.calls.length;
    expect(await s.agent.runCommand(`/mm onayla ${id}`, "U2")).toContain("onaylandı");
    const update = updateOf(s.fake.since(start), posted);
    expect(update).toBeDefined();
    const text = slackMessageText(update!.args);
    expect(text).toContain("<@U2>");
    expect(text).toContain("onaylandı");
    expect(text).toMatch(when);
    expect(hasButtons(update!)).toBe(false);
    expect(await statusOf(serial)).toBe("revoked");

    const audited = s.audit.length;
    for (const action of ["mm_revocation_reject", "mm_revocation_approve"]) {
      const stale = await press(posted, action, id, "S1");
      expect(updateOf(stale, posted), action).toBeUndefined();
      const said = stale.filter((c) => c.method === "response_url").map((c) => slackMessageText(c.args));
      expect(said.join("\n"), action).toContain("artık beklemiyor");
    }
    expect(await statusOf(serial)).toBe("revoked");
    expect(
      s.audit.slice(audited).filter((e) => /revocation_(approved|rejected|withdrawn)/.test(e.action)),
    ).toEqual([]);
  });

  it("withdrawn by its requester with /mm reddet: the message says so, without buttons", async () => {
    const serial = await issueSigning("pos-msg-withdraw");
    const { posted, id } = await ask(serial);
    const start = s.fake.calls.length;
    expect(await s.agent.runCommand(`/mm reddet ${vkn}`, "U1")).toContain("geri çekildi");
    const update = updateOf(s.fake.since(start), posted);
    expect(update).toBeDefined();
    expect(slackMessageText(update!.args)).toContain("geri çekildi");
    expect(slackMessageText(update!.args)).toContain(id);
    expect(slackMessageText(update!.args)).toMatch(when);
    expect(hasButtons(update!)).toBe(false);
  });

  it("superseded by a lost-card revocation: the request's message says so, without buttons", async () => {
    const serial = await issueSigning("pos-msg-superseded");
    const { posted, id } = await ask(serial);
    await s.agent.runCommand(`/mm kimlik ${vkn}`, "U2");
    const email = (await s.harness.deps.subscribers.get(vkn))!.email;
    expect(
      await s.agent.runCommand(`/mm dogrula ${vkn} ${s.harness.outbox.lastCode(email)}`, "U2"),
    ).toContain("teyit edildi");
    const start = s.fake.calls.length;
    expect(await s.agent.runCommand(`/mm iptal ${serial} kayip`, "U2")).toContain("iptal edildi");
    const update = updateOf(s.fake.since(start), posted);
    expect(update).toBeDefined();
    const text = slackMessageText(update!.args);
    expect(text).toContain(id);
    expect(text).toContain("<@U2>");
    expect(text).toContain("kayıp");
    expect(text).toMatch(when);
    expect(hasButtons(update!)).toBe(false);
    expect(await statusOf(serial)).toBe("revoked");
  });
});
