import type { HandoffCloseReason } from "../../bot/handoff/handoff-desk.ts";
import type {
  CloseCondition,
  HandoffRecord,
  HandoffRepository,
  NewHandoff,
} from "../../bot/handoff/handoff-repository.ts";
import type { Db } from "./database.ts";
import { isUniqueViolation } from "./ra/unique-violation.ts";
import { newRowId } from "./row-id.ts";

type HandoffRow = NonNullable<Awaited<ReturnType<Db["handoff"]["findUnique"]>>>;

const closeReasons: readonly string[] = ["agent_finished", "customer_left", "timeout", "agent_silent"];

function recordOf(row: HandoffRow): HandoffRecord {
  const record: HandoffRecord = {
    ticket: row.ticket,
    conversationId: row.conversationId,
    channel: row.channel as HandoffRecord["channel"],
    locale: row.locale === "en" ? "en" : "tr",
    status: row.status === "taken" ? "taken" : row.status === "closed" ? "closed" : "open",
    summary: row.summary,
    openedAt: row.openedAt,
  };
  if (row.deskThread) record.deskThread = row.deskThread;
  if (row.agentId) record.agentId = row.agentId;
  if (row.takenAt) record.takenAt = row.takenAt;
  if (row.agentActiveAt) record.agentActiveAt = row.agentActiveAt;
  if (row.closedAt) record.closedAt = row.closedAt;
  if (row.closeReason && closeReasons.includes(row.closeReason))
    record.closeReason = row.closeReason as HandoffCloseReason;
  return record;
}

/**
 * The `Handoff` table. At most one hand-off per conversation is active: `activeConversationId`
 * (unique) is set while it is open or taken, so two instances opening one at the same moment
 * store one row. Taking and closing are `updateMany` calls conditioned on the status (and agent),
 * so of two racing instances exactly one sees `count === 1`.
 */
export class PrismaHandoffStore implements HandoffRepository {
  constructor(private readonly db: Db) {}

  async openOrReuse(handoff: NewHandoff): Promise<{ record: HandoffRecord; created: boolean }> {
    try {
      const row = await this.db.handoff.create({
        data: {
          id: newRowId(),
          ticket: handoff.ticket,
          conversationId: handoff.conversationId,
          activeConversationId: handoff.conversationId,
          channel: handoff.channel,
          locale: handoff.locale,
          status: "open",
          summary: handoff.summary,
          openedAt: handoff.openedAt,
        },
      });
      return { record: recordOf(row), created: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const active = await this.active(handoff.conversationId);
      if (!active) throw error;
      return { record: active, created: false };
    }
  }

  async active(conversationId: string): Promise<HandoffRecord | undefined> {
    const row = await this.db.handoff.findUnique({ where: { activeConversationId: conversationId } });
    return row ? recordOf(row) : undefined;
  }

  async byTicket(ticket: string): Promise<HandoffRecord | undefined> {
    const row = await this.db.handoff.findUnique({ where: { ticket } });
    return row ? recordOf(row) : undefined;
  }

  async byDeskThread(deskThread: string): Promise<HandoffRecord | undefined> {
    const row = await this.db.handoff.findFirst({ where: { deskThread }, orderBy: { openedAt: "desc" } });
    return row ? recordOf(row) : undefined;
  }

  async setDeskThread(ticket: string, deskThread: string): Promise<void> {
    await this.db.handoff.updateMany({ where: { ticket }, data: { deskThread } });
  }

  async take(ticket: string, agentId: string, at: Date): Promise<boolean> {
    const { count } = await this.db.handoff.updateMany({
      where: { ticket, status: "open" },
      data: { status: "taken", agentId, takenAt: at, agentActiveAt: at },
    });
    return count === 1;
  }

  async takeOver(ticket: string, fromAgentId: string, toAgentId: string, at: Date): Promise<boolean> {
    const { count } = await this.db.handoff.updateMany({
      where: { ticket, status: "taken", agentId: fromAgentId },
      data: { agentId: toAgentId, takenAt: at, agentActiveAt: at },
    });
    return count === 1;
  }

  async agentWrote(ticket: string, agentId: string, at: Date): Promise<void> {
    await this.db.handoff.updateMany({
      where: { ticket, status: "taken", agentId },
      data: { agentActiveAt: at },
    });
  }

  async close(
    ticket: string,
    reason: HandoffCloseReason,
    at: Date,
    condition: CloseCondition,
  ): Promise<boolean> {
    const where =
      condition === "open"
        ? { ticket, status: "open" }
        : condition === "active"
          ? { ticket, status: { in: ["open", "taken"] } }
          : { ticket, OR: [{ status: "open" }, { status: "taken", agentId: condition.agentId }] };
    const { count } = await this.db.handoff.updateMany({
      where,
      data: { status: "closed", closedAt: at, closeReason: reason, activeConversationId: null },
    });
    return count === 1;
  }
}
