/**
 * Token events the PKCS#11 adapter reports through `onTokenEvent`, so the caller can write them to
 * the audit log (logins, failed logins, recovered sessions, removed tokens). No PIN ever appears.
 */

/** What happened on a token. */
export type TokenEventType =
  | "login_ok"
  | "login_failed"
  | "pin_unblocked"
  | "session_recovered"
  | "token_removed"
  | "key_generated"
  | "certificate_stored";

/** One token event. */
export interface TokenEvent {
  type: TokenEventType;
  /** The token label. */
  token: string;
  /** When it happened (from the injected clock). */
  at: Date;
  /** The error code for failures (`pin_incorrect`, `pin_locked`, `token_not_found`…). */
  code?: string;
  /** Extra facts: the PKCS#11 return value, PIN counter flags, the key label… */
  details?: Record<string, string | number | boolean>;
}

/** Receives token events; must not throw (errors are swallowed so signing never fails for audit). */
export type TokenEventListener = (event: TokenEvent) => void;
