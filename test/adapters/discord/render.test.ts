import { describe, expect, it } from "vitest";
import { FollowUpCodec } from "../../../src/adapters/discord/follow-ups.ts";
import { renderAnswer, renderNotice } from "../../../src/adapters/discord/render.ts";
import type { Answer } from "../../../src/core/answer/types.ts";
import { collectTexts, findLimitViolations, findLiveMarkup } from "../../support/discord-limits.ts";
import { ANSWERS, HOSTILE } from "./answer-fixtures.ts";

const codec = new FollowUpCodec();
const render = (name: string) => {
  const answer = ANSWERS[name];
  if (!answer) throw new Error(`no fixture ${name}`);
  return renderAnswer(answer, (q, i) => codec.encode(q, i));
};
const description = (name: string) => render(name).embeds[0]?.description ?? "";

describe("renderAnswer", () => {
  it.each(Object.keys(ANSWERS))("keeps the %s answer inside every Discord limit", (name) => {
    expect(findLimitViolations(render(name))).toEqual([]);
  });

  it.each(["overview", "field", "benchmark", "transparency", "compare", "top", "filter"])(
    "puts the sources and as-of dates of the %s answer in the footer",
    (name) => {
      const footer = render(name).embeds[0]?.footer?.text ?? "";
      const cite = ANSWERS[name]?.citations[0];
      expect(footer).toContain(`${cite?.sourceName} (as of ${cite?.asOf})`);
    },
  );

  it("says so when it cuts a huge answer, and keeps the table's fence closed", () => {
    const text = description("huge");
    expect(text).toMatch(/more lines? not shown/);
    expect(render("huge").embeds[0]?.footer?.text).toMatch(/… and \d+ more$/);
  });

  it("shows the top rows of a long table and counts the rest", () => {
    const answer = ANSWERS.huge;
    if (!answer) throw new Error("fixture");
    const tableOnly = {
      ...answer,
      summary: "",
      blocks: answer.blocks.filter((b) => b.kind === "table"),
    };
    const text = renderAnswer(tableOnly, (q, i) => codec.encode(q, i)).embeds[0]?.description ?? "";
    expect(text).toContain("1    Model 0");
    const shown = text.split("\n").filter((l) => /^\d+ +Model \d+/.test(l)).length;
    expect(text).toContain(`${500 - shown} more lines not shown`);
  });

  it("shows a comparison as one inline field per model", () => {
    const fields = render("compare").embeds[0]?.fields ?? [];
    expect(fields.slice(0, 4).map((f) => [f.name, f.inline])).toEqual([
      ["Model A", true],
      ["Model B", true],
      ["Model C", true],
      ["Model D", true],
    ]);
    expect(fields[1]?.value.split("\n")[0]).toBe("**Field 0:** 1M");
  });

  it("keeps a narrow table in a code block and writes a wide one as lines", () => {
    expect(description("top")).toContain("```\n#   Model     Score\n");
    const top = ANSWERS.top;
    if (!top) throw new Error("fixture");
    const wide = {
      ...top,
      blocks: [
        {
          kind: "table" as const,
          columns: ["Rank", "Model", "Score", "Variant"],
          rows: Array.from({ length: 400 }, (_, i) => [
            `${i + 1}`,
            `Model ${i} ${"m".repeat(20)}`,
            "1.5",
            "v".repeat(40),
          ]),
        },
      ],
    };
    const body = renderAnswer(wide, (q, i) => codec.encode(q, i));
    const text = body.embeds[0]?.description ?? "";
    expect(text).not.toContain("```");
    expect(text).toContain("*Rank · Model · Score · Variant*\n**1** · Model 0 mmm");
    expect(text).toMatch(/\d+ more lines not shown/);
    expect(findLimitViolations(body)).toEqual([]);
  });

  it("lists a short answer whole, without a cut note", () => {
    for (const name of ["overview", "transparency", "compare", "top", "filter", "help"]) {
      expect(description(name)).not.toMatch(/not shown|…/);
    }
  });

  it("turns follow-ups into at most 25 buttons, 5 to a row", () => {
    const buttons = render("ambiguous").components.flatMap((r) => r.components);
    expect(buttons).toHaveLength(25);
    expect(
      render("not_found").components[0]?.components.map((b) => ("label" in b ? b.label : "")),
    ).toEqual(["Model A", "Model B"]);
  });

  it("encodes each follow-up so a press asks its question, even past 100 characters", async () => {
    for (const name of ["not_found", "ambiguous", "huge"]) {
      const answer = ANSWERS[name];
      const buttons = render(name).components.flatMap((r) => r.components);
      const asked = await Promise.all(
        buttons.map((b) => ("custom_id" in b ? codec.decode(b.custom_id) : null)),
      );
      expect(asked).toEqual(
        answer?.followUps.slice(0, 25).map((f) => ({ kind: "query", query: f.query })),
      );
    }
  });

  it("neutralizes mentions and masked links in every text it shows", () => {
    const body = render("hostile");
    const found = collectTexts(body).flatMap(findLiveMarkup);
    expect(found).toEqual([]);
    // The words are still there for the reader, only inert.
    expect(body.embeds[0]?.description).toContain("click");
  });

  it("links sources only when the data gives an http(s) address", () => {
    const fields = render("benchmark").embeds[0]?.fields ?? [];
    expect(fields.at(-1)).toEqual({
      name: "Sources",
      value: "[WebDev Arena](https://example.org/webdev-arena)",
      inline: false,
    });
    const bad = ANSWERS.benchmark;
    if (!bad) throw new Error("fixture");
    const cites = [
      {
        ...bad.citations[0],
        source: "s",
        sourceName: "S",
        asOf: "2026",
        url: "javascript:alert(1)",
      },
    ];
    const body = renderAnswer({ ...bad, citations: cites }, (q, i) => codec.encode(q, i));
    expect(body.embeds[0]?.fields?.map((f) => f.name)).not.toContain("Sources");
  });

  it("never sends an embed without text, even for an empty answer", () => {
    const empty = { ...ANSWERS.help, title: "", summary: "", blocks: [], citations: [] };
    const embed = renderAnswer(empty as Answer, (q, i) => codec.encode(q, i)).embeds[0];
    expect(embed?.description).toBe("—");
    const noRows = {
      ...(ANSWERS.compare as Answer),
      blocks: [{ kind: "table" as const, columns: ["", ""], rows: [] }],
    };
    expect(findLimitViolations(renderAnswer(noRows, (q, i) => codec.encode(q, i)))).toEqual([]);
  });

  it("renders a did-you-mean answer as a short embed", () => {
    expect(render("not_found")).toMatchInlineSnapshot(`
      {
        "components": [
          {
            "components": [
              {
                "custom_id": "ask:0:model-a",
                "label": "Model A",
                "style": 2,
                "type": 2,
              },
              {
                "custom_id": "ask:1:model-b",
                "label": "Model B",
                "style": 2,
                "type": 2,
              },
            ],
            "type": 1,
          },
        ],
        "embeds": [
          {
            "color": 15774258,
            "description": "**Did you mean one of these?**",
            "title": "No model called “modle-a”",
          },
        ],
      }
    `);
  });
});

describe("renderNotice", () => {
  it("escapes and bounds a notice", () => {
    const body = renderNotice(`${HOSTILE} ${"x".repeat(3000)}`);
    expect(findLimitViolations(body)).toEqual([]);
    expect(collectTexts(body).flatMap(findLiveMarkup)).toEqual([]);
  });
});
