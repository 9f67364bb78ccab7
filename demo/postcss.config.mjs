// Tailwind v4 for the demo app, as in any Next.js app.
export default { plugins: { "@tailwindcss/postcss": {} } };
