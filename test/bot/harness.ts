/**
 * Drives the conversation engine in tests: the real RA over in-memory repositories with recording
 * outbox and job ports (test/helpers/memory-ra.ts), an in-memory state store, the real locale texts.
 */
import type { i18n } from "i18next";
import { onTestFinished } from "vitest";
import { createTranslator } from "../../adapters/i18n/translator.ts";
import type { BotMessage, ConversationRef, HandoffPort } from "../../bot/channel-port.ts";
import { createConversationEngine } from "../../bot/conversation-engine.ts";
import type { ConversationStates, Texts } from "../../bot/engine-deps.ts";
import { withholdOneTimeCodes } from "../../bot/handoff/code-withholding.ts";
import { FrozenClock } from "../../core/ports/clock.ts";
import { createMemoryRa } from "../helpers/memory-ra.ts";
import { firmA } from "../helpers/two-firms.ts";

let translator: Promise<i18n> | undefined;

/** i18next's `t` for namespace `bot`, resolved the way the composition root gives it to the engine. */
export async function botTexts(): Promise<Texts> {
  translator ??= createTranslator();
  const t = await translator;
  return (locale, key, params) => t.t(key, { lng: locale, ns: "bot", ...params });
}

/** A state store that keeps JSON copies, like the database does. */
export class MemoryStates implements ConversationStates {
  readonly saved = new Map<string, string>();
  async load(id: string): Promise<unknown> {
    const json = this.saved.get(id);
    return json === undefined ? undefined : JSON.parse(json);
  }
  async save(id: string, state: unknown): Promise<void> {
    this.saved.set(id, JSON.stringify(state));
  }
}

/** A hand-off port that records what it was given. */
export class RecordingHandoff implements HandoffPort {
  readonly requests: { conversationId: string; channel: string; summary: string }[] = [];
  readonly relayed: { conversationId: string; text: string }[] = [];
  open = new Set<string>();
  /** Hand-offs an agent has taken ("/mm devral"): messages are relayed without an acknowledgement. */
  readonly taken = new Set<string>();
  async requestAgent(request: {
    conversationId: string;
    channel: ConversationRef["channel"];
    summary: string;
  }) {
    this.requests.push(request);
    this.open.add(request.conversationId);
    return { ticket: `T-${this.requests.length}` };
  }
  async relayCustomerMessage(conversationId: string, text: string, options?: { botCodeRecent?: boolean }) {
    if (options?.botCodeRecent && withholdOneTimeCodes(text).withheld) {
      this.relayed.push({ conversationId, text: withholdOneTimeCodes(text).text });
      return "code_withheld" as const;
    }
    this.relayed.push({ conversationId, text });
    return "relayed" as const;
  }
  async isOpen(conversationId: string) {
    return this.open.has(conversationId);
  }
  async active(conversationId: string) {
    const index = this.requests.findLastIndex((r) => r.conversationId === conversationId);
    if (!this.open.has(conversationId)) return undefined;
    return {
      ticket: `T-${index + 1}`,
      status: this.taken.has(conversationId) ? ("taken" as const) : ("open" as const),
    };
  }
  async leave(conversationId: string) {
    return this.open.delete(conversationId);
  }
}

/** One test conversation. */
export class Chat {
  last: BotMessage[] = [];
  readonly transcript: string[] = [];
  constructor(
    readonly bot: ReturnType<typeof createConversationEngine>,
    readonly ref: ConversationRef,
  ) {}

  /** The customer types; returns all bot text of the turn joined by newlines. */
  async say(text: string): Promise<string> {
    this.last = await this.bot.handle(this.ref, { type: "text", text });
    return this.#record();
  }

  /** The customer presses the offered button with this label. */
  async press(label: string): Promise<string> {
    const button = this.last.flatMap((m) => m.buttons ?? []).find((b) => b.label === label);
    if (!button) throw new Error(`no button ${label}; offered ${JSON.stringify(this.buttons())}`);
    this.last = await this.bot.handle(this.ref, { type: "button", id: button.id });
    return this.#record();
  }

