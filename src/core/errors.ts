/** Codes for start-up and configuration failures; expected outcomes are answers, never errors. */
export type BotErrorCode =
  | "CATALOG_INVALID"
  | "CATALOG_MISSING"
  | "CONFIG_INVALID"
  /** A chat platform could not be reached or did not connect in time at start-up. */
  | "PLATFORM_UNAVAILABLE"
  /** A data set the importer reads is missing or unreadable. */
  | "IMPORT_INPUT"
  /** `data:update` refused a feed or the catalog built from it; the serving data is untouched. */
  | "UPDATE_FAILED";

/** The one error class of the project, thrown only at start-up and caught once at the edge. */
export class BotError extends Error {
  override readonly name = "BotError";
  constructor(
    readonly code: BotErrorCode,
    message: string,
  ) {
    super(message);
  }
}
