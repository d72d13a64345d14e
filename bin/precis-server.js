#!/usr/bin/env node
// The `precis-server` command: the Précis team server and its admin commands, run under a
// recent enough Node (bin/node22.js).
import { join } from 'node:path';
import { recentNode, root, runWith } from './node22.js';

runWith('precis-server', recentNode('precis-server'), join(root, 'server', 'cli.ts'), process.argv.slice(2));
