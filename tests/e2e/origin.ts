/** Where the suite's preview server listens. E2E_PORT lets several checkouts run their suites side by side. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
export const E2E_HOST = `127.0.0.1:${E2E_PORT}`;
