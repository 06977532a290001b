/**
 * The dispatch steps' order is the engine's precedence rule: pinned by name, by the runner (the
 * first step that handles a turn ends it) and by the cases each neighbouring pair decides.
 */
import { describe, expect, it } from "vitest";
import type { UserEvent } from "../../../bot/channel-port.ts";
import { type DispatchStep, runSteps } from "../../../bot/dispatch/step.ts";
import { dispatchSteps } from "../../../bot/dispatch/steps.ts";
import type { EngineDeps } from "../../../bot/engine-deps.ts";
import { initialState } from "../../../bot/state.ts";
import { Turn } from "../../../bot/turn.ts";
import { sayAll, setup, tuzelCardAnswers } from "../harness.ts";

describe("dispatch steps", () => {
  it("are, highest precedence first: start, handoff, endedCode, typedRetry, secretGuard, globalCommand, menuButton, privacyRequest, followUp, flowStep, intent, fallback", () => {
    expect(dispatchSteps.map((s) => s.name)).toEqual([
      "start",
      "handoff",
      "endedCode",
      "typedRetry",
      "secretGuard",
      "globalCommand",
      "menuButton",
      "privacyRequest",
      "followUp",
      "flowStep",
      "intent",
      "fallback",
    ]);
  });

  it("stop at the first step that handles the turn; later steps never run", async () => {
    const ran: string[] = [];
    const step = (name: string, handles: boolean): DispatchStep => ({
      name,
      run: async () => {
        ran.push(name);
        return handles;
      },
    });
    const turn = new Turn({ id: "c", channel: "web", locale: "tr" }, initialState(), {} as EngineDeps, {
      folded: "",
    });
    const event: UserEvent = { type: "start" };
    expect(await runSteps([step("a", false), step("b", true), step("c", true)], turn, event)).toBe("b");
    expect(ran).toEqual(["a", "b"]);
  });

  it("handoff before secretGuard: a PIN inside a hand-off is refused and never relayed, a bare number is relayed", async () => {
    const { chat, handoff } = await setup();
    await chat.say("temsilci");
    expect(await chat.say("pinim 482913")).toMatch(/paylaşmayın/);
    expect(handoff.relayed).toEqual([]);
    // a bare number is not taken for a PIN there: the agent may need an order or phone number
    expect(await chat.say("246810")).toMatch(/ilettim/);
    expect(handoff.relayed.map((r) => r.text)).toEqual(["246810"]);
  });

  it("secretGuard before globalCommand and the flow: a PIN at a number question is refused, the question asked again", async () => {
    const { chat, states, ref } = await setup();
    await sayAll(chat, tuzelCardAnswers.slice(0, 2));
    const answer = await chat.say("pin kodum 123456");
    expect(answer).toMatch(/paylaşmayın/);
    expect(answer).toMatch(/vergi kimlik numaras/i);
    expect(states.saved.get(ref.id)).not.toContain("123456");
  });

  it("globalCommand before flowStep: 'iptal' inside a flow cancels it before the flow sees it", async () => {
    const { chat, states, ref } = await setup();
    await sayAll(chat, tuzelCardAnswers.slice(0, 3));
    // at the unvan question, where any text would be a candidate answer
    expect(await chat.say("iptal")).toMatch(/vazgeçtiniz/);
    expect(JSON.parse(states.saved.get(ref.id)!).flow).toBeUndefined();
  });

  it("menuButton before flowStep: a menu button pressed inside a dialog starts its topic", async () => {
    const { chat, states, ref } = await setup();
    await sayAll(chat, tuzelCardAnswers.slice(0, 3));
    await chat.bot.handle(ref, { type: "button", id: "i:prices" });
    expect(JSON.parse(states.saved.get(ref.id)!).flow).toBeUndefined();
  });

  it("menuButton takes only the menu's own topics: an unknown `i:` id is a bad answer, the dialog stays", async () => {
    const { chat, states, ref } = await setup();
    await sayAll(chat, tuzelCardAnswers.slice(0, 1));
    const step = JSON.parse(states.saved.get(ref.id)!).flow.step;
    for (const id of ["i:nosuchintent", "i:constructor", "i:__proto__", "i:"]) {
      const messages = await chat.bot.handle(ref, { type: "button", id });
      expect(messages.length, id).toBeGreaterThan(0);
      expect(JSON.parse(states.saved.get(ref.id)!).flow?.step, id).toBe(step);
    }
  });

  it("flowStep before intent: an answer the question takes is never read as a topic", async () => {
    const { chat, states, ref } = await setup();
    await sayAll(chat, tuzelCardAnswers.slice(0, 8));
    // "akıllı kart" is the medium question's answer, not the card topic
    const answer = await chat.say("akıllı kart");
    expect(answer).toMatch(/adres/i);
    expect(JSON.parse(states.saved.get(ref.id)!).flow.step).toBe("deliveryAddress");
  });

  it("intent before fallback: a side question inside a dialog is answered and the question asked again", async () => {
    const { chat, states, ref } = await setup();
    await sayAll(chat, tuzelCardAnswers.slice(0, 8));
    // at the medium question (buttons), the price question is not an answer
    const answer = await chat.say("fiyatlar ne kadar");
    expect(answer).toMatch(/TL/);
    expect(answer).toMatch(/akıllı kart üzerinde mi/);
    expect(JSON.parse(states.saved.get(ref.id)!).flow.step).toBe("medium");
  });
});
