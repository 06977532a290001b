import { describe, expect, it } from "vitest";
import { typedSerialNumber, withoutSerialLabel } from "../../../core/pki/typed-serial.ts";

const serial = "39fc6c96a1b2c3d4e5f60718293a4b5c";
const pairs = serial.match(/../g)!.join(" ");

describe("a serial pasted with its label (the console's and the CLI's one reading)", () => {
  it.each([
    serial,
    `Seri: ${serial}`,
    `seri no ${serial}`,
    `Seri No: ${pairs.toUpperCase()}`,
    `Sertifika Seri Numarası: ${serial}`,
    `SERİ NUMARASI ${serial}`,
    `Serial Number: 0x${serial}`,
    `S/N ${serial}`,
    `sn: ${serial}`,
    `Seri:${serial}`,
    ` ${pairs} `,
  ])("%j is the serial", (typed) => expect(typedSerialNumber(typed)).toBe(serial));

  it.each(["Seri:", "seri numarası yok", "snake", `sn${serial}`, "3230512384 gib", "merhaba"])(
    "%j keeps what it was",
    (typed) => expect(withoutSerialLabel(typed)).toBe(typed.trim()),
  );

  it("the words after the serial are kept apart", () =>
    expect(withoutSerialLabel(`Seri: ${pairs} gib`)).toBe(`${pairs} gib`));
});
