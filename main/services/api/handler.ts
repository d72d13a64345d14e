import type { ApiChannel, ApiOutput, ApiParsedInput } from '../../../shared/api/index.ts';
import type { ApiContext } from './context.ts';

/** A handler gets validated input; it returns its output or throws `ApiError`. */
export type ApiHandler<C extends ApiChannel> = (input: ApiParsedInput<C>, context: ApiContext) => Promise<ApiOutput<C>>;

export type ApiHandlers<C extends ApiChannel = ApiChannel> = { [K in C]: ApiHandler<K> };
