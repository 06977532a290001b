/** The fields the application dialog collects (saved in the conversation state between turns). */
import type { HsmGroupFirm, Medium, PersonType } from "../../core/ra/registration-authority.ts";

/** Fields collected by the application dialog, already validated and normalised. */
export interface ApplicationData {
  personType?: PersonType;
  idNumber?: string;
  title?: string;
  signerName?: string;
  signerTckn?: string;
  email?: string;
  phone?: string;
  medium?: Medium;
  deliveryAddress?: string;
  hsmKind?: "bireysel" | "grup";
  group?: HsmGroupFirm[];
  /** The group firm being typed (VKN, then unvan), until its barcode completes it. */
  firm?: Partial<HsmGroupFirm>;
  hsmAddress?: string;
  techName?: string;
  techPhone?: string;
  /**
   * The step (an ApplicationStep name) the dialog was at when an earlier field was named for
   * correction ("vkn'yi yanlış yazdım"): after that field's new answer the dialog goes on there.
   */
  resumeAt?: string;
  /**
   * An unvan typed without its Turkish letters, shown as the certificate will hold it and awaiting
   * the customer's "evet" (bot/flows/dialog/title-spelling.ts); never part of the application.
   */
  titleSpelling?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === "string";

const textFields = [
  "idNumber",
  "title",
  "signerName",
  "signerTckn",
  "email",
  "phone",
  "deliveryAddress",
  "hsmAddress",
  "techName",
  "techPhone",
  "titleSpelling",
] as const;

/** Whether saved data has the shape of {@link ApplicationData} (anything else resets the state). */
export function isApplicationData(data: unknown): data is ApplicationData {
  if (!isObject(data)) return false;
  for (const key of textFields) if (data[key] !== undefined && !isString(data[key])) return false;
  if (data.personType !== undefined && data.personType !== "tuzel" && data.personType !== "gercek")
    return false;
  if (data.medium !== undefined && data.medium !== "card" && data.medium !== "hsm") return false;
  if (data.hsmKind !== undefined && data.hsmKind !== "bireysel" && data.hsmKind !== "grup") return false;
  if (data.group !== undefined) {
    if (!Array.isArray(data.group)) return false;
    if (!data.group.every((f) => isObject(f) && isString(f.vkn) && isString(f.title) && isString(f.barcode)))
      return false;
  }
  if (data.firm !== undefined && !isObject(data.firm)) return false;
  if (data.resumeAt !== undefined && !isString(data.resumeAt)) return false;
  return true;
}
