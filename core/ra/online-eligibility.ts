/**
 * R9: who cannot apply online. These taxpayers send their documents in writing to GİB; the
 * application dialog answers with the address instead of collecting their data.
 */

/** The legal forms of R9.1 that apply in writing. */
export const postalApplicationForms = [
  "foreign_representatives",
  "adi_ortaklik",
  "kooperatif",
  "fon",
  "osb",
  "kollektif",
  "mersis_outdated",
] as const;
/** One R9.1 legal form. */
export type PostalApplicationForm = (typeof postalApplicationForms)[number];

/** Where an R9 application goes (R9.1). */
export const gibPostalAddress = {
  office: "Gelir İdaresi Başkanlığı, Denetim ve Uyum Yönetimi Daire Başkanlığı (33. Müdürlük)",
  street: "Yeni Ziraat Mah. Etlik Cad. No: 16",
  city: "06110 Dışkapı/ANKARA",
  subject: "mali mühür başvurusu",
  forumQuestion: 25572,
} as const;

/** Whether a legal form is one of R9.1's (and so applies by post, not online). */
export function needsPostalApplication(form: string): form is PostalApplicationForm {
  return (postalApplicationForms as readonly string[]).includes(form);
}
