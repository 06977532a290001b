/**
 * "All of them", "the whole": the folded words by which a message speaks of every representative or
 * partner, or of the whole capital ("%100 yabancı", "tamamen yabancı", "hepsi yabancı", "all
 * foreign"). One list for the two readers: R9.1 (bot/nlu/r9.ts, "… yabancı" is a written
 * application to GİB) and the signatory's questions (bot/flows/dialog/foreign-signatory.ts, where
 * such a word means the whole firm rather than one foreign signatory). Each reader adds its own
 * words and its own boundaries around these regular-expression sources.
 */

/** Words read as written (a number only whole: "100", not "2100"). */
export const allWords = String.raw`\b100|tamamen|all|wholly|entirely|fully`;

/** Turkish stems, read with their endings where a reader allows them ("hepsi", "hepsinin", "tümü", "tamamı"). */
export const allStems = "tamami|hepsi|tumu|butun";
