/** The service host in a worker thread (tests and the bench): the same host as the app's. */
import { runServiceHost } from './service-host.ts';
import { threadParentPort } from './thread-port.ts';

runServiceHost(threadParentPort());
