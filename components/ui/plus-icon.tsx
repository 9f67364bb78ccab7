/** The "+" before an action that adds something (an account, an organization); decorative. */
export function PlusIcon() {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" aria-hidden="true" className="size-4 shrink-0">
      <path d="M12 5v14M5 12h14" />
    </svg>
  );
}
