/**
 * The hand-off service: customers' requests for a human ({@link HandoffPort}) and what agents do
 * with them ({@link AgentHandoffs}), over storage. Every status change is a conditional update in
 * the repository, so two instances never take or close one hand-off twice; the `handoff_timeout`
 * job releases a hand-off no agent took in time. Customers are told on their own channel through
 * the {@link OutboundChannelPort}; the desk (Slack, or nothing) is told through {@link HandoffDesk}.
 */
import { ConflictError, NotFoundError } from "../../core/errors/domain-error.ts";
import type { JobLogger } from "../../core/jobs/job-logger.ts";
import { silentJobLogger } from "../../core/jobs/job-logger.ts";
import type { JobQueue } from "../../core/jobs/job-queue.ts";
import type { Clock } from "../../core/ports/clock.ts";
import { cryptoRandom, type RandomSource } from "../../core/ports/random.ts";
import { maskPersonalData } from "../../core/privacy/mask.ts";
import type {
  ActiveHandoff,
  BotMessage,
  HandoffPort,
  OutboundChannelPort,
  RelayOutcome,
} from "../channel-port.ts";
import type { Texts } from "../engine-deps.ts";
import {
  type AgentHandoffs,
  AgentReplyAsksCodeError,
  AgentReplyAsksSecretError,
  type AgentRoleOption,
  type HandoffErrorCode,
} from "./agent-handoffs.ts";
import { withholdOneTimeCodes } from "./code-withholding.ts";
import {
  agentJoinedNotice,
  agentReplyNotice,
  agentSilentNotice,
  finishedNotice,
  timeoutNotice,
} from "./customer-notices.ts";
import {
  type HandoffCloseReason,
  type HandoffDesk,
  type HandoffView,
  noHandoffDesk,
} from "./handoff-desk.ts";
import { handoffAgentSilenceJob, handoffTimeoutJob } from "./handoff-jobs.ts";
import type { HandoffRecord, HandoffRepository } from "./handoff-repository.ts";
import { newHandoffTicket } from "./handoff-ticket.ts";
import { asksForCode, asksForSecret } from "./secret-request.ts";

/** How long a hand-off waits for an agent before the timeout job releases it: 10 minutes. */
export const HANDOFF_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * How long the agent who took a hand-off may stay silent after a customer message: 30 minutes, then
 * the `handoff_agent_silence` job closes it (`agent_silent`) as an untaken one is after 10 minutes.
 */
export const AGENT_SILENCE_MS = 30 * 60 * 1000;

/**
 * After this long without a word from its agent (2 hours) a taken hand-off is abandoned: the
 * customer's next message closes it at once and goes to the assistant instead of a dead thread.
 */
export const AGENT_GONE_MS = 2 * 60 * 60 * 1000;

/** Longest agent reply delivered to a customer, in characters. */
export const MAX_AGENT_REPLY = 4000;

/** What {@link HandoffService} is built from. */
export interface HandoffServiceDeps {
  repository: HandoffRepository;
  /** Where the `handoff_timeout` job of each new hand-off is scheduled. */
  jobs: JobQueue;
  /** Delivers agent replies and notices to the customer's channel. */
  outbound: OutboundChannelPort;
  /** Customer texts (namespace `bot`). */
  texts: Texts;
  clock: Clock;
  random?: RandomSource;
  /** The agents' desk (the Slack console's); {@link noHandoffDesk} without one. */
  desk?: HandoffDesk;
  /** A masking logger; lines carry tickets and ids, never customer text. */
  logger?: JobLogger;
  /** Default {@link HANDOFF_TIMEOUT_MS}. */
  timeoutMs?: number;
}

type RelayDecision = "relay" | "gone";

function handoffError(code: HandoffErrorCode, ticket: string, holder?: string): Error {
  if (code === "handoff_not_found") return new NotFoundError(code, `no hand-off ${ticket}`);
  if (code === "handoff_closed") return new ConflictError(code, `hand-off ${ticket} is closed`);
  if (code === "handoff_not_taken")
    return new ConflictError(code, `hand-off ${ticket} was not taken by an agent`, undefined, { ticket });
  // the refusal names who holds it (a Slack id, shown as a mention on the console)
  return new ConflictError(code, `hand-off ${ticket} is taken by another agent`, undefined, {
    ticket,
    agent: holder ?? "?",
  });
}

/** The stored hand-offs as customers, agents and the timeout job use them. */
export class HandoffService implements HandoffPort, AgentHandoffs {
  readonly #repository: HandoffRepository;
  readonly #jobs: JobQueue;
  readonly #outbound: OutboundChannelPort;
  readonly #texts: Texts;
  readonly #clock: Clock;
  readonly #random: RandomSource;
  readonly #logger: JobLogger;
  readonly #timeoutMs: number;
  readonly #desk: HandoffDesk;

