import type { Config } from "tailwindcss";

// Thin on purpose: the theme lives in CSS (styles/theme.css). This only tells Tailwind where classes are.
export default {
  content: ["./components/**/*.{ts,tsx}", "./stories/**/*.{ts,tsx}"],
} satisfies Config;
