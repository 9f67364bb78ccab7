import "./globals.css";
import type { ReactNode } from "react";
import { SessionProvider } from "../lib/kit";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SessionProvider>{children}</SessionProvider>
      </body>
    </html>
  );
}
