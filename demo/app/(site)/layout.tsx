import type * as React from "react";
import { SiteChrome } from "./site-chrome";

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
