// Tailwind v4 for the demo app (Next.js) and Storybook (Vite) alike.
export default { plugins: { "@tailwindcss/postcss": {} } };
