/**
 * A one-time code the bot's own dialog sent never reaches the agents' thread during a hand-off:
 * the relay withholds it (the desk is told a code was typed, `••••••`), the customer is told not to
 * share codes; other messages, and a number typed when no bot code is recent, are relayed as before.
 */
import { describe, expect, it } from "vitest";
import { endedCodeMemoryMs } from "../../../bot/dispatch/ended-code.ts";
import {
  botCodeRecent,
  endedCodeWithheldMs,
  WITHHELD_CODE,
  withholdOneTimeCodes,
} from "../../../bot/handoff/code-withholding.ts";
import type { HandoffRecord, HandoffRepository } from "../../../bot/handoff/handoff-repository.ts";
import { HandoffService } from "../../../bot/handoff/handoff-service.ts";
import { initialState } from "../../../bot/state.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import { RecordingDesk, RecordingOutbound } from "../../helpers/recording-handoff-desk.ts";
import { botTexts, setup } from "../harness.ts";

const minute = 60_000;

describe("withholding one-time codes", () => {
  it("replaces a code typed alone or in a sentence, grouped or not; leaves longer numbers alone", () => {
    for (const code of ["682257", "682 257", "68 22 57", "kodum: 682-257", '"682257"'])
      expect(withholdOneTimeCodes(code)).toEqual({ text: WITHHELD_CODE, withheld: true });
    expect(withholdOneTimeCodes("kod 682257 geldi ama olmadı")).toEqual({
      text: `kod ${WITHHELD_CODE} geldi ama olmadı`,
      withheld: true,
    });
    for (const other of ["VKN 3230512384", "tel 0532 123 45 67", "sipariş MM1234567890", "kartım kayboldu"])
      expect(withholdOneTimeCodes(other)).toEqual({ text: other, withheld: false });
  });

  it("applies while the bot's code is recent: the question open at the hand-off, or ended a short while ago", () => {
    expect(endedCodeWithheldMs).toBe(endedCodeMemoryMs);
    const now = Date.parse("2026-11-25T07:00:00Z");
    expect(botCodeRecent(initialState(), now)).toBe(false);
    expect(botCodeRecent({ ...initialState(), handoffCodeSentAt: now - 14 * minute }, now)).toBe(true);
    expect(botCodeRecent({ ...initialState(), handoffCodeSentAt: now - 16 * minute }, now)).toBe(false);
    const ended = { retryTopic: "revoke" as const, used: true };
    expect(botCodeRecent({ ...initialState(), endedCode: { ...ended, at: now - 9 * minute } }, now)).toBe(
      true,
    );
    expect(botCodeRecent({ ...initialState(), endedCode: { ...ended, at: now - 11 * minute } }, now)).toBe(
      false,
    );
  });
});

describe("the hand-off relay", () => {
  async function relay() {
    const record: HandoffRecord = {
      ticket: "T-ABCD2345",
      conversationId: "conv-1",
      channel: "web",
      locale: "tr",
      status: "open",
      summary: "konu=menü",
      deskThread: "C1:1",
      openedAt: new Date("2026-11-25T07:00:00Z"),
    } as HandoffRecord;
    const repository = {
      active: async (id: string) => (id === record.conversationId ? record : undefined),
    } as unknown as HandoffRepository;
    const desk = new RecordingDesk();
    const service = new HandoffService({
      repository,
      jobs: { schedule: async () => {} } as never,
      outbound: new RecordingOutbound(),
      desk,
      texts: await botTexts(),
      clock: new FrozenClock("2026-11-25T07:00:00Z"),
    });
    return { service, desk };
  }

  it("withholds the bot's code from the desk and says so; relays everything else masked", async () => {
    const { service, desk } = await relay();
    expect(await service.relayCustomerMessage("conv-1", "682 257", { botCodeRecent: true })).toBe(
      "code_withheld",
    );
    expect(
      await service.relayCustomerMessage("conv-1", "kodum 682257, VKN 3230512384", { botCodeRecent: true }),
    ).toBe("code_withheld");
    expect(await service.relayCustomerMessage("conv-1", "kartım kayıp", { botCodeRecent: true })).toBe(
      "relayed",
    );
    expect(await service.relayCustomerMessage("other", "682257", { botCodeRecent: true })).toBe("no_handoff");
    expect(desk.calls.map((c) => [c.call, c.detail])).toEqual([
      ["customerWroteCodeWithheld", WITHHELD_CODE],
      ["customerWroteCodeWithheld", expect.stringMatching(/^kodum ••••••, VKN \S+$/)],
      ["customerWrote", "kartım kayıp"],
    ]);
    for (const call of desk.calls) expect(call.detail).not.toMatch(/682|257|3230512384/);
  });

  it("relays a number when no bot code is recent (an agent's own /mm kimlik code is the agent's business)", async () => {
    const { service, desk } = await relay();
    expect(await service.relayCustomerMessage("conv-1", "482913")).toBe("relayed");
    expect(desk.calls.map((c) => c.call)).toEqual(["customerWrote"]);
  });
});

describe("a code typed to the agent after the bot's verification sent it", () => {
  const firm = {
    vkn: "3230512384",
    title: "ÖRNEK A.Ş.",
    email: "bilgi@ornek.com.tr",
    phone: "+905321234567",
  };

  it("is withheld and the customer told not to share codes; the next message is relayed", async () => {
    const c = await setup();
    await c.ra.registerSubscriber({
      idNumber: firm.vkn,
      title: firm.title,
      email: firm.email,
      phone: firm.phone,
    });
    await c.chat.say("kart kayıp");
    await c.chat.say(firm.vkn);
    await c.chat.say("temsilci");
    const code = c.lastCodeTo(firm.email)!;
    expect(code).toMatch(/^\d{6}$/);
    const answer = await c.chat.say(code);
    expect(answer).toContain("paylaşmayın");
    expect(answer).not.toContain(code);
    await c.chat.say("kartı dün kaybettim");
    expect(c.handoff.relayed.map((r) => r.text)).toEqual([WITHHELD_CODE, "kartı dün kaybettim"]);
  });

  it("a 6-digit number typed in a hand-off with no bot code is relayed", async () => {
    const c = await setup();
    await c.chat.say("temsilci");
    await c.chat.say("482913");
    expect(c.handoff.relayed.map((r) => r.text)).toEqual(["482913"]);
  });
});
