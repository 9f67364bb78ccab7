"use client";

import { usePathname } from "next/navigation";
import type { Language } from "../_lib/locale";

/** A link to the other language that comes back to the page it was clicked on. */
export function LanguageSwitch({ to, label }: { to: Language; label: string }) {
  const pathname = usePathname();
  return (
    <a
      href={`/lang?set=${to}&back=${encodeURIComponent(pathname)}`}
      lang={to}
      hrefLang={to}
      data-slot="language-switch"
      className="rounded-md px-3 py-1.5 text-sm hover:bg-accent"
    >
      {label}
    </a>
  );
}
