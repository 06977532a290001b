import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const localesRoot = join(import.meta.dirname, "..", "..", "locales");

/**
 * Keys that occur twice in one JSON object. `JSON.parse` silently keeps the last copy, so a text
 * edited in the first copy never reaches a customer.
 */
function duplicateKeys(json: string): string[] {
  const found: string[] = [];
  const path: string[] = [];
  const seen: Set<string>[] = [];
  let pendingKey: string | undefined;
  // strings, braces and colons are enough to follow the object structure of a well-formed file
  const token = /"((?:[^"\\]|\\.)*)"(\s*:)?|[{}[\]]/g;
  for (let m = token.exec(json); m; m = token.exec(json)) {
    const text = m[0];
    if (text === "{") {
      if (pendingKey !== undefined) path.push(pendingKey);
      else path.push("");
      seen.push(new Set());
      pendingKey = undefined;
    } else if (text === "}") {
      seen.pop();
      path.pop();
    } else if (text === "[" || text === "]") {
      pendingKey = undefined;
    } else if (m[2]) {
      const key = m[1]!;
      const keys = seen.at(-1)!;
      if (keys.has(key)) found.push([...path.filter(Boolean), key].join("."));
      keys.add(key);
      pendingKey = key;
    } else {
      pendingKey = undefined;
    }
  }
  return found;
}

describe("locale files", () => {
  it("the checker finds a key written twice in one object", () => {
    expect(duplicateKeys('{"a": {"b": "x", "c": "y", "b": "z"}, "b": "w"}')).toEqual(["a.b"]);
  });

  for (const language of readdirSync(localesRoot)) {
    for (const file of readdirSync(join(localesRoot, language)).filter((f) => f.endsWith(".json"))) {
      it(`${language}/${file} has no key written twice`, () => {
        expect(duplicateKeys(readFileSync(join(localesRoot, language, file), "utf8"))).toEqual([]);
      });
    }
  }
});
