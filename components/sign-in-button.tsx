"use client";

import { usePathname } from "next/navigation";
import type * as React from "react";
import { signInPathFor } from "../lib/callback-url";
import { cn } from "../lib/cn";
import { DEFAULT_PATHS } from "../lib/paths";
import { useKitMessages } from "./session-context";
import { buttonVariants } from "./ui/button";

export interface SignInButtonProps extends Omit<React.ComponentProps<"a">, "href"> {
  /** The sign-in page. Default DEFAULT_PATHS.signIn. */
  signInPath?: string;
  /** Where to come back to after signing in; defaults to the current path. Off-site values are dropped. */
  redirectTo?: string;
}

/** A link to the sign-in page that brings the user back to where they were (same-origin only). */
export function SignInButton({ signInPath = DEFAULT_PATHS.signIn, redirectTo, className, children, ...props }: SignInButtonProps) {
  const pathname = usePathname();
  const messages = useKitMessages();
  return (
    <a
      data-slot="sign-in-button"
      href={signInPathFor(signInPath, redirectTo ?? pathname)}
      className={cn(buttonVariants({ variant: "outline", size: "sm" }), className)}
      {...props}
    >
      {children ?? messages.signIn}
    </a>
  );
}
