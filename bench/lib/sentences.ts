/** Sentences of a reference text that are missing from another text (for listing losses). */

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

export function sentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?…。！？])\s+/u)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => /[\p{L}\p{N}]{2,}/u.test(s));
}

export function missingSentences(reference: string, other: string): string[] {
  const haystack = normalize(other);
  return sentences(reference).filter((s) => !haystack.includes(normalize(s)));
}
