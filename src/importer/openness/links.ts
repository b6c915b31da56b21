/** A link as the data sets write it, kept only when it is a well-formed http(s) URL. */
export function httpUrl(value: string | undefined): string | undefined {
  if (!value || !/^https?:\/\/\S+$/.test(value.trim())) return undefined;
  try {
    return new URL(value.trim()).toString();
  } catch {
    return undefined;
  }
}

/** "https://huggingface.co/allenai/OLMo-7B" → "allenai/OLMo-7B". */
export function huggingfaceId(link: string | undefined): string | undefined {
  const m = link ? /huggingface\.co\/([\w.-]+\/[\w.-]+)/.exec(link) : null;
  if (!m?.[1] || /^(datasets|spaces|collections|papers)\//.test(m[1])) return undefined;
  return m[1];
}
