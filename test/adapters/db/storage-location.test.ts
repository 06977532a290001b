import { describe, expect, it } from "vitest";
import { storageLocation } from "../../../adapters/db/storage-location.ts";

describe("storage location from DATABASE_URL", () => {
  it("takes the PostgreSQL schema from ?schema= and drops it from the connection URL", () => {
    expect(storageLocation("postgres://u@db:5432/mm?schema=mali_muhur", "/data")).toEqual({
      dialect: "postgresql",
      url: "postgres://u@db:5432/mm",
      schema: "mali_muhur",
    });
  });

  it("refuses a schema that is not a plain identifier (it becomes the search path)", () => {
    for (const schema of ['a"b', "a;drop", "a b", "1abc", "x".repeat(64)]) {
      expect(() =>
        storageLocation(`postgres://u@db/mm?schema=${encodeURIComponent(schema)}`, "/data"),
      ).toThrow(/plain identifier/);
    }
  });
});
