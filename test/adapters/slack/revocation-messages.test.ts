/**
 * A request message posted by another instance is found by its metadata in the channel's history,
 * so a decision taken on this instance still replaces it; one not found is left alone.
 */
import type { webApi } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { revocationMessages, revocationMetadataType } from "../../../adapters/slack/revocation-messages.ts";
import { answer } from "../../../adapters/slack/slack-answer.ts";

function stubClient(messages: { ts: string; metadata?: unknown }[]) {
  const updates: Record<string, unknown>[] = [];
  const posts: Record<string, unknown>[] = [];
  const client = {
    chat: {
      postMessage: async (args: Record<string, unknown>) => {
        posts.push(args);
        return { ok: true, channel: args.channel, ts: `17.${posts.length}` };
      },
      update: async (args: Record<string, unknown>) => {
        updates.push(args);
        return { ok: true };
      },
    },
    conversations: { history: async () => ({ ok: true, messages }) },
  };
  return { client: client as unknown as webApi.WebClient, updates, posts };
}

const decision = answer(["decided"]);

describe("revocation request messages", () => {
  it("posts with metadata naming the request and updates the message it posted", async () => {
    const { client, updates, posts } = stubClient([]);
    const messages = revocationMessages(client, "C0SUPPORT");
    await messages.announce(answer(["asks"]), "req-1");
    expect(posts[0]).toMatchObject({
      channel: "C0SUPPORT",
      metadata: { event_type: revocationMetadataType, event_payload: { request_id: "req-1" } },
    });
    await messages.showDecision("req-1", decision);
    expect(updates).toEqual([expect.objectContaining({ channel: "C0SUPPORT", ts: "17.1", text: "decided" })]);
  });

  it("finds a message another instance posted by its metadata; leaves an unknown request alone", async () => {
    const { client, updates } = stubClient([
      { ts: "16.1", metadata: { event_type: "mm_handoff", event_payload: { ticket: "T-1" } } },
      {
        ts: "16.2",
        metadata: { event_type: revocationMetadataType, event_payload: { request_id: "req-2" } },
      },
    ]);
    const messages = revocationMessages(client, "C0SUPPORT");
    await messages.showDecision("req-2", decision);
    await messages.showDecision("req-3", decision);
    expect(updates).toEqual([expect.objectContaining({ ts: "16.2", text: "decided" })]);
  });

  it("without a support channel posts and updates nothing", async () => {
    const { client, updates, posts } = stubClient([{ ts: "16.2" }]);
    const messages = revocationMessages(client, undefined);
    await messages.announce(answer(["asks"]), "req-4");
    await messages.showDecision("req-4", decision);
    expect(posts).toEqual([]);
    expect(updates).toEqual([]);
  });
});
