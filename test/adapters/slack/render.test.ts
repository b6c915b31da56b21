import { describe, expect, it } from "vitest";
import { ACTION } from "../../../src/adapters/slack/actions.ts";
import { renderAnswer, renderNotice, renderOptions } from "../../../src/adapters/slack/render.ts";
import { renderTable } from "../../../src/adapters/slack/render-blocks.ts";
import type { Answer } from "../../../src/core/answer/types.ts";
import { ANSWERS, HUGE } from "../../support/slack-answers.ts";
import { checkSlackLimits, collectText, sentLinks } from "../../support/slack-limits.ts";

const allText = (m: unknown) => collectText(m).join("\n");
const actionIds = (m: { blocks: unknown[] }) =>
  m.blocks.flatMap((b) =>
    ((b as { elements?: { action_id?: string }[] }).elements ?? []).map((e) => e.action_id),
  );

describe("renderAnswer", () => {
  it.each(Object.entries({ ...ANSWERS, ...HUGE }))(
    "%s stays inside every Slack limit",
    (_, answer) => {
      for (const options of [{}, { share: answer.query, picker: true }, { shared: true }]) {
        expect(checkSlackLimits(renderAnswer(answer, options))).toEqual([]);
      }
    },
  );

  it.each(Object.entries(ANSWERS))("%s shows its title, summary and sources", (_, answer) => {
    const message = renderAnswer(answer);
    expect(message.blocks[0]).toMatchObject({ type: "header" });
    expect(message.text).toBe(answer.summary);
    for (const c of answer.citations)
      expect(allText(message)).toContain(`${c.sourceName} (as of ${c.asOf})`);
  });

  it("renders a field answer as header, bold summary and a sources line", () => {
    expect(renderAnswer(ANSWERS.field as Answer).blocks).toMatchInlineSnapshot(`
      [
        {
          "text": {
            "emoji": true,
            "text": "GPT-5.1 Codex Mini: context window",
            "type": "plain_text",
          },
          "type": "header",
        },
        {
          "text": {
            "text": "*400K tokens*",
            "type": "mrkdwn",
            "verbatim": true,
          },
          "type": "section",
        },
        {
          "elements": [
            {
              "text": "Sources: <https://example.com/cards/codex-mini?x=1&amp;y=2|OpenAI model card (as of 2026-01-08)>",
              "type": "mrkdwn",
              "verbatim": true,
            },
          ],
          "type": "context",
        },
      ]
    `);
  });

  it("renders facts as fields and tables as code blocks", () => {
    const overview = renderAnswer(ANSWERS.overview as Answer);
    expect(overview.blocks[1]).toMatchObject({ type: "section", fields: expect.any(Array) });
    expect(allText(overview)).toContain("*Context window*\n400K tokens");
    const top = allText(renderAnswer(ANSWERS.top as Answer));
    expect(top).toContain("```\n#  Model    Score\n-  -------  -----\n1  Model 1  80");
  });

  it("turns follow-ups into buttons that carry their query", () => {
    const message = renderAnswer(ANSWERS.not_found as Answer);
    const actions = message.blocks.find((b) => b.type === "actions") as { elements: unknown[] };
    expect(actions.elements).toEqual([
      expect.objectContaining({ action_id: "model_followup_0", value: "gpt-5.1-codex-mini" }),
      expect.objectContaining({ action_id: "model_followup_1", value: "gpt-5.1-codex" }),
    ]);
  });

  it("adds the share button and the picker only when asked", () => {
    expect(actionIds(renderAnswer(ANSWERS.help as Answer))).toEqual([]);
    const withBoth = renderAnswer(ANSWERS.help as Answer, { share: "help", picker: true });
    expect(actionIds(withBoth)).toEqual([ACTION.pick, ACTION.share]);
    // A question too long to fit a button value gets no share button rather than a broken one.
    expect(actionIds(renderAnswer(ANSWERS.help as Answer, { share: "x".repeat(2001) }))).toEqual(
      [],
    );
  });

  it("cuts a 500-row table cleanly and says how many rows are left out", () => {
    const message = renderAnswer(HUGE.table500 as Answer);
    const text = allText(message);
    const shown = text.match(/^\d+ +model-/gm)?.length ?? 0;
    expect(shown).toBeGreaterThan(10);
    expect(text).toContain(`_…and ${500 - shown} more rows_`);
    expect(text).toMatch(/…and \d+ more sources/);
    expect(message.blocks.find((b) => b.type === "actions")).toMatchObject({
      elements: { length: 25 },
    });
  });

  it("drops whole sections past the block and size limits and counts them", () => {
    const message = renderAnswer(HUGE.everything as Answer);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
    expect(allText(message)).toMatch(/_…and \d+ more sections_/);
  });

  it("escapes every text so nothing can mention, ping or link", () => {
    const hostile = "<!channel> <!here> @everyone <@U123> <https://evil.example|click> & co";
    const answer: Answer = {
      ...(ANSWERS.not_found as Answer),
      title: hostile,
      summary: hostile,
      blocks: [
        { kind: "text", text: hostile },
        { kind: "list", items: [hostile] },
        { kind: "facts", rows: [{ label: hostile, value: hostile }] },
      ],
      followUps: [{ label: hostile, query: hostile }],
      citations: [{ source: "x", sourceName: hostile, asOf: hostile, url: "javascript:alert(1)" }],
    };
    const message = renderAnswer(answer, { share: hostile });
    expect(checkSlackLimits(message)).toEqual([]);
    expect(sentLinks(message)).toEqual([]);
    expect(allText(message)).toContain(
      "&lt;!channel&gt; &lt;!here&gt; @\u200beveryone &lt;@U123&gt; &lt;https://evil.example|click&gt; &amp; co",
    );
  });
});

describe("renderTable", () => {
  it("never cuts the fence, even in a tiny room", () => {
    const rows = Array.from({ length: 50 }, (_, i) => [`row ${i}`, "`x`"]);
    const text = (renderTable(["a", "b"], rows, 300).text as { text: string }).text;
    expect(text.length).toBeLessThanOrEqual(300);
    expect(text.match(/```/g)).toHaveLength(2);
    expect(text).not.toContain("`x`");
    expect(text).toMatch(/_…and \d+ more rows_$/);
  });
});

describe("renderNotice and renderOptions", () => {
  it("escapes a notice", () => {
    expect(renderNotice("Slow down <!here>").text).toBe("Slow down &lt;!here&gt;");
  });

  it("keeps at most 100 options with labels of at most 75 characters", () => {
    const choices = Array.from({ length: 150 }, (_, i) => ({
      label: `${"Model ".repeat(20)}${i}`,
      value: `m-${i}`,
    }));
    choices.push({ label: "too long", value: "v".repeat(151) });
    const options = renderOptions(choices);
    expect(options).toHaveLength(100);
    expect(checkSlackLimits({ options })).toEqual([]);
    expect(options[0]?.value).toBe("m-0");
  });
});
