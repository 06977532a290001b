/**
 * The intents the bot understands outside a dialog step ({@link intents}, from intent-names.ts),
 * and the keyword rules of before the classifier (legacy-rules.ts): the bench's baseline, still used
 * by the application dialog to tell whether a free-text answer is another topic.
 */
export { type Intent, intents, isIntent } from "./intent-names.ts";
export { recogniseIntent, scoreIntents } from "./legacy-rules.ts";
