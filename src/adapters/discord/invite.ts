import { OAuth2Scopes, PermissionFlagsBits } from "discord.js";

/**
 * What the bot needs in a server: to answer mentions where they are asked (threads included, or
 * a mention in a thread goes unanswered), with embeds and chart images, reading the message it replies to.
 */
export const INVITE_PERMISSIONS =
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.UseApplicationCommands;

/** The link that adds the bot to a server with its commands and those permissions. */
export function inviteUrl(applicationId: string): string {
  const params = new URLSearchParams({
    client_id: applicationId,
    scope: [OAuth2Scopes.Bot, OAuth2Scopes.ApplicationsCommands].join(" "),
    permissions: INVITE_PERMISSIONS.toString(),
  });
  return `https://discord.com/oauth2/authorize?${params}`;
}
