export * from './document.ts';
export * from './paragraph-id.ts';
export * from './restructure.ts';
