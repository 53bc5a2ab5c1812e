/** Architecture rules (CONVENTIONS.md 1, 5, 13), checked by `npm test`. */
module.exports = {
  forbidden: [
    {
      name: 'apps-never-import-apps',
      comment:
        'A deployable never imports another deployable; services share only packages (contracts first).',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/([^/]+)/', pathNot: '^apps/$1/' },
    },
    {
      name: 'domain-is-pure',
      comment:
        'Domain cores (domain/ folders, deciders, events, commands) import no framework, driver or validator.',
      severity: 'error',
      from: {
        path: '(^apps/[^/]+/src/.*(/domain/|\\.decider\\.ts$|\\.events\\.ts$|\\.command\\.ts$))|(^packages/event-sourcing/src/(?!testing/))',
      },
      to: {
        path: 'node_modules/(@nestjs|kafkajs|pg|pg-[a-z-]+|@eventstore|class-validator|class-transformer|express|fastify|@fastify|rxjs)/',
      },
    },
    {
      name: 'packages-never-import-apps',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    // Roots are the src and test folders; workspace packages resolve to their dist, which is listed, not followed.
    doNotFollow: { path: ['node_modules', '(^|/)dist/'] },
    tsPreCompilationDeps: true,
  },
};
