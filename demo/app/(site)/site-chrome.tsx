import type * as React from "react";
import { ImpersonationBanner, SessionExpiryNotice, SignedOutNotice } from "session-kit";
import { Header, SessionProvider } from "../_lib/kit";
import { getLocale, languageFromCookie } from "../_lib/locale";
import { DemoAuthClientProvider } from "./auth-client-provider";
import { LanguageSwitch } from "./language-switch";

/** What every page of the demo shows around its content: the session's header, banner and notices. */
export async function SiteChrome({ children }: { children: React.ReactNode }) {
  const { lang, dir, messages } = await getLocale();
  return (
    // The session this request reads, handed to the client components: right on first paint (under
    // Cache Components: streamed into the static shell, each component's skeleton until then).
    <DemoAuthClientProvider>
      <SessionProvider refetchInterval={60} messages={messages} dir={dir} locale={lang}>
        <ImpersonationBanner />
        <Header brand="session-kit" messages={messages}>
          {languageFromCookie && (lang === "ar" ? <LanguageSwitch to="en" label="English" /> : <LanguageSwitch to="ar" label="العربية" />)}
        </Header>
        <main className="mx-auto grid max-w-3xl gap-6 p-6">{children}</main>
        {/* The session's edges: the end told ahead (and "Stay signed in"), and a sign-out made elsewhere. */}
        <SessionExpiryNotice />
        <SignedOutNotice />
      </SessionProvider>
    </DemoAuthClientProvider>
  );
}