  async start(): Promise<string> {
    this.last = await this.bot.handle(this.ref, { type: "start" });
    return this.#record();
  }

  /** Labels of the buttons offered in the last turn. */
  buttons(): string[] {
    return this.last.flatMap((m) => m.buttons ?? []).map((b) => b.label);
  }

  #record(): string {
    const text = this.last.map((m) => m.text).join("\n");
    this.transcript.push(text);
    return text;
  }
}

/**
 * A fresh engine over the real RA in memory. Besides the engine and its ports it returns the RA's
 * world (`world`: outbox, jobs, stored applications, certificates) and its shortcuts
 * `addCertificate` and `lastCodeTo`; the database behind certificates is removed when the test ends.
 */
export async function setup(
  options: { locale?: "tr" | "en"; testMode?: boolean; states?: MemoryStates } = {},
) {
  const clock = new FrozenClock("2026-11-25T07:00:00Z");
  const world = createMemoryRa(clock, { testMode: options.testMode });
  onTestFinished(() => world.dispose());
  const ra = world.ra;
  const states = options.states ?? new MemoryStates();
  const handoff = new RecordingHandoff();
  const texts = await botTexts();
  const make = () =>
    createConversationEngine({ ra, handoff, states, texts, clock, testMode: options.testMode });
  const engine = make();
  const ref: ConversationRef = { id: "conv-1", channel: "web", locale: options.locale ?? "tr" };
  return {
    clock,
    ra,
    world,
    addCertificate: world.addCertificate,
    lastCodeTo: world.lastCodeTo,
    states,
    handoff,
    texts,
    engine,
    make,
    ref,
    chat: new Chat(engine, ref),
  };
}

/**
 * Firm A holding a certificate, and a conversation that opened a verified request with `opening`
 * ("telefonumu güncellemek istiyorum") and proved it: firm A's VKN, then the code sent to its e-mail.
 */
export async function verifiedFirmA(locale: "tr" | "en", opening: string) {
  const w = await setup({ locale });
  await w.world.addCertificate(firmA);
  await w.chat.say(opening);
  await w.chat.say(firmA.vkn);
  await w.chat.say(w.world.lastCodeTo(firmA.email)!);
  return w;
}

/**
 * Firm A's card told lost, proved with the code, and "Kayıp" pressed: the conversation stands at
 * the revocation's confirmation ("onaylıyor musunuz?"), nothing revoked yet.
 */
export async function lostCardAtConfirmation(locale: "tr" | "en" = "tr") {
  const w = await verifiedFirmA(locale, locale === "tr" ? "kartımızı kaybettik" : "we lost our card");
  await w.chat.press(locale === "tr" ? "Kayıp" : "Lost");
  return w;
}

/** Whether any of firm A's certificates is revoked in this conversation's world. */
export async function firmARevoked(w: Awaited<ReturnType<typeof setup>>): Promise<boolean> {
  return (await w.world.certificates.findByVkn(firmA.vkn)).some((c) => c.status === "revoked");
}

/** Types each message in turn; returns the last answer. */
export async function sayAll(chat: Chat, messages: string[]): Promise<string> {
  let answer = "";
  for (const m of messages) answer = await chat.say(m);
  return answer;
}

/** The answers of a card application by a tüzel kişi, up to the summary. */
export const tuzelCardAnswers = [
  "başvuru",
  "tüzel",
  "3230512384",
  "Örnek Bilişim A.Ş.",
  "Ayşe Yılmaz",
  "10000000146",
  "bilgi@ornek.com.tr",
  "0532 123 45 67",
  "akıllı kart",
  "Atatürk Cad. No: 1 Çankaya Ankara",
];

/** The answers of a tüzel kişi's application up to the e-mail question. */
export const tuzelAnswersToEmail = tuzelCardAnswers.slice(0, 6);

/** The same in English: a legal person's application up to the e-mail question. */
export const legalAnswersToEmailEn = [
  "I want to apply",
  "legal person",
  "3230512384",
  "Example Ltd",
  "Jane Doe",
  "10000000146",
];