  constructor(deps: HandoffServiceDeps) {
    this.#repository = deps.repository;
    this.#jobs = deps.jobs;
    this.#outbound = deps.outbound;
    this.#texts = deps.texts;
    this.#clock = deps.clock;
    this.#random = deps.random ?? cryptoRandom;
    this.#logger = deps.logger ?? silentJobLogger;
    this.#timeoutMs = deps.timeoutMs ?? HANDOFF_TIMEOUT_MS;
    this.#desk = deps.desk ?? noHandoffDesk;
  }

  /** Agents see hand-offs only through a desk; without one, none is opened (bot/flows/handoff.ts). */
  staffed(): boolean {
    return this.#desk !== noHandoffDesk;
  }

  // ── customer side (HandoffPort) ──

  async requestAgent(request: Parameters<HandoffPort["requestAgent"]>[0]): Promise<{ ticket: string }> {
    const existing = await this.#repository.active(request.conversationId);
    if (existing) return { ticket: existing.ticket };
    const openedAt = this.#clock.now();
    const ticket = newHandoffTicket(this.#random);
    // The timeout is scheduled first: a crash after it leaves a job that finds nothing to close,
    // never an open hand-off that nothing will release.
    await this.#jobs.schedule({
      kind: handoffTimeoutJob,
      payload: { ticket },
      runAt: new Date(openedAt.getTime() + this.#timeoutMs),
      uniqueKey: `${handoffTimeoutJob}:${ticket}`,
    });
    const { record, created } = await this.#repository.openOrReuse({
      ticket,
      conversationId: request.conversationId,
      channel: request.channel,
      locale: request.locale ?? "tr",
      summary: maskPersonalData(request.summary),
      openedAt,
    });
    if (!created) return { ticket: record.ticket };
    this.#logger.info({ ticket, channel: record.channel }, "hand-off opened");
    await this.#tellDesk("opened", record, async () => {
      const { deskThread } = await this.#desk.opened(record);
      if (deskThread) {
        await this.#repository.setDeskThread(ticket, deskThread);
        record.deskThread = deskThread;
      }
    });
    return { ticket };
  }

  /**
   * The customer's message goes to the desk masked. While a code the bot's own verification or
   * contact dialog sent is recent (`botCodeRecent`, decided by the conversation: bot/flows/handoff.ts)
   * a one-time code in it never does: it is replaced by `••••••` and the desk says a code was
   * withheld (bot/handoff/code-withholding.ts explains why an agent's `/mm kimlik` does not change
   * this).
   */
  async relayCustomerMessage(
    conversationId: string,
    text: string,
    options: { botCodeRecent?: boolean } = {},
  ): Promise<RelayOutcome> {
    const record = await this.#repository.active(conversationId);
    if (!record) return "no_handoff";
    if ((await this.#agentSilence(record)) === "gone") return "agent_gone";
    const relayed = options.botCodeRecent ? withholdOneTimeCodes(text) : { text, withheld: false };
    if (!relayed.withheld) {
      await this.#desk.customerWrote(record, maskPersonalData(text));
      await this.#awaitAgent(record);
      return "relayed";
    }
    await this.#desk.customerWrote(record, maskPersonalData(relayed.text), { codeWithheld: true });
    await this.#awaitAgent(record);
    this.#logger.info({ ticket: record.ticket }, "one-time code withheld from the desk");
    return "code_withheld";
  }

  async isOpen(conversationId: string): Promise<boolean> {
    return (await this.#repository.active(conversationId)) !== undefined;
  }

  async active(conversationId: string): Promise<ActiveHandoff | undefined> {
    const record = await this.#repository.active(conversationId);
    return record && { ticket: record.ticket, status: record.status === "taken" ? "taken" : "open" };
  }

  async leave(conversationId: string): Promise<boolean> {
    const record = await this.#repository.active(conversationId);
    if (!record) return false;
    return this.#closeAndTell(record, "customer_left", "active", this.#clock.now(), []);
  }

  // ── agents' side (AgentHandoffs) ──

  async find(query: { ticket?: string; deskThread?: string }): Promise<HandoffView | undefined> {
    if (query.ticket) return this.#repository.byTicket(query.ticket.toUpperCase());
    if (query.deskThread) return this.#repository.byDeskThread(query.deskThread);
    return undefined;
  }

  async take(ticket: string, agentId: string, options: AgentRoleOption = {}): Promise<HandoffView> {
    const { record, tookNow } = await this.#takeFor(ticket, agentId, options);
    if (tookNow) await this.#outbound.push(record.conversationId, agentJoinedNotice(this.#texts, record));
    return record;
  }

  async reply(ticket: string, agentId: string, text: string): Promise<void> {
    const body = text.trim().slice(0, MAX_AGENT_REPLY);
    // R4/KVKK: staff never ask for a PIN, PUK or password, nor for a one-time code in the chat (the
    // bot and the code's own message tell the customer so); such a reply changes nothing (it does
    // not take an open hand-off either) and goes nowhere
    const refused = asksForSecret(body)
      ? new AgentReplyAsksSecretError(ticket)
      : asksForCode(body)
        ? new AgentReplyAsksCodeError(ticket)
        : undefined;
    if (refused) {
      this.#logger.warn(
        { ticket, agentId, errorCode: refused.code },
        "agent reply asking the customer for a secret or a one-time code not relayed",
      );
      throw refused;
    }
    const { record } = await this.#takeFor(ticket, agentId);
    if (!body) return;
    await this.#outbound.push(record.conversationId, agentReplyNotice(this.#texts, record, body));
    // the agent's silence counts from here (AGENT_SILENCE_MS)
    await this.#repository.agentWrote(record.ticket, agentId, this.#clock.now());
  }

  async finish(ticket: string, agentId: string, options: AgentRoleOption = {}): Promise<HandoffView> {
    const record = await this.#mustFind(ticket);
    for (let round = 0; round < 2; round += 1) {
      if (record.status === "closed") throw handoffError("handoff_closed", record.ticket);
      // the customer would be told an agent finished a conversation nobody had with them
      if (record.status === "open") throw handoffError("handoff_not_taken", record.ticket);
      const holder = record.agentId ?? "";
      // a supervisor may finish one another agent took (and abandoned)
      if (holder !== agentId && !options.supervisor)
        throw handoffError("handoff_taken_by_other", record.ticket, holder);
      const at = this.#clock.now();
      const notice = finishedNotice(this.#texts, record);
      if (await this.#closeAndTell(record, "agent_finished", { agentId: holder }, at, notice)) {
        this.#logger.info(
          { ticket: record.ticket, agentId, ...(holder !== agentId ? { heldBy: holder } : {}) },
          "hand-off finished by agent",
        );
        return record;
      }
      Object.assign(record, await this.#mustFind(ticket));
    }
    throw handoffError("handoff_closed", record.ticket);
  }

  // ── the timeout job ──

  /**
   * Closes the hand-off when it is still open (no agent took it): the customer is offered the call
   * centre and the menu, the desk is told. False when it was taken or closed already.
   */
  async expire(ticket: string, at: Date): Promise<boolean> {
    const record = await this.#repository.byTicket(ticket);
    if (record?.status !== "open") return false;
    const closed = await this.#closeAndTell(
      record,
      "timeout",
      "open",
      at,
      timeoutNotice(this.#texts, record),
    );
    if (closed) this.#logger.info({ ticket }, "hand-off released: no agent took it in time");
    return closed;
  }

  /**
   * Closes the taken hand-off when its agent has not written since the customer's message at
   * `customerAt` (the `handoff_agent_silence` job, {@link AGENT_SILENCE_MS} after it): the customer is
   * told they are back with the assistant (the call centre and the menu), the desk is told. False
   * when the agent wrote since, another took it over, or it is closed already.
   */
  async expireSilent(ticket: string, customerAt: Date, at: Date): Promise<boolean> {
    const record = await this.#repository.byTicket(ticket);
    if (record?.status !== "taken" || !record.agentId) return false;
    if (agentActiveAt(record).getTime() > customerAt.getTime()) return false;
    const closed = await this.#closeAndTell(
      record,
      "agent_silent",
      { agentId: record.agentId },
      at,
      agentSilentNotice(this.#texts, record),
    );
    if (closed)
      this.#logger.info({ ticket, agentId: record.agentId }, "hand-off closed: its agent stayed silent");
    return closed;
  }

  // ── the retention sweep's note ──

  /**
   * Tells the desk that the KVKK retention sweep closed the hand-off with the idle conversation it
   * was active on (the sweep closes it in storage: adapters/db/retention-store.ts). Nothing when the
   * hand-off is unknown or not closed; a failing desk (Slack unreachable) is only logged.
   */
  async closedByRetention(ticket: string): Promise<void> {
    const record = await this.#repository.byTicket(ticket);
    if (record?.status !== "closed") return;
    const reason = record.closeReason ?? "customer_left";
    await this.#tellDesk("closed", record, () =>
      this.#desk.closed(record, reason, { by: "retention_sweep" }),
    );
    this.#logger.info({ ticket }, "hand-off closed by the retention sweep: desk told");
  }

  // ── internals ──

  async #mustFind(ticket: string): Promise<HandoffRecord> {
    const record = await this.#repository.byTicket(ticket.toUpperCase());
    if (!record) throw handoffError("handoff_not_found", ticket);
    return record;
  }

  /**
   * A customer message on a taken hand-off whose agent has not written for {@link AGENT_GONE_MS}:
   * the agent is gone, so it is closed at once (the desk told; the conversation tells the customer).
   */
  async #agentSilence(record: HandoffRecord): Promise<RelayDecision> {
    if (record.status !== "taken" || !record.agentId) return "relay";
    const now = this.#clock.now();
    const since = agentActiveAt(record).getTime();
    if (now.getTime() - since < AGENT_GONE_MS) return "relay";
    const closed = await this.#closeAndTell(record, "agent_silent", { agentId: record.agentId }, now, []);
    if (!closed) return "relay";
    this.#logger.info(
      { ticket: record.ticket, agentId: record.agentId },
      "hand-off closed: its agent was gone",
    );
    return "gone";
  }

  /** After a customer message on a taken hand-off: its agent has {@link AGENT_SILENCE_MS} to answer. */
  async #awaitAgent(record: HandoffRecord): Promise<void> {
    if (record.status !== "taken") return;
    const at = this.#clock.now();
    await this.#jobs.schedule({
      kind: handoffAgentSilenceJob,
      payload: { ticket: record.ticket, customerAt: at.toISOString() },
      runAt: new Date(at.getTime() + AGENT_SILENCE_MS),
      uniqueKey: `${handoffAgentSilenceJob}:${record.ticket}:${at.getTime()}`,
    });
  }

  /**
   * The hand-off taken by this agent (taking it when open, or over from another agent for a
   * supervisor); whether this call took it.
   */
  async #takeFor(
    ticket: string,
    agentId: string,
    options: AgentRoleOption = {},
  ): Promise<{ record: HandoffRecord; tookNow: boolean }> {
    const record = await this.#mustFind(ticket);
    for (let round = 0; round < 2; round += 1) {
      if (record.status === "closed") throw handoffError("handoff_closed", record.ticket);
      if (record.status === "taken") {
        if (record.agentId === agentId) return { record, tookNow: false };
        const holder = record.agentId ?? "";
        if (!options.supervisor) throw handoffError("handoff_taken_by_other", record.ticket, holder);
        const at = this.#clock.now();
        if (await this.#repository.takeOver(record.ticket, holder, agentId, at)) {
          Object.assign(record, { agentId, takenAt: at, agentActiveAt: at });
          this.#logger.info(
            { ticket: record.ticket, agentId, heldBy: holder },
            "hand-off taken over by a supervisor",
          );
          await this.#tellDesk("taken", record, () => this.#desk.taken(record));
          return { record, tookNow: true };
        }
        Object.assign(record, await this.#mustFind(ticket));
        continue;
      }
      const at = this.#clock.now();
      if (await this.#repository.take(record.ticket, agentId, at)) {
        Object.assign(record, { status: "taken", agentId, takenAt: at, agentActiveAt: at });
        this.#logger.info({ ticket: record.ticket, agentId }, "hand-off taken");
        await this.#tellDesk("taken", record, () => this.#desk.taken(record));
        return { record, tookNow: true };
      }
      // Another instance changed it meanwhile: decide on what it is now.
      Object.assign(record, await this.#mustFind(ticket));
    }
    throw handoffError("handoff_taken_by_other", record.ticket, record.agentId);
  }

  /** Closes when the condition holds, then tells the customer (when `notice` has messages) and the desk. */
  async #closeAndTell(
    record: HandoffRecord,
    reason: HandoffCloseReason,
    condition: Parameters<HandoffRepository["close"]>[3],
    at: Date,
    notice: BotMessage[],
  ): Promise<boolean> {
    if (!(await this.#repository.close(record.ticket, reason, at, condition))) return false;
    Object.assign(record, { status: "closed", closedAt: at, closeReason: reason });
    if (notice.length > 0) {
      try {
        await this.#outbound.push(record.conversationId, notice);
      } catch (error) {
        // Closed for good: a retry would not tell the customer either. The next message they
        // write reaches the bot, which answers it.
        this.#logger.error(
          { ticket: record.ticket, reason, error: error instanceof Error ? error.message : String(error) },
          "hand-off closed but the customer could not be told",
        );
      }
    }
    await this.#tellDesk("closed", record, () => this.#desk.closed(record, reason));
    return true;
  }

  /** Runs a desk call; a failing desk is logged and never undoes what storage recorded. */
  async #tellDesk(what: string, record: HandoffRecord, call: () => Promise<unknown>): Promise<void> {
    try {
      await call();
    } catch (error) {
      this.#logger.error(
        {
          ticket: record.ticket,
          desk: what,
          error: maskPersonalData(error instanceof Error ? error.message : String(error)),
        },
        "hand-off desk call failed",
      );
    }
  }
}

/** When a taken hand-off's agent last took it or wrote (rows taken before the column: when taken). */
function agentActiveAt(record: HandoffRecord): Date {
  return record.agentActiveAt ?? record.takenAt ?? record.openedAt;
}
