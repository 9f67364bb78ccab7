"use client";

import { usePathname } from "next/navigation";
import type * as React from "react";
import { signInHref } from "../lib/callback-url";
import { cn } from "../lib/cn";
import { useKitMessages } from "./session-context";
import { buttonVariants } from "./ui/button";

export interface SignInButtonProps extends Omit<React.ComponentProps<"a">, "href"> {
  /** The sign-in page. Default "/auth/sign-in". */
  signInPath?: string;
  /** Where to come back to; defaults to the current path. Off-site values are dropped. */
  returnTo?: string;
}

/** A link to the sign-in page that brings the user back to where they were (same-origin only). */
export function SignInButton({ signInPath = "/auth/sign-in", returnTo, className, children, ...props }: SignInButtonProps) {
  const pathname = usePathname();
  const messages = useKitMessages();
  return (
    <a
      data-slot="sign-in-button"
      href={signInHref(signInPath, returnTo ?? pathname)}
      className={cn(buttonVariants({ variant: "outline", size: "sm" }), className)}
      {...props}
    >
      {children ?? messages.signIn}
    </a>
  );
}
