/**
 * A phone number typed where the console looks a record up (`durum 0532 123 45 67`): records are not
 * found by phone number, and read as digits it was a TCKN ("05321234567") or a VKN ("5321234567")
 * that core refused as invalid, which does not tell the agent what went wrong. It is named a phone
 * number, and nothing is looked up.
 */
import { isValidTckn, testModeTckns } from "../../core/identity/tckn.ts";
import { isValidVkn, testModeVkns } from "../../core/identity/vkn.ts";

/** Digits with the separators a phone number is typed with, and a leading `+` or bracket. */
const numberLike = /^[+(]?\d[\d\s().-]*$/;

/** A Turkish mobile number once its separators are gone: `+90`, `0090`, `90` or `0`, then 5 and 9 digits. */
const mobile = /^(?:\+90|0090|90|0)?5\d{9}$/;

/** True when `digits` is a VKN or TCKN by its checksum (or an official test number): then it is no phone. */
function isIdNumber(digits: string): boolean {
  if (digits.length === 10) return isValidVkn(digits) || testModeVkns.has(digits);
  if (digits.length === 11) return isValidTckn(digits) || testModeTckns.has(digits);
  return false;
}

/**
 * The words of `args` (as typed, each unwrapped) that make a Turkish mobile number together
 * ("0532 123 45 67", "+90 (532) 123-4567", "05321234567", "532 123 45 67"), joined as typed; undefined
 * when none does, or when the digits are a VKN/TCKN by their checksum (a VKN may start with 5).
 */
export function phoneAmong(args: readonly string[]): string | undefined {
  for (let start = 0; start < args.length; start++)
    for (let end = args.length; end > start; end--) {
      const text = args.slice(start, end).join(" ");
      if (!numberLike.test(text) || !mobile.test(text.replace(/[\s().-]/g, ""))) continue;
      if (!isIdNumber(text.replace(/\D/g, ""))) return text;
    }
  return undefined;
}
