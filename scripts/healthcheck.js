// The container's HEALTHCHECK: exit 0 when GET /healthz on PORT answers 200 within 4 s, else 1.
// Node's own fetch, because the slim image has neither curl nor wget.
const port = process.env.PORT || "3000";
try {
  const res = await fetch(`http://127.0.0.1:${port}/healthz`, {
    signal: AbortSignal.timeout(4000),
  });
  process.exit(res.status === 200 ? 0 : 1);
} catch {
  process.exit(1);
}
