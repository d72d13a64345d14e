/** Node module hooks: `electron` resolves to the recording stand-in (electron.ts beside this). */
const standIn = new URL('./electron.ts', import.meta.url).href;

export async function resolve(
  specifier: string,
  context: unknown,
  next: (specifier: string, context: unknown) => Promise<unknown>,
): Promise<unknown> {
  if (specifier === 'electron') return { url: standIn, shortCircuit: true };
  return next(specifier, context);
}
