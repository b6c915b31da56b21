/**
 * Slack's limits for what the bot sends, from the Block Kit reference (blocks, text objects,
 * block elements, option objects) and the messaging docs. Exceeding one makes Slack refuse the
 * whole message (`invalid_blocks`), so the renderer stays inside every one of them.
 */
export const LIMITS = {
  /** Blocks per message. */
  blocks: 50,
  /** Section block `text`. */
  sectionText: 3000,
  /** Fields per section block, and characters per field. */
  fields: 10,
  fieldText: 2000,
  /** Header block: plain_text only. */
  headerText: 150,
  /** Context block: elements per block. */
  contextElements: 10,
  /** Button text and value; an action_id. */
  buttonText: 75,
  actionValue: 2000,
  actionId: 255,
  /** Elements per actions block. */
  actionElements: 25,
  /** Option objects: text, value; options per external_select answer. */
  optionText: 75,
  optionValue: 150,
  options: 100,
  /** Select placeholder. */
  placeholder: 150,
  /**
   * Slack refuses long messages (`msg_blocks_too_long`) near 13,000 characters even inside the
   * per-block limits; the serialized blocks are kept under this, with room to spare.
   */
  messageJson: 12_000,
  /** The notification fallback `text`: one line is what a notification shows. */
  notificationText: 1000,
} as const;
