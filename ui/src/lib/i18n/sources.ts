// The Fluent files, bundled at build time (locales/<lang>/ui/*.ftl at the repo root).
export const FTL_SOURCES = import.meta.glob<string>('../../../../locales/*/ui/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
});
