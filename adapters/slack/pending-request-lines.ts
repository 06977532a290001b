/**
 * The four-eyes revocation requests still waiting, as `/mm durum` names them beside the certificates:
 * an agent taking a firm's next call sees that a colleague asked to revoke a card, and how it is decided.
 */
import type { TFunction } from "i18next";
import type { RevocationRequestRecord } from "../../core/ra/ports/revocation-request-repository.ts";

/** One line per pending request: its number, serial, reason, who opened it, and the commands that decide it. */
export function pendingRequestLines(t: TFunction, requests: readonly RevocationRequestRecord[]): string[] {
  return requests.map(
    (r) =>
      `:hourglass_flowing_sand: ${t("status.pending_request", {
        id: r.id,
        serial: r.serial,
        reason: t(`revoke.reason_${r.reason}`),
        agent: `<@${r.requestedBy}>`,
      })}`,
  );
}
