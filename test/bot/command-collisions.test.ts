/**
 * Global commands against the answers of the open question (`interfaces.md` §3, §4): an offered
 * answer typed is never a command, and the ways of leaving a dialog ("vazgeçiyorum", "never mind")
 * leave it, while a message about something to cancel ("kartımı iptal etmek istiyorum") stays a topic.
 */
import { describe, expect, it } from "vitest";
import { isOfferedAnswer } from "../../bot/dispatch/offered-answer.ts";
import type { EngineDeps } from "../../bot/engine-deps.ts";
import { globalCommand } from "../../bot/nlu/commands.ts";
import { foldTurkish } from "../../bot/nlu/fold.ts";
import { parseState } from "../../bot/state.ts";
import { Turn } from "../../bot/turn.ts";
import { botTexts, sayAll, setup } from "./harness.ts";

const command = (text: string, options = { dialog: true }) => globalCommand(foldTurkish(text), options);

describe("agent requests and the person-type answer", () => {
  it("'real person' / 'I am a real person' is not an agent request; talking to one is", () => {
    expect(command("real person")).toBeUndefined();
    expect(command("I am a real person")).toBeUndefined();
    expect(command("I want to talk to a real person")).toBe("agent");
    expect(command("can I speak with a real person")).toBe("agent");
    expect(command("gerçek kişiyle görüşmek istiyorum")).toBe("agent");
  });

  it("EN application: typed 'real person' at the first question chooses gerçek kişi", async () => {
    const { chat, handoff } = await setup({ locale: "en" });
    await chat.say("I want to apply for an e-seal");
    const answer = await chat.say("real person");
    expect(answer).toContain("TCKN");
    expect(handoff.requests).toHaveLength(0);
  });

  it("EN application: 'I am a real person' chooses gerçek kişi too", async () => {
    const { chat, handoff } = await setup({ locale: "en" });
    await chat.say("apply");
    expect(await chat.say("I am a real person")).toContain("TCKN");
    expect(handoff.requests).toHaveLength(0);
  });
});

describe("leaving a dialog", () => {
  const leaveTr = [
    "vazgeçiyorum",
    "vazgeçtim",
    "boşver",
    "iptal et",
    "bunu iptal et",
    "ben vazgeçtim artık",
    "boş ver",
  ];
  const leaveEn = ["never mind", "Nevermind", "forget it", "exit", "stop", "cancel that", "cancel it please"];

  it.each([...leaveTr, ...leaveEn])("'%s' is a cancel in a dialog", (text) => {
    expect(command(text)).toBe("cancel");
  });

  it.each([
    "kartımı iptal etmek istiyorum",
    "başvurudan vazgeçtim",
    "başvurumu iptal et",
    "cancel my certificate",
    "cancel the application",
  ])("'%s' is not a command", (text) => {
    expect(command(text)).toBeUndefined();
  });

  it("outside a dialog only the plain words are commands: 'vazgeçiyorum' is left to the topics", () => {
    expect(command("vazgeçiyorum", { dialog: false })).toBeUndefined();
    expect(command("vazgeç", { dialog: false })).toBe("cancel");
  });

  it.each(["vazgeçiyorum", "boşver", "iptal et"])(
    "TR: '%s' at the VKN question leaves the application",
    async (text) => {
      const { chat } = await setup();
      await sayAll(chat, ["başvuru", "tüzel"]);
      const answer = await chat.say(text);
      expect(answer).not.toContain("10 haneli");
      expect(answer).toContain("vazgeçtiniz");
      expect(await chat.say("3230512384")).not.toContain("Ticaret unvanı");
    },
  );

  it.each(["never mind", "forget it", "cancel that"])(
    "EN: '%s' at the VKN question leaves the application",
    async (text) => {
      const { chat } = await setup({ locale: "en" });
      await sayAll(chat, ["apply", "legal person"]);
      const answer = await chat.say(text);
      expect(answer).not.toContain("10-digit");
      expect(answer).toContain("cancelled");
    },
  );

  it("'kartımı iptal etmek istiyorum' at the menu still starts revocation", async () => {
    const { chat } = await setup();
    const answer = await chat.say("kartımı iptal etmek istiyorum");
    expect(answer).not.toContain("Şu anda devam eden bir işlem yok");
    expect(answer).toMatch(/VKN|seri/i);
  });
});

describe("an offered answer is never a command", () => {
  it("isOfferedAnswer: the typed label of a button of the open question, not other text", async () => {
    const { engine, ref, states, chat } = await setup({ locale: "en" });
    await chat.say("apply");
    const state = parseState(await states.load(ref.id));
    const deps = { texts: await botTexts() } as unknown as EngineDeps;
    const typed = (text: string) => new Turn(ref, state, deps, { raw: text, folded: foldTurkish(text) });
    expect(await isOfferedAnswer(typed("Real person"))).toBe(true);
    expect(await isOfferedAnswer(typed("never mind"))).toBe(false);
    expect(engine).toBeDefined();
  });
});
