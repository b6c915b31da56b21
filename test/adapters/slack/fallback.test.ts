import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commandForm, SECRET, startSlackPair } from "../../support/slack-app.ts";
import { postEvent, postSigned } from "../../support/slack-sign.ts";

let pair: Awaited<ReturnType<typeof startSlackPair>>;
beforeAll(async () => {
  pair = await startSlackPair("http");
  pair.fake.refuseBlocks = true;
});
afterAll(async () => {
  await pair.stop();
});

describe("when Slack refuses a message's blocks", () => {
  it("answers a slash command with the plain-text answer instead", async () => {
    await postSigned(
      pair.events,
      commandForm("gpt-5.1-codex-mini context", pair.fake.responseUrl("fb")),
      SECRET,
    );
    const posted = await pair.fake.nextCall((c) => c.name === "fb");
    expect(posted.body.blocks).toBeUndefined();
    expect(posted.body.text).toContain("400K");
  });

  it("answers an @mention with the plain-text answer instead", async () => {
    await postEvent(
      pair.events,
      {
        type: "app_mention",
        user: "U1",
        text: "<@UBOT> gpt-5.1-codex-mini context",
        ts: "4.4",
        channel: "C4",
        event_ts: "4.4",
      },
      SECRET,
    );
    const posted = await pair.fake.nextCall(
      (c) => c.name === "chat.postMessage" && c.body.channel === "C4",
    );
    expect(posted.body).toMatchObject({ thread_ts: "4.4" });
    expect(posted.body.blocks).toBeUndefined();
    expect(posted.body.text).toContain("400K");
  });
});
