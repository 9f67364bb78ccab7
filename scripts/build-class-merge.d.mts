export function kitSourceFiles(): string[];
export function kitClasses(): string[];
export function groupSamples(group: string, config?: unknown): string[];
export function keptGroups(classes?: string[]): string[];
export function generate(): string;
