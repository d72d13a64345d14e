export * from './canonical.ts';
export * from './match.ts';
export * from './selectors.ts';
export * from './structure.ts';
export * from './locate.ts';
