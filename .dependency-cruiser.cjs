/**
 * The one-way arrows of ARCHITECTURE.md: domain, contracts ← db ← services ← api, cli;
 * web talks to the server only over HTTP and may use contracts and pure domain helpers.
 * Test files may also use the testing package. (That each package declares what it imports
 * is knip's job: it reads every workspace's own package.json.)
 */
const LAYERS = {
  'packages/domain': [],
  'packages/contracts': ['packages/domain'],
  'packages/db': ['packages/domain', 'packages/contracts'],
  'packages/services': ['packages/domain', 'packages/contracts', 'packages/db'],
  'packages/testing': ['packages/domain', 'packages/contracts', 'packages/db', 'packages/services'],
  'apps/api': ['packages/domain', 'packages/contracts', 'packages/db', 'packages/services'],
  'apps/cli': [
    'packages/domain',
    'packages/contracts',
    'packages/db',
    'packages/services',
    'packages/testing',
    'apps/api',
  ],
  'apps/web': ['packages/domain', 'packages/contracts'],
};
const ALL = [...Object.keys(LAYERS), 'e2e', 'bench'];
const escapeSlash = (path) => path.replace('/', '\\/');

/** Tests, and the test support beside them in src/testing/, may also use the testing package. */
const TEST_CODE = '(\\.test\\.tsx?$|/src/testing/)';

const layerRules = Object.entries(LAYERS).map(([from, allowed]) => ({
  name: `layer-${from.replace('/', '-')}`,
  comment: `${from} may import only: ${allowed.join(', ') || 'nothing of ours'}`,
  severity: 'error',
  from: { path: `^${escapeSlash(from)}/`, pathNot: TEST_CODE },
  to: {
    path: `^(${ALL.filter((p) => p !== from && !allowed.includes(p))
      .map(escapeSlash)
      .join('|')})/`,
  },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'tests-use-testing-not-apps',
      comment: 'package tests may use the testing package, but not the apps above them',
      severity: 'error',
      from: { path: '^packages/.+\\.test\\.tsx?$' },
      to: { path: '^(apps|e2e|bench)/' },
    },
    {
      name: 'no-test-support-in-production',
      comment: 'test support (src/testing/) is for tests only',
      severity: 'error',
      from: { path: '^(apps|packages)/[^/]+/src/', pathNot: TEST_CODE },
      to: { path: '^apps/[^/]+/src/testing/' },
    },
    {
      name: 'domain-is-pure',
      comment: 'the domain does no I/O: no Node built-ins',
      severity: 'error',
      from: { path: '^packages/domain/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'web-no-node',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { dependencyTypes: ['core'] },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    { name: 'resolvable', severity: 'error', from: {}, to: { couldNotResolve: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types'],
    },
  },
};
