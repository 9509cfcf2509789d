// Run-time configuration, read once at start from config.json next to index.html, so the same
// build works on localhost (the server serves it) and behind CloudFront (which routes /api/*
// to the load balancer, or names another origin here).
export interface AppConfig {
  /** Base URL of the API, absolute or relative to the page ("/api/v1"). */
  apiBase: string;
}

const defaults: AppConfig = { apiBase: '/api/v1' };

export async function loadConfig(): Promise<AppConfig> {
  try {
    // From the app's base, not the page's path: an invitation link (/invitations/<token>)
    // must read the same file as the start page.
    const response = await fetch(new URL(`${import.meta.env.BASE_URL}config.json`, location.origin), {
      cache: 'no-cache',
    });
    if (!response.ok) return defaults;
    return { ...defaults, ...(await response.json()) };
  } catch {
    return defaults;
  }
}
