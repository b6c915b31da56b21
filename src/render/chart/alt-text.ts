import { formatDate } from "../../core/answer/format.ts";
import type { Chart } from "../../core/chart/types.ts";

const KIND: Record<Chart["kind"], string> = {
  bar: "Bar chart",
  "grouped-bar": "Grouped bar chart",
  scatter: "Scatter plot",
  line: "Line chart",
  "price-ladder": "Bar chart of prices",
};

/** A one-paragraph description of a chart for screen readers (alt text). */
export function chartAltText(chart: Chart): string {
  const what = (() => {
    switch (chart.kind) {
      case "bar":
        return chart.bars
          .slice(0, 10)
          .map((b) => `${b.label} ${b.display}`)
          .join("; ");
      case "grouped-bar":
        return `${chart.series.join(", ")} on ${chart.groups.join(", ")}`;
      case "scatter": {
        const front = chart.points.filter((p) => p.front).map((p) => p.label);
        return `${chart.points.length} models; the Pareto front: ${front.join(", ")}`;
      }
      case "line":
        return `${chart.series.join(", ")} across ${new Set(chart.points.map((p) => p.x)).size} releases`;
      case "price-ladder":
        return chart.rows
          .slice(0, 8)
          .map((r) => r.label)
          .join(", ");
    }
  })();
  return `${KIND[chart.kind]}: ${chart.title}. ${what}. Source: ${chart.source}, as of ${formatDate(chart.asOf)}.`;
}
