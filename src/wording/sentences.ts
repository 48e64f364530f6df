/**
 * Site text cut to fit, between sentences (issue 15: a quote never stops mid-sentence). Used by
 * the content script for what it stores and by the message drafts for what they quote.
 */

/** Sentences of `text`, each with its closing mark; a line break ends one too. */
export function sentences(text: string): string[] {
  return text
    .split(/\n|(?<=[.!?;][”’"')）]*)\s+|(?<=[。！？；][”’"')）]*)(?![”’"')）\s])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * `text` cut to at most `max` characters between sentences, "…" marking what was left out.
 * A first sentence longer than `max` is cut after its last comma that leaves at least half,
 * else between words (Han text between characters).
 */
export function fitSentences(lines: string, max: number): string {
  const text = lines.replace(/\s+/g, ' ');
  if (text.length <= max) return text;
  let out = '';
  for (const sentence of sentences(lines)) {
    // Chinese puts no space after its full stop.
    const next = !out ? sentence : /[。！？；]$/.test(out) ? out + sentence : `${out} ${sentence}`;
    if (next.length > max - 2) break;
    out = next;
  }
  // "… cut. …" in English; "…为准。…" in Chinese, which puts no space after a full stop.
  if (out) return /[。！？；]$/.test(out) ? `${out}…` : `${out} …`;
  const room = text.slice(0, max - 1);
  const comma = Math.max(room.lastIndexOf('，'), room.lastIndexOf(', '), room.lastIndexOf('、'));
  if (comma >= max / 2) return `${room.slice(0, comma + 1).trim()}…`;
  const space = room.lastIndexOf(' ');
  if (space >= max / 2) return `${room.slice(0, space).replace(/[\s,，:：;；-]+$/, '')}…`;
  return `${room}…`;
}
