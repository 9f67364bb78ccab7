/** "Ada Lovelace" → "AL", "grace" → "G", "" → "?": at most two letters, first and last word. */
export function initials(name: string | null | undefined): string {
  const words = (name ?? "").trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) return "?";
  const first = [...words[0]!][0]!;
  const last = words.length > 1 ? [...words[words.length - 1]!][0]! : "";
  return (first + last).toLocaleUpperCase();
}
