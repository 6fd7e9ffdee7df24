// End-to-end journeys against the built app (`pnpm build`), served by the real server on a
// fresh embedded data folder, in Debian's chromium (never a downloaded browser).
import { defineConfig, devices } from '@playwright/test';
import { accounts, createAccountCommand, E2E_PASSWORD } from './e2e/fixtures/accounts';

const port = Number(process.env.E2E_PORT ?? 3107);
// Port and folders can be moved so that two runs (say, two people's journeys) do not collide.
const dataDir = process.env.E2E_DATA_DIR ?? '.reports/e2e-data';

export default defineConfig({
  testDir: 'e2e',
  // Two files at a time (the tests of one file run in order): journeys mostly wait on the server
  // and the browser, so two of them share the machine well (docs/testing.md). Each journey makes
  // its own data and never counts what another may be adding.
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json']],
  outputDir: process.env.E2E_OUTPUT_DIR ?? '.reports/playwright',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'ru-RU',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
    { name: 'phone', use: { ...devices['Pixel 7'], channel: undefined } },
  ],
  webServer: {
    // A fresh data folder with the staff accounts the journeys sign in with (each CLI run also
    // migrates and seeds), then the server.
    command: [
      `rm -rf ${dataDir}`,
      ...Object.values(accounts).map(createAccountCommand),
      'node apps/api/dist/main.js',
    ].join(' && '),
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    // A busy machine needs longer: six CLI runs migrate and seed before the server starts.
    timeout: Number(process.env.E2E_SERVER_TIMEOUT_MS ?? 120_000),
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DATABASE_URL: '',
      REGISTRY_PASSWORD: E2E_PASSWORD,
    },
  },
});
