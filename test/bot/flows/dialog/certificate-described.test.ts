/**
 * Outside conversation tester, round 21 (D05, D05b): at the revocation's "which certificate"
 * question a description ("geçen ay aldığımız", "eski olanı", "the older one", "HSM'deki") was not
 * understood. certificatesDescribed reads the issue date, newer/older, the end date and the medium.
 */
import { describe, expect, it } from "vitest";
import { certificatesDescribed } from "../../../../bot/flows/dialog/certificate-described.ts";
import { foldTurkish } from "../../../../bot/nlu/fold.ts";
import type { HeldCertificate } from "../../../../core/ra/registration-authority.ts";

const now = new Date("2026-11-25T07:00:00Z");
function cert(serial: string, notBefore: string, medium: "card" | "hsm" = "card"): HeldCertificate {
  const from = new Date(notBefore);
  return {
    serial,
    vkn: "3230512384",
    subjectCn: "ÖRNEK",
    kind: "sign",
    profile: "mali-muhur" as HeldCertificate["profile"],
    notBefore: from,
    notAfter: new Date(Date.UTC(from.getUTCFullYear() + 3, from.getUTCMonth(), from.getUTCDate())),
    status: "valid",
    medium,
  };
}
const older = cert("OLD", "2024-01-10");
const newer = cert("NEW", "2026-10-20");
const hsm = cert("HSM", "2025-06-01", "hsm");

function described(text: string, certs: HeldCertificate[] = [older, newer]): string[] | undefined {
  return certificatesDescribed(foldTurkish(text), certs, now)?.map((c) => c.serial);
}

describe("a certificate described at the 'which certificate' question", () => {
  it.each([
    "geçen ay aldığımız",
    "gecen ay aldigimiz",
    "geçen ay alınanı iptal edin",
    "bir ay önce aldık",
    "bu yıl aldığımız",
    "2026 da alınan",
    "ekimde aldığımız",
    "yeni olan",
    "yenisi",
    "yni olan",
    "en yeni",
    "son aldığımız",
    "son aldıgımız",
    "yakın zamanda aldığımız",
    "eskisi değil yenisi",
    "2029'da bitecek olan",
    "the newest",
    "the newer one",
    "the one we got last month",
    "the latest one",
    "not the old one, the new one",
  ])("'%s' is the newer one", (text) => {
    expect(described(text)).toEqual(["NEW"]);
  });

  it.each([
    "eski olanı",
    "eski olani",
    "eskisi",
    "en eski",
    "ilk aldığımız",
    "ilk aldiğimiz",
    "önce aldığımız",
    "2024 te alinan",
    "2024'te alınan",
    "2024 yılında alınan",
    "2 yıl önce aldığımız",
    "iki sene önce aldık",
    "ocak 2027 de bitecek olan",
    "yenisi değil eskisi",
    "the older one",
    "the oldest",
    "the old one",
    "the first one we got",
  ])("'%s' is the older one", (text) => {
    expect(described(text)).toEqual(["OLD"]);
  });

  it("reads the medium, alone or with the date", () => {
    const certs = [older, newer, hsm];
    expect(described("HSM'deki", certs)).toEqual(["HSM"]);
    expect(described("hsm olan", certs)).toEqual(["HSM"]);
    expect(described("the hsm one", certs)).toEqual(["HSM"]);
    expect(described("kartlardan en yenisi", certs)).toEqual(["NEW"]);
    expect(described("the older card", certs)).toEqual(["OLD"]);
    expect(described("2025 te aldigimiz", certs)).toEqual(["HSM"]);
  });

  it("gives several when more than one fits and none when nothing does", () => {
    expect(described("kart olan", [older, newer, hsm])).toEqual(["OLD", "NEW"]);
    expect(described("bu yıl aldığımız", [older, newer, cert("MAR", "2026-03-02")])).toEqual(["NEW", "MAR"]);
    expect(described("2025'te aldığımız")).toEqual([]);
    expect(described("bu ay aldığımız")).toEqual([]);
    expect(described("HSM'deki")).toEqual([]);
    expect(described("geçen sene aldığımız")).toEqual([]);
  });

  it("reads the month in Istanbul time", () => {
    // 31 October 22:00 UTC is 1 November in Istanbul
    const early = cert("NOV", "2026-10-31T22:00:00Z");
    expect(described("bu ay aldığımız", [older, early])).toEqual(["NOV"]);
  });

  it.each([
    "ikincisi",
    "2",
    "sonuncusu",
    "ilki",
    "the last one",
    "the second one",
    "bilmiyorum",
    "kayboldu",
    "evet",
    "iptal etmek istiyorum",
    "yeni başvuru yapmak istiyorum",
    "yeni kart almak istiyoruz",
    "yeni kart lazım mı",
    "do we need a new card?",
  ])("'%s' describes none (read as a place in the list or not at all)", (text) => {
    expect(described(text)).toBeUndefined();
  });

  it.each([
    ["yeni olan değil", ["OLD"]],
    ["eskisi değil", ["NEW"]],
    ["not the old card", ["NEW"]],
    ["not the newest one", ["OLD"]],
    ["geçen ay aldığımız değil", ["OLD"]],
  ])("'%s' sets one aside: the others are meant", (text, meant) => {
    expect(described(text)).toEqual(meant);
  });

  it("a certificate set aside among three leaves two; a medium set aside leaves the other", () => {
    expect(described("yeni olan değil", [older, newer, hsm])).toEqual(["OLD", "HSM"]);
    expect(described("HSM'deki değil", [older, hsm])).toEqual(["OLD"]);
    expect(described("not the one on the HSM", [older, hsm])).toEqual(["OLD"]);
  });
});
