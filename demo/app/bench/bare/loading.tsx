// The bench page's Suspense boundary: its content is rendered per request, never in a static shell.
export default function Loading() {
  return null;
}
