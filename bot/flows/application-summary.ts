/** The summary of an application before "onaylıyor musunuz?", every personal number masked. */
import { maskEmail, maskIdNumber, maskPhone } from "../../core/privacy/mask.ts";
import type { ApplicationData } from "../state.ts";
import type { Turn } from "../turn.ts";

const upper = (text: string) => text.toLocaleUpperCase("tr");

/** The summary lines of the collected fields, in dialog order. */
export function summaryLines(turn: Turn, d: ApplicationData): string[] {
  const line = (key: string, value: string | undefined) =>
    value === undefined ? [] : [`• ${turn.t(`app.field.${key}`)}: ${value}`];
  const tuzel = d.personType === "tuzel";
  return [
    ...line("personType", d.personType && turn.t(`app.person.${d.personType}`)),
    ...line(tuzel ? "vkn" : "tckn", d.idNumber && maskIdNumber(d.idNumber)),
    ...line(tuzel ? "title" : "personName", d.title && (tuzel ? upper(d.title) : d.title)),
    ...line("signerName", d.signerName),
    ...line("signerTckn", d.signerTckn && maskIdNumber(d.signerTckn)),
    ...line("email", d.email && maskEmail(d.email)),
    ...line("phone", d.phone && maskPhone(d.phone)),
    ...line("medium", d.medium && turn.t(`app.medium.${d.medium}`)),
    ...(d.medium === "card" ? line("deliveryAddress", d.deliveryAddress) : []),
    ...(d.medium === "hsm"
      ? [
          ...line("hsmKind", d.hsmKind && turn.t(`app.hsmKind.${d.hsmKind}`)),
          ...(d.group ?? []).map(
            (f, i) =>
              `  ${i + 1}. ${upper(f.title)} (${turn.t("app.field.vkn")} ${maskIdNumber(f.vkn)}, ${turn.t("app.field.groupBarcode")} ${f.barcode})`,
          ),
          ...line("hsmAddress", d.hsmAddress),
          ...line("techName", d.techName),
          ...line("techPhone", d.techPhone && maskPhone(d.techPhone)),
        ]
      : []),
  ];
}
