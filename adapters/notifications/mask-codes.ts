/**
 * Masks one-time codes (six digits standing alone) in text that is written to a file sink, so the
 * embedded `.eml` and SMS files never hold a live code. Longer digit runs (phone numbers, order and
 * serial numbers) and digits joined to letters or dashes are left alone.
 */
export function maskOneTimeCodes(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}-])\d{6}(?![\p{L}\p{N}-])/gu, "••••••");
}
