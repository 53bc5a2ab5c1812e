// One jest setup for every workspace: projects by file suffix (CONVENTIONS.md 12), ts-jest transpiling
// only (type errors are `npm run typecheck`'s job), and workspace packages resolved to their built dist.
module.exports = (rootDir) => {
  const transform = {
    '^.+\\.ts$': ['ts-jest', { isolatedModules: true, tsconfig: `${rootDir}/tsconfig.json` }],
  };
  const project = (displayName, suffix) => ({
    displayName,
    rootDir,
    testEnvironment: 'node',
    transform,
    testMatch: [`<rootDir>/{src,test}/**/*.${suffix}.spec.ts`],
    setupFiles: [require.resolve('reflect-metadata')],
  });
  return {
    testTimeout: 90000,
    projects: [project('unit', 'unit'), project('int', 'int'), project('e2e', 'e2e')],
  };
};
