/** Who acts, as the RA commands of the operator CLI take it (`--actor`, `--agent`). */
import { DomainError } from "../../../core/errors/domain-error.ts";

/**
 * The value of `--actor` or `--agent` trimmed; blank (`--actor ''`, `--agent ' '`) is refused with
 * `[required]`, as commander refuses a missing one: every decision is audited with who took it, and
 * four eyes compare the trimmed ids (" U1" is U1).
 */
export function actorOption(value: string | undefined, flag: "--actor" | "--agent"): string {
  const actor = typeof value === "string" ? value.trim() : "";
  if (!actor) throw new DomainError("required", `${flag} must name who acts; it is blank`);
  return actor;
}
