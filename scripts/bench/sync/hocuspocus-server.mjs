// The other reference: Hocuspocus with no extensions (no persistence, no auth hooks).
import { Server } from '@hocuspocus/server';

const server = new Server({ port: 0, address: '127.0.0.1', quiet: true, stopOnSignals: false });
await server.listen();
process.stdout.write(`listening on http://127.0.0.1:${server.httpServer.address().port}\n`);
process.on('SIGTERM', () => process.exit(0));
