import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { byteaArray, textArray, timestampArray } from "../../../adapters/db/pg-binary-arrays.ts";
import { assertPostgresReachable, testPostgresUrl } from "../../helpers/databases.ts";

let client: pg.Client;
beforeAll(async () => {
  await assertPostgresReachable();
  client = new pg.Client({ connectionString: testPostgresUrl });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
});

/** What the server makes of the parameter, as text (so the driver's own parsing plays no part). */
async function asServerText(sql: string, value: Buffer): Promise<string> {
  const { rows } = await client.query<{ v: string }>(`SELECT (${sql})::text AS v`, [value]);
  return rows[0]!.v;
}

describe("PostgreSQL binary arrays", () => {
  it("sends text with quotes, braces, backslashes, Turkish letters, NULLs, and the empty array", async () => {
    const values = ['ÖRNEK "TİCARET" A.Ş. {1,2} \\', null, "", "çğıöşü"];
    const { rows } = await client.query<{ v: (string | null)[] }>("SELECT $1::text[] AS v", [
      textArray(values),
    ]);
    expect(rows[0]!.v).toEqual(values);
    expect(await asServerText("$1::text[]", textArray([]))).toBe("{}");
    expect(await asServerText("cardinality($1::text[])", textArray(["a", "b", "c"]))).toBe("3");
  });

  it("sends bytes as they are, zero bytes included", async () => {
    const values = [Uint8Array.of(0, 1, 2, 0xff), new Uint8Array(0), new Uint8Array(3000).fill(0x5c)];
    const { rows } = await client.query<{ v: Buffer[] }>("SELECT $1::bytea[] AS v", [byteaArray(values)]);
    expect(rows[0]!.v.map((b) => [...b])).toEqual(values.map((b) => [...b]));
  });

  it("sends dates as their UTC fields, to the millisecond, before and after 2000", async () => {
    const dates = [new Date("2026-11-25T08:00:00.123Z"), new Date("1999-12-31T23:59:59.999Z")];
    expect(await asServerText("$1::timestamp(3)[]", timestampArray(dates))).toBe(
      '{"2026-11-25 08:00:00.123","1999-12-31 23:59:59.999"}',
    );
  });
});
