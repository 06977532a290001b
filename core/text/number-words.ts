/**
 * The words of numbers below a hundred, Turkish and English, as folded text spells them (no Turkish
 * letters, lower case): one table for every reader of numbers in words, the chat's volumes
 * (bot/nlu/numbers.ts) and a phone number dictated aloud (digits-in-words.ts).
 */

/** The digits 0–9 as words. */
export const digitWords: Readonly<Record<string, number>> = {
  sifir: 0,
  bir: 1,
  iki: 2,
  uc: 3,
  dort: 4,
  bes: 5,
  alti: 6,
  yedi: 7,
  sekiz: 8,
  dokuz: 9,
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};

/** The tens 10–90 as words. */
export const tensWords: Readonly<Record<string, number>> = {
  on: 10,
  yirmi: 20,
  otuz: 30,
  kirk: 40,
  elli: 50,
  altmis: 60,
  yetmis: 70,
  seksen: 80,
  doksan: 90,
  ten: 10,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
