/**
 * An answer's values for scripts (the CLI's `--json` `data`): what the text shows, as numbers,
 * booleans, ids and dates rather than formatted words, each with its source and as-of date.
 */

/** A JSON value. */
export type DataValue =
  | string
  | number
  | boolean
  | null
  | DataValue[]
  | { [key: string]: DataValue };

/** One fact of one model: its value in a unit, and where it comes from. */
export interface DataFact {
  /** Record id. */
  model: string;
  /** Field key (`context_length`, `pricing`, ...). */
  field: string;
  /** The raw value, or null when it is not disclosed or not known. */
  value: DataValue;
  /** "tokens", "USD per 1M tokens", "parameters", "date", or null for text and flags. */
  unit: string | null;
  /** The value as the answer shows it. */
  text: string;
  status: "known" | "not_disclosed" | "not_known";
  source: string | null;
  asOf: string | null;
}

/** One provider's offer of a model. */
export interface DataListing {
  model: string;
  provider: string;
  providerName: string;
  /** The model's id at that provider. */
  id: string;
  /** USD per 1M tokens; null when the provider lists no price. */
  input: number | null;
  output: number | null;
  context: number | null;
  maxOutput: number | null;
  source: string;
  asOf: string;
}

/** A result list or comparison: one object per row, keyed by `columns`. */
export interface DataTable {
  columns: string[];
  rows: Record<string, DataValue>[];
}

/** Where a list stands: which slice is shown and whether there is more to say "more" for. */
export interface DataPage {
  /** Index of the first row shown (0 for a fresh list, 5 after "more" on a top 5). */
  offset: number;
  shown: number;
  /** How many match in all; null when the count was cut short. */
  total: number | null;
  more: boolean;
}

export interface AnswerData {
  facts?: DataFact[];
  listings?: DataListing[];
  table?: DataTable;
  page?: DataPage;
}
