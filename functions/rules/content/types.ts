export type ReasonValues = Record<string, number | string>;

/** Helpers a text gets: money in the language's style, and answer-field labels. */
export interface Format {
  euro(cents: number | string | undefined): string;
  field(path: string): string;
}

export type ReasonTexts = Record<string, (v: ReasonValues, f: Format) => string>;

/** How far an answer is from a limit, in one language: the period words and the sentence order. */
export interface ThresholdWords {
  per: Record<'month' | 'year' | 'stock', string>;
  under: (amount: string, per: string, limit: string, field: string) => string;
  over: (amount: string, per: string, limit: string, field: string) => string;
}
