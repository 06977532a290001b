/**
 * Which option to take, or how the options differ, asked at a choice question without naming them
 * (folded): "fark ne", "farkı nedir", "hangisi bizim için", "hangisini seçmeliyim", "which one?",
 * "what's the difference?". Before, the question named no option, so the application answered
 * "Lütfen seçeneklerden birini seçin" (or, for "fark ne", the e-imza difference). It is a question
 * about the step's options: the step's own explanation answers it (bot/flows/application.ts).
 */

/** The difference or the choice asked (folded). */
const optionsQuestion =
  /\b(?:fark\w*|hangisi\w*|hangisini|hangi(?:si)? (?:daha )?(?:uygun|iyi|mantikli)\w*|ne secmeli\w*|neyi secmeli\w*|which (?:one|is|should|do|would)|difference|differ\w*|what should (?:i|we) (?:choose|pick|select)|not sure which)\b/;

/** Whether a short folded message asks which option to take or how they differ. */
export function optionsAsked(folded: string): boolean {
  return folded.split(" ").length <= 8 && optionsQuestion.test(folded);
}
