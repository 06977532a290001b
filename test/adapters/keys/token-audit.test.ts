import { describe, expect, it } from "vitest";
import { tokenAuditEvent, tokenAuditSink } from "../../../adapters/keys/token-audit.ts";
import type { AuditEvent } from "../../../core/audit/audit-log.ts";

const at = new Date("2026-11-20T07:00:00Z");

describe("token events in the audit log", () => {
  it("turns a failed login into a login_failed entry with its code, masking a VKN in labels", () => {
    const entry = tokenAuditEvent({
      type: "login_failed",
      token: "card-3230512384",
      at,
      code: "pin_incorrect",
      details: { ckr: "CKR_PIN_INCORRECT", object: "3230512384SIGN0" },
    });
    expect(entry).toEqual({
      actor: "pkcs11",
      action: "login_failed",
      subject: "token:card-32******84",
      details: {
        at: at.toISOString(),
        code: "pin_incorrect",
        ckr: "CKR_PIN_INCORRECT",
        object: "32******84SIGN0",
      },
    });
  });

  it("appends events in the order received; a failing write goes to onError, not to the signer", async () => {
    const written: AuditEvent[] = [];
    const errors: string[] = [];
    let calls = 0;
    const sink = tokenAuditSink(
      {
        async append(event) {
          calls += 1;
          if (calls === 2) throw new Error("database down");
          await new Promise((r) => setTimeout(r, 5 - calls));
          written.push(event);
        },
      },
      (error, event) => errors.push(`${event.type}: ${(error as Error).message}`),
    );
    sink.listener({ type: "login_ok", token: "ca", at });
    sink.listener({ type: "token_removed", token: "ca", at });
    sink.listener({ type: "session_recovered", token: "ca", at });
    await sink.flush();
    expect(written.map((e) => e.action)).toEqual(["login_ok", "session_recovered"]);
    expect(errors).toEqual(["token_removed: database down"]);
  });
});
