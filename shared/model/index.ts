export * from './document.ts';
export * from './paragraph-id.ts';
export * from './annotation.ts';
export * from './comment.ts';
export * from './restructure.ts';
