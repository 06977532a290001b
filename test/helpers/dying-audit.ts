import type { AuditEvent } from "../../core/audit/audit-log.ts";
import { FrozenClock } from "../../core/ports/clock.ts";
import { createMemoryRa } from "./memory-ra.ts";
import type { MemoryRecoveryLedger } from "./memory-ra-repositories.ts";

/**
 * The RA over memory with an audit log whose next append can die with the process
 * (`audit.dieAtNextAppend = true`: that append throws and writes nothing), for the crash between a
 * change and its audit entry. The entries written are in `entries`, and the recovery ledger's
 * `audited` sees them.
 */
export function raWithDyingAudit() {
  const clock = new FrozenClock("2026-11-25T07:00:00Z");
  const memory = createMemoryRa(clock);
  const entries: AuditEvent[] = [];
  const audit = {
    dieAtNextAppend: false,
    async append(event: AuditEvent) {
      if (audit.dieAtNextAppend) {
        audit.dieAtNextAppend = false;
        throw new Error("the process was killed before the audit entry was written");
      }
      entries.push(event);
      (memory.deps.recovery as MemoryRecoveryLedger).auditEntries.push({ ...event, at: clock.now() });
    },
  };
  memory.deps.audit = audit;
  return { ...memory, clock, audit, entries };
}
