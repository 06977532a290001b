/** The fields of the dialog that take free text. */
export type ApplicationField =
  | "vkn"
  | "tckn"
  | "title"
  | "personName"
  | "signerName"
  | "signerTckn"
  | "email"
  | "phone"
  | "deliveryAddress"
  | "groupVkn"
  | "groupTitle"
  | "groupBarcode"
  | "hsmAddress"
  | "techName"
  | "techPhone";
