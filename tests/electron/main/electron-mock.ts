// A stand-in for the parts of the `electron` module the main-process glue uses, recording what the glue
// asks of it, so tests can hold the glue to the security checklist without an Electron binary.
import { vi } from 'vitest';

type Handler = (...args: never[]) => unknown;

export const recorded = {
  windows: [] as FakeWindow[],
  ipcHandlers: new Map<string, Handler>(),
  session: {} as Record<string, Handler>,
};

export class FakeWebContents {
  handlers = new Map<string, Handler>();
  windowOpenHandler: Handler | undefined;
  sent: { channel: string; payload: unknown }[] = [];
  on(event: string, handler: Handler) {
    this.handlers.set(event, handler);
    return this;
  }
  setWindowOpenHandler(handler: Handler) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown) {
    this.sent.push({ channel, payload });
  }
}

export class FakeWindow {
  webContents = new FakeWebContents();
  handlers = new Map<string, Handler>();
  loadedUrl = '';
  constructor(public options: Record<string, unknown>) {
    recorded.windows.push(this);
  }
  once(event: string, handler: Handler) {
    this.handlers.set(event, handler);
  }
  on(event: string, handler: Handler) {
    this.handlers.set(event, handler);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  maximize() {}
  setFullScreen() {}
  isDestroyed() {
    return false;
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1280, height: 820 };
  }
  isMaximized() {
    return false;
  }
  isFullScreen() {
    return false;
  }
  show() {}
}

const sessionRecorder = (name: string) => (handler: Handler) => {
  recorded.session[name] = handler;
};

export const electronMock = {
  BrowserWindow: FakeWindow,
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  session: {
    defaultSession: {
      setPermissionRequestHandler: sessionRecorder('permissionRequest'),
      setPermissionCheckHandler: sessionRecorder('permissionCheck'),
      setDevicePermissionHandler: sessionRecorder('devicePermission'),
      setDisplayMediaRequestHandler: sessionRecorder('displayMedia'),
      webRequest: { onBeforeRequest: sessionRecorder('beforeRequest') },
    },
  },
  ipcMain: {
    handle: vi.fn((channel: string, handler: Handler) => recorded.ipcHandlers.set(channel, handler)),
  },
};
