import type * as React from "react";

// The demo's own button (an app brings its own UI; the kit's primitives stay private).
const looks = {
  solid: "bg-primary text-primary-foreground hover:bg-primary/90",
  outline: "border bg-background hover:bg-accent hover:text-accent-foreground",
};

export function Button({ variant = "solid", size, className = "", ...props }: React.ComponentProps<"button"> & { variant?: keyof typeof looks; size?: "sm" }) {
  const box = size === "sm" ? "h-8 px-3" : "h-9 px-4";
  return (
    <button
      className={`inline-flex items-center justify-center rounded-md text-sm font-medium outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50 disabled:opacity-60 aria-busy:cursor-progress ${box} ${looks[variant]} ${className}`}
      {...props}
    />
  );
}
