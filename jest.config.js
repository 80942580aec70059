// Jest runs TypeScript through SWC. The unified/remark/rehype packages are ES modules only,
// so every ESM package in node_modules is transformed too (listed by its package.json type).
const fs = require('node:fs');
const path = require('node:path');

function esmPackages(dir = path.join(__dirname, 'node_modules')) {
  const names = [];
  for (const entry of fs.readdirSync(dir)) {
    const scoped = entry.startsWith('@');
    const candidates = scoped ? fs.readdirSync(path.join(dir, entry)).map((n) => `${entry}/${n}`) : [entry];
    for (const name of candidates) {
      try {
        const pkg = JSON.parse(fs.readFileSync(path.join(dir, name, 'package.json'), 'utf8'));
        if (pkg.type === 'module') names.push(name.replace(/[.+]/g, '\\$&'));
      } catch {
        // not a package folder (e.g. .bin)
      }
    }
  }
  return names;
}

const swc = ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' } }, module: { type: 'commonjs' } }];

const shared = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages().join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.tmp/'],
};

// The API suite runs on SQLite always, and again on PostgreSQL when a server is given.
const projects = [
  { ...shared, displayName: 'unit', roots: ['<rootDir>/src', '<rootDir>/scripts'] },
  { ...shared, displayName: 'api:sqlite', roots: ['<rootDir>/tests/api'], setupFiles: ['<rootDir>/tests/helpers/use-sqlite.ts'] },
];
// Browser tests drive Debian's Chromium against a real Strapi on SQLite.
projects.push({ ...shared, displayName: 'browser', roots: ['<rootDir>/tests/browser'], setupFiles: ['<rootDir>/tests/helpers/use-sqlite.ts'] });
if (process.env.TEST_DATABASE_URL) {
  projects.push({ ...shared, displayName: 'api:postgres', roots: ['<rootDir>/tests/api'], setupFiles: ['<rootDir>/tests/helpers/use-postgres.ts'] });
} else if (!process.env.JEST_WORKER_ID) {
  console.log('api:postgres skipped: TEST_DATABASE_URL is not set. `npm run test:all` (and .ci/run) starts a throwaway PostgreSQL and runs it.');
}

module.exports = { projects, testTimeout: 120000 };
