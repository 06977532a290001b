/** Whether a typed message carries an e-mail address or a mobile number (bot/nlu/entities.ts). */
import { extractEntities } from "../../nlu/entities.ts";

/** Whether a message carries an e-mail address or a mobile number. */
export function contactTyped(raw: string): boolean {
  const { email, phone } = extractEntities(raw);
  return email !== undefined || phone !== undefined;
}
