export type ReasonValues = Record<string, number | string>;

/** Helpers a text gets: money in the language's style, and answer-field labels. */
export interface Format {
  euro(cents: number | string | undefined): string;
  field(path: string): string;
}

export type ReasonTexts = Record<string, (v: ReasonValues, f: Format) => string>;
