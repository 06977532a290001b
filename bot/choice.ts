/** A choice offered as a button whose label (or a synonym) may also be typed. */
export interface Choice<T extends string = string> {
  id: T;
  labelKey: string;
  labelParams?: Record<string, string | number>;
  /** Folded words or phrases that also pick this choice. */
  synonyms?: string[];
}
