import { isValidVkn } from "../../core/identity/vkn.ts";

/** `count` distinct VKNs that pass the checksum, from the nine-digit prefix `from` upwards (test data). */
export function validVkns(count: number, from = 100_000_000): string[] {
  const out: string[] = [];
  for (let prefix = from; out.length < count; prefix++) {
    for (let last = 0; last <= 9; last++) {
      const vkn = `${prefix}${last}`;
      if (isValidVkn(vkn)) {
        out.push(vkn);
        break;
      }
    }
  }
  return out;
}
