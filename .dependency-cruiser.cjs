// Import rules that `pnpm lint` checks (dependency-cruiser), on top of Biome: no import cycles,
// API modules talk through their index.ts, plugins import no module, web features import no
// other feature. docs/architecture.md says why; tests may reach across (they set up data).
const TESTS = '(\\.test\\.tsx?$|\\.test-support\\.ts$|/test/)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle: split the shared part into a file both sides import.',
      from: { path: '^apps/(api|web)/src/' },
      to: { circular: true },
    },
    {
      name: 'api-module-through-index',
      severity: 'error',
      comment:
        "Another API module is reached through its index.ts only (its public face); the rest of a module's folder is private to it.",
      from: { path: '^apps/api/src/modules/([^/]+)/', pathNot: TESTS },
      to: {
        path: '^apps/api/src/modules/[^/]+/',
        pathNot: ['^apps/api/src/modules/$1/', '^apps/api/src/modules/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'api-outside-through-index',
      severity: 'error',
      comment: 'app.ts, the CLI and lib/ reach a module through its index.ts only.',
      from: { path: '^apps/api/src/(?!modules/)', pathNot: TESTS },
      to: { path: '^apps/api/src/modules/[^/]+/', pathNot: '^apps/api/src/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'plugin-imports-no-module',
      severity: 'error',
      comment:
        "A plugin under plugins/ is cross-cutting: it imports no feature module (the module's own plugin lives in the module).",
      from: { path: '^apps/api/src/plugins/' },
      to: { path: '^apps/api/src/modules/' },
    },
    {
      name: 'lib-imports-no-module',
      severity: 'error',
      comment: 'lib/ holds framework-free helpers that modules use, never the other way round.',
      from: { path: '^apps/api/src/lib/' },
      to: { path: '^apps/api/src/modules/' },
    },
    {
      name: 'web-feature-imports-no-feature',
      severity: 'error',
      comment: 'A web feature never imports another feature: shared code moves to components/ or lib/.',
      from: { path: '^apps/web/src/features/([^/]+)/' },
      to: { path: '^apps/web/src/features/', pathNot: '^apps/web/src/features/$1/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(node_modules|dist|generated)/' },
    // Type-only imports count too: a module's types are part of its public face.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
  },
};
