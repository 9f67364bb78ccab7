import "@fontsource-variable/inter";
import "@fontsource-variable/noto-sans-arabic";
import "./globals.css";
import type { Metadata } from "next";
import type * as React from "react";
import { getLocale } from "./_lib/locale";

export const metadata: Metadata = { title: "session-kit demo", description: "Session-aware UI on better-auth" };

// The document only: the kit's header, provider and notices are in (site)/layout.tsx, so a page outside
// it (bench/bare, the benchmark's twin of /home) carries none of the kit's session work.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { lang, dir } = await getLocale();
  return (
    <html lang={lang} dir={dir}>
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
