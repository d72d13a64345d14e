export * from './document.ts';
export * from './paragraph-id.ts';
export * from './classification.ts';
export * from './pack.ts';
export * from './annotation.ts';
export * from './comment.ts';
export * from './restructure.ts';
