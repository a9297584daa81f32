// The packaged app's reading processes: Electron's utility processes. Its fuses forbid running
// the app's binary as Node (runAsNode off), so Node's `fork` cannot start them there.
import { utilityProcess } from 'electron';
import { readerFlags, whenListening, type StartReader } from '../import/reader-process';

export const utilityReader: StartReader = (entry, heapMb) => {
  const child = utilityProcess.fork(entry, [], {
    execArgv: readerFlags(heapMb),
    stdio: 'ignore',
    serviceName: 'Thư Ký Hội Nghị – đọc tệp nhập',
  });
  return whenListening({
    send: (message) => child.postMessage(message),
    onMessage: (listener) => void child.on('message', listener),
    onExit: (listener) => void child.once('exit', () => listener()),
    kill: () => void child.kill(),
  });
};
