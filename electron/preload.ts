// The only bridge between the page and the app: one function, the Api's method name and argument.
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('factdeck', {
  call: (method: string, arg: unknown): Promise<unknown> => ipcRenderer.invoke('api', method, arg),
});
