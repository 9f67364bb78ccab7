/**
 * Counts the attack cases a category tried and the ones that got through. A case is "let through" when
 * its check returns a reason (a string); the suite fails on any, listing every one, not just the first.
 */
export class SecurityTally {
  private readonly categories = new Map<string, { tried: number; letThrough: string[] }>();

  record(category: string, name: string, letThrough: string | false | null | undefined): void {
    const entry = this.categories.get(category) ?? { tried: 0, letThrough: [] };
    entry.tried += 1;
    if (letThrough) entry.letThrough.push(`${name}: ${letThrough}`);
    this.categories.set(category, entry);
  }

  tried(category: string): number {
    return this.categories.get(category)?.tried ?? 0;
  }

  letThrough(category: string): string[] {
    return this.categories.get(category)?.letThrough ?? [];
  }

  /** e.g. `security: 412 cases, 0 let through (admin gate 240/0, cookies 60/0, …)` */
  summary(): string {
    let tried = 0;
    let through = 0;
    const parts: string[] = [];
    for (const [category, entry] of this.categories) {
      tried += entry.tried;
      through += entry.letThrough.length;
      parts.push(`${category} ${entry.tried} tried/${entry.letThrough.length} let through`);
    }
    return `security: ${tried} cases tried, ${through} let through (${parts.join(", ")})`;
  }
}
