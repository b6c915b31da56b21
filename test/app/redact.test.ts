import { describe, expect, it } from "vitest";
import { REDACTED, scrubSecrets } from "../../src/app/redact.ts";
import { collectSecrets } from "../../src/config/secrets.ts";
import { captureLogger } from "./log-capture.ts";

// Made-up values in the platforms' formats; none is a real credential.
const env = {
  SLACK_BOT_TOKEN: "xoxb-1111111111-2222222222-AbCdEfGhIjKlMnOpQrStUvWx",
  SLACK_SIGNING_SECRET: "8f742231b10e8888abcd99yyyzzz85a5",
  SLACK_APP_TOKEN: "xapp-1-A0000000000-1111111111-abcdef0123456789",
  DISCORD_TOKEN: "MTA5ODc2NTQzMjEwOTg3NjU0.GaBcDe.fake-token_value-0123456789abcdef",
};
const secrets = collectSecrets(env);
const values = Object.values(env);

describe("secret redaction in logs", () => {
  it("blanks token values wherever they appear in a line: message, fields, errors, URLs", () => {
    const { log, raw } = captureLogger(secrets);
    log.info(`connecting with ${env.SLACK_BOT_TOKEN}`);
    log.info({ url: `https://example.test/?token=${env.DISCORD_TOKEN}` }, "request");
    log.error({ err: new Error(`auth failed for ${env.SLACK_APP_TOKEN}`) }, "login failed");
    log.warn({ nested: { deep: [`sig ${env.SLACK_SIGNING_SECRET}`] } }, "odd");
    const all = raw.join("");
    for (const v of values) expect(all).not.toContain(v);
    expect(all.split(REDACTED).length - 1).toBeGreaterThanOrEqual(4);
  });

  it("blanks known secret keys whatever their value", () => {
    const { log, lines } = captureLogger([]);
    log.info(
      {
        token: "short",
        options: { signingSecret: "s3", botToken: "t" },
        req: { headers: { authorization: "Bearer abc" } },
      },
      "config",
    );
    const line = lines()[0];
    expect(line).toMatchObject({
      token: REDACTED,
      options: { signingSecret: REDACTED, botToken: REDACTED },
      req: { headers: { authorization: REDACTED } },
    });
  });

  it("keeps ordinary text untouched", () => {
    expect(scrubSecrets("nothing to see", secrets)).toBe("nothing to see");
  });

  it("catches a secret in its JSON-escaped form", () => {
    const secret = 'ab"cd\\ef/gh';
    const line = JSON.stringify({ msg: `x ${secret} y` });
    expect(scrubSecrets(line, [secret])).toBe(JSON.stringify({ msg: `x ${REDACTED} y` }));
  });
});
