/** Action ids of the bot's interactive elements; start.ts routes each to its handler. */
export const ACTION = {
  share: "model_share",
  pick: "model_pick",
  /** "Show chart" on a private answer: sends its chart to the asker's DM. */
  chart: "model_chart",
  /** Follow-up buttons carry an index suffix: action ids must be unique within a message. */
  followUp: "model_followup",
} as const;

export const FOLLOW_UP_PATTERN = new RegExp(`^${ACTION.followUp}_\\d+$`);
