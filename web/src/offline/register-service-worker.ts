// Registers the service worker that keeps the app's own files on this device (see
// service-worker.ts), so a reload without a network still opens the app. Only the built app
// has one: under the dev server the files change with every edit.
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  // Without it the app still works online; only a reload while offline would not open it.
  navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => undefined);
}
