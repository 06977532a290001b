/**
 * A holder's number as agents read it in the console's answers: masked, and named for what it is — a
 * VKN (10 digits, a firm) or a TCKN (11 digits, a real person) — never a TCKN called "VKN".
 */
import { maskIdNumber } from "../../core/privacy/mask.ts";

/** `VKN 32******84`, `TCKN 10*******46`; anything else masked as echoTyped would show it, with no label. */
export function idLabelled(subject: string, shown: string = maskIdNumber(subject)): string {
  if (/^\d{10}$/.test(subject)) return `VKN ${shown}`;
  if (/^\d{11}$/.test(subject)) return `TCKN ${shown}`;
  return shown;
}
