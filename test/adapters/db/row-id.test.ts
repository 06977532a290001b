import { describe, expect, it } from "vitest";
import { newRowId } from "../../../adapters/db/row-id.ts";

describe("newRowId", () => {
  it("makes RFC 9562 version-7 UUIDs", () => {
    const id = newRowId();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("sorts ids made later after ids made earlier, even within one millisecond", () => {
    const ids = Array.from({ length: 20_000 }, () => newRowId());
    for (let i = 1; i < ids.length; i++) expect(ids[i]! > ids[i - 1]!).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("carries the creation time in its first 48 bits", () => {
    const before = Date.now();
    const id = newRowId();
    const after = Date.now();
    const millis = Number.parseInt(id.replace(/-/g, "").slice(0, 12), 16);
    expect(millis).toBeGreaterThanOrEqual(before);
    expect(millis).toBeLessThanOrEqual(after);
  });
});
