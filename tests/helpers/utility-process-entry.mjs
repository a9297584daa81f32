// The stand-in for Electron's utility process runs its entry in a Node child under this file:
// the child gets `process.parentPort` as a utility process has it (messages as `{ data }`).
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';

const port = new EventEmitter();
port.postMessage = (message) => process.send(message);
process.on('message', (message) => port.emit('message', { data: message }));
process.parentPort = port;
await import(pathToFileURL(process.argv[2]).href);
