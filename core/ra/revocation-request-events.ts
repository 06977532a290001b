/**
 * What happens to a pending four-eyes revocation request besides its decision: it is closed when its
 * certificate is revoked another way (a customer's lost or stolen card in the chat, an agent's
 * immediate kayıp/çalıntı, an operator on the CLI). Whoever shows pending requests (the agents'
 * console) follows this, so that a closed request no longer offers Onayla/Reddet.
 */
import type { RevocationRequestRecord } from "./ports/revocation-request-repository.ts";

/** Who revoked the certificate that closed a pending request. */
export type ClosingRevoker =
  | { kind: "agent"; agentId: string }
  | { kind: "customer" }
  | { kind: "operator"; operator: string };

/** A pending request closed because its certificate was revoked by another path. */
export interface SupersededRequest {
  /** The request as it was while pending. */
  request: RevocationRequestRecord;
  /** Who revoked the certificate. */
  by: ClosingRevoker;
  /** Why: a seed reason (`kayip`, `calinti`, …) or an operator's RFC 5280 reason. */
  reason: string;
  /** When the certificate was revoked. */
  revokedAt: Date;
}

/** A follower of superseded requests; its failures never undo nor fail the revocation. */
export type SupersededRequestListener = (closed: SupersededRequest) => Promise<void> | void;

/** The revoker named by a revocation's audit actor (`agent:U1`, `conversation:…`, an operator). */
export function closingRevokerOf(actor: string): ClosingRevoker {
  if (actor.startsWith("agent:")) return { kind: "agent", agentId: actor.slice("agent:".length) };
  if (actor.startsWith("conversation:")) return { kind: "customer" };
  return { kind: "operator", operator: actor };
}

/** The followers of superseded requests of one RA. */
export class RevocationRequestEvents {
  readonly #listeners = new Set<SupersededRequestListener>();

  /** Follows superseded requests; returns the function that stops following. */
  onSuperseded(listener: SupersededRequestListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Tells every follower; a follower that fails is skipped (the revocation stands). */
  async superseded(closed: SupersededRequest): Promise<void> {
    for (const listener of [...this.#listeners]) {
      try {
        await listener(closed);
      } catch {
        // the follower logs its own failures; a revocation is never failed by its display
      }
    }
  }
}
