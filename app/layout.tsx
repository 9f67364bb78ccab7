import "@fontsource-variable/inter";
import "../styles/globals.css";
import type { Metadata } from "next";
import type * as React from "react";
import { Header } from "./_lib/kit";

export const metadata: Metadata = { title: "session-kit demo", description: "Session-aware UI on better-auth" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        <Header brand="session-kit" />
        <main className="mx-auto grid max-w-3xl gap-6 p-6">{children}</main>
      </body>
    </html>
  );
}
