import "@fontsource-variable/inter";
import "../styles/globals.css";
import type { Metadata } from "next";
import type * as React from "react";
import { ImpersonationBanner } from "../components/impersonation-banner";
import { Header, SessionProvider } from "./_lib/kit";

export const metadata: Metadata = { title: "session-kit demo", description: "Session-aware UI on better-auth" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen">
        {/* The session this request read, handed to the client components: right on first paint. */}
        <SessionProvider refetchInterval={60}>
          <ImpersonationBanner />
          <Header brand="session-kit" />
          <main className="mx-auto grid max-w-3xl gap-6 p-6">{children}</main>
        </SessionProvider>
      </body>
    </html>
  );
}
