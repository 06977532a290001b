/**
 * The virtual POS address of one order (R3.2), made from a configured URL template: `{orderNo}` is
 * replaced by the order number, `{amount}` by the amount in lira with two decimals and a dot
 * (`1750.00`), `{amountKurus}` by the amount in kuruş; each value URL-encoded.
 */

/** The placeholders a payment URL template may hold. */
export const paymentUrlPlaceholders = ["orderNo", "amount", "amountKurus"] as const;

/** What a payment link is made for. */
export interface PayableOrder {
  orderNo: string;
  amountKurus: number;
}

const placeholder = /\{([A-Za-z]+)\}/g;

/** The template with the order's values put in. */
export function paymentUrlOf(template: string, order: PayableOrder): string {
  const values: Record<(typeof paymentUrlPlaceholders)[number], string> = {
    orderNo: order.orderNo,
    amount: (order.amountKurus / 100).toFixed(2),
    amountKurus: String(order.amountKurus),
  };
  return template.replace(placeholder, (whole, name: string) =>
    name in values ? encodeURIComponent(values[name as keyof typeof values]) : whole,
  );
}

/** Why a template cannot make payment links (for the configuration check), or undefined when it can. */
export function paymentUrlTemplateProblem(template: string): string | undefined {
  const names = [...template.matchAll(placeholder)].map((m) => m[1]!);
  const unknown = names.find((n) => !(paymentUrlPlaceholders as readonly string[]).includes(n));
  if (unknown) return `has an unknown placeholder {${unknown}} (known: {orderNo}, {amount}, {amountKurus})`;
  if (!names.includes("orderNo")) return "must contain {orderNo}";
  let url: URL;
  try {
    url = new URL(paymentUrlOf(template, { orderNo: "MM0000000000", amountKurus: 100 }));
  } catch {
    return "must be a URL";
  }
  return /^https?:$/.test(url.protocol) ? undefined : "must be an http:// or https:// URL";
}
