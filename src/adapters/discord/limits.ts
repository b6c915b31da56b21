/**
 * Discord's message limits (discord.com/developers/docs/resources/message#embed-object-embed-limits
 * and .../interactions/message-components). A payload over any of them is refused with a 400, so
 * the renderer cuts to these numbers itself.
 */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Across every embed of one message: titles, descriptions, field names and values, footers. */
  embedsTotal: 6000,
  buttonsPerRow: 5,
  rows: 5,
  buttonLabel: 80,
  customId: 100,
  /** Autocomplete: at most 25 choices, each name and value 1-100 characters. */
  choices: 25,
  choiceText: 100,
} as const;
