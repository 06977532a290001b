/**
 * Writes the PKCS#11 key manager's token events into the CA audit log: logins, failed logins (a
 * wrong or locked PIN becomes a `login_failed` entry), recovered sessions, removed tokens, keys
 * generated and certificates stored on a token. Token and object labels may carry a VKN (a card
 * is labelled after its subscriber), so identity numbers are masked.
 */
import type { AuditEvent } from "../../core/audit/audit-log.ts";
import { maskPersonalData } from "../../core/privacy/mask.ts";
import type { TokenEvent, TokenEventListener } from "../pkcs11/index.ts";

/** Where token events go, and how the owner waits for the pending writes before closing storage. */
export interface TokenAuditSink {
  /** The listener to hand to the key manager (`onTokenEvent`). */
  listener: TokenEventListener;
  /** Resolves once every event received so far is written (failed writes are reported to `onError`). */
  flush(): Promise<void>;
}

/** The audit entry of a token event. */
export function tokenAuditEvent(event: TokenEvent): AuditEvent {
  const details: Record<string, string | number | boolean> = { at: event.at.toISOString() };
  if (event.code) details.code = event.code;
  for (const [key, value] of Object.entries(event.details ?? {}))
    details[key] = typeof value === "string" ? maskPersonalData(value) : value;
  return {
    actor: "pkcs11",
    action: event.type,
    subject: `token:${maskPersonalData(event.token)}`,
    details,
  };
}

/**
 * A sink appending each token event to the audit log, in the order received. The key manager calls
 * listeners synchronously and must never wait for storage, so writes run in the background; an
 * audit write that fails is handed to `onError` (the logger), never to the signer.
 */
export function tokenAuditSink(
  audit: { append(event: AuditEvent): Promise<unknown> },
  onError: (error: unknown, event: TokenEvent) => void,
): TokenAuditSink {
  let tail: Promise<void> = Promise.resolve();
  return {
    listener(event) {
      tail = tail.then(() =>
        audit.append(tokenAuditEvent(event)).then(
          () => undefined,
          (error: unknown) => onError(error, event),
        ),
      );
    },
    flush: () => tail,
  };
}
