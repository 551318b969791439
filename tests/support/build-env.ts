// Vitest puts Vite's own variables into process.env (NODE_ENV=test, MODE, DEV, PROD, SSR,
// BASE_URL=/ …). A child `astro build` would inherit them, and Astro reads
// import.meta.env.BASE_URL from there, silently undoing BASE. Builds get the environment
// a developer's shell would give them.
const VITEST_VARIABLES = /^(VITEST.*|NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|TEST)$/;

export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !VITEST_VARIABLES.test(name)));
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
