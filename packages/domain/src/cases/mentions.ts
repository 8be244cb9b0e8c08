/**
 * A mention inside a comment is written `@[Display name](usr_…)`: the name keeps the comment
 * readable as plain text (and in an e-mail), the id says exactly who is meant even when two
 * people share a name.
 */
const MENTION = /@\[([^\]\n]{1,200})\]\((usr_[0-9a-z]{26})\)/g;

export interface TMention {
  userId: string;
  name: string;
}

/** The people mentioned in a comment, each once, in the order they first appear. */
export function extractMentions(body: string): TMention[] {
  const seen = new Map<string, TMention>();
  for (const match of body.matchAll(MENTION)) {
    const [, name, userId] = match as unknown as [string, string, string];
    if (!seen.has(userId)) seen.set(userId, { userId, name });
  }
  return [...seen.values()];
}

/** How a mention is written into a comment. */
export function formatMention(mention: TMention): string {
  return `@[${mention.name.replace(/[\]\n]/g, ' ')}](${mention.userId})`;
}

/** The comment as plain text: mentions become `@Name`. */
export function mentionsToPlainText(body: string): string {
  return body.replace(MENTION, (_match, name: string) => `@${name}`);
}

/** The comment cut into text and mentions, for rendering. */
export function splitMentions(body: string): ({ text: string } | { mention: TMention })[] {
  const parts: ({ text: string } | { mention: TMention })[] = [];
  let last = 0;
  for (const match of body.matchAll(MENTION)) {
    const [whole, name, userId] = match as unknown as [string, string, string];
    const at = match.index ?? 0;
    if (at > last) parts.push({ text: body.slice(last, at) });
    parts.push({ mention: { userId, name } });
    last = at + whole.length;
  }
  if (last < body.length) parts.push({ text: body.slice(last) });
  return parts;
}
