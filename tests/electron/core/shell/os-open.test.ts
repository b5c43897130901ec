// Which packs a double-click, a second launch or a macOS open-file event asks Resonance to install.
import { describe, expect, it } from 'vitest';
import {
  OsOpenQueue,
  packFromOpenFile,
  packKey,
  packsFromArgv,
  packsFromSecondInstance,
  singleInstanceData,
  type OpenRequest,
  type OsOpenContext,
} from '@core/shell/os-open';

const linux: OsOpenContext = { platform: 'linux', defaultApp: false, workingDirectory: '/home/aria' };
const linuxDev: OsOpenContext = {
  platform: 'linux',
  defaultApp: true,
  workingDirectory: '/home/aria/resonance',
};
const windows: OsOpenContext = { platform: 'win32', defaultApp: false, workingDirectory: 'C:\\Users\\Aria' };
const windowsDev: OsOpenContext = {
  platform: 'win32',
  defaultApp: true,
  workingDirectory: 'C:\\dev\\resonance',
};
const mac: OsOpenContext = { platform: 'darwin', defaultApp: false, workingDirectory: '/' };

interface ArgvCase {
  name: string;
  argv: string[];
  context: OsOpenContext;
  packs: string[];
  rejected?: string[];
}

const argvCases: ArgvCase[] = [
  {
    name: 'a packaged Linux launch with no file opens nothing',
    argv: ['/opt/Resonance/resonance'],
    context: linux,
    packs: [],
  },
  {
    name: 'a packaged Linux launch by double-click opens the pack',
    argv: ['/opt/Resonance/resonance', '/home/aria/Downloads/neos-2148.rpack'],
    context: linux,
    packs: ['/home/aria/Downloads/neos-2148.rpack'],
  },
  {
    name: 'a file manager passing a file:// URL opens the decoded path',
    argv: ['/opt/Resonance/resonance', 'file:///home/aria/My%20Packs/night%20shift.rpack'],
    context: linux,
    packs: ['/home/aria/My Packs/night shift.rpack'],
  },
  {
    name: 'a relative path is resolved against the working directory',
    argv: ['/opt/Resonance/resonance', 'packs/extra.rpack'],
    context: linux,
    packs: ['/home/aria/packs/extra.rpack'],
  },
  {
    name: 'switches, including Chromium ones, are never taken for files',
    argv: [
      '/opt/Resonance/resonance',
      '--no-sandbox',
      '--enable-logging',
      '-v',
      '/tmp/a.rpack',
      '--ozone-platform=wayland',
    ],
    context: linux,
    packs: ['/tmp/a.rpack'],
  },
  {
    name: 'after a bare -- even a name starting with a dash is a file',
    argv: ['/opt/Resonance/resonance', '--', '-odd-.rpack'],
    context: linux,
    packs: ['/home/aria/-odd-.rpack'],
  },
  {
    name: 'the extension is recognised whatever its case',
    argv: ['/opt/Resonance/resonance', '/tmp/SHOUTING.RPACK'],
    context: linux,
    packs: ['/tmp/SHOUTING.RPACK'],
  },
  {
    name: 'several packs open in the order given, each once',
    argv: ['/opt/Resonance/resonance', '/tmp/b.rpack', '/tmp/a.rpack', '/tmp/./b.rpack', '/tmp/a.rpack'],
    context: linux,
    packs: ['/tmp/b.rpack', '/tmp/a.rpack'],
  },
  {
    name: 'a file that is not a pack is rejected with a reason',
    argv: ['/opt/Resonance/resonance', '/tmp/notes.txt', '/tmp/a.rpack'],
    context: linux,
    packs: ['/tmp/a.rpack'],
    rejected: ['/tmp/notes.txt'],
  },
  {
    name: 'a name that only contains .rpack is not a pack',
    argv: ['/opt/Resonance/resonance', '/tmp/a.rpack.zip', '/tmp/rpack'],
    context: linux,
    packs: [],
    rejected: ['/tmp/a.rpack.zip', '/tmp/rpack'],
  },
  {
    name: 'a web address is rejected rather than downloaded',
    argv: ['/opt/Resonance/resonance', 'https://example.invalid/pack.rpack'],
    context: linux,
    packs: [],
    rejected: ['https://example.invalid/pack.rpack'],
  },
  {
    name: 'in development the app path after electron is skipped',
    argv: ['/home/aria/resonance/node_modules/electron/dist/electron', '.', 'fixtures/demo.rpack'],
    context: linuxDev,
    packs: ['/home/aria/resonance/fixtures/demo.rpack'],
  },
  {
    name: 'in development the app path is skipped even after switches',
    argv: ['electron', '--inspect=5858', '--remote-debugging-port=9222', 'out/main/index.js', '/tmp/a.rpack'],
    context: linuxDev,
    packs: ['/tmp/a.rpack'],
  },
  {
    name: 'in development a bare `electron .` opens nothing and rejects nothing',
    argv: ['electron', '.'],
    context: linuxDev,
    packs: [],
  },
  {
    name: 'a packaged Windows launch by double-click opens the pack',
    argv: ['C:\\Program Files\\Resonance\\Resonance.exe', 'C:\\Users\\Aria\\Downloads\\neos-2148.rpack'],
    context: windows,
    packs: ['C:\\Users\\Aria\\Downloads\\neos-2148.rpack'],
  },
  {
    name: 'a Windows second instance with Chromium switches added still yields the pack',
    argv: [
      'C:\\Program Files\\Resonance\\Resonance.exe',
      '--allow-file-access-from-files',
      '--original-process-start-time=13370000000000000',
      'D:\\Packs\\extra.rpack',
    ],
    context: windows,
    packs: ['D:\\Packs\\extra.rpack'],
  },
  {
    name: 'Windows paths differing only in case or slashes count once',
    argv: ['Resonance.exe', 'C:\\Packs\\A.rpack', 'c:/packs/a.RPACK', 'C:\\Packs\\B.rpack'],
    context: windows,
    packs: ['C:\\Packs\\A.rpack', 'C:\\Packs\\B.rpack'],
  },
  {
    name: 'a relative Windows path is resolved against the working directory',
    argv: ['Resonance.exe', 'packs\\extra.rpack'],
    context: windows,
    packs: ['C:\\Users\\Aria\\packs\\extra.rpack'],
  },
  {
    name: 'a Windows file:// URL opens the drive path',
    argv: ['Resonance.exe', 'file:///C:/Users/Aria/pack%201.rpack'],
    context: windows,
    packs: ['C:\\Users\\Aria\\pack 1.rpack'],
  },
  {
    name: 'in Windows development the app path after electron.exe is skipped',
    argv: ['C:\\dev\\resonance\\node_modules\\electron\\dist\\electron.exe', '.', 'demo.rpack'],
    context: windowsDev,
    packs: ['C:\\dev\\resonance\\demo.rpack'],
  },
  {
    name: 'the macOS process serial number switch is ignored',
    argv: ['/Applications/Resonance.app/Contents/MacOS/Resonance', '-psn_0_1234567'],
    context: mac,
    packs: [],
  },
  {
    name: 'empty arguments are ignored',
    argv: ['/opt/Resonance/resonance', '', '   '],
    context: linux,
    packs: [],
  },
];

describe('packsFromArgv', () => {
  it.each(argvCases)('$name', ({ argv, context, packs, rejected = [] }) => {
    const request = packsFromArgv(argv, context);
    expect(request.packs).toEqual(packs);
    expect(request.rejected.map((rejection) => rejection.input)).toEqual(rejected);
  });

  it('explains a rejected file in a sentence naming the file and the extension it needs', () => {
    const [rejection] = packsFromArgv(['resonance', '/tmp/notes.txt'], linux).rejected;
    expect(rejection).toEqual({
      input: '/tmp/notes.txt',
      code: 'not-a-pack',
      message: '"notes.txt" is not a puzzle pack. Resonance opens puzzle packs whose names end in .rpack.',
    });
  });

  it('explains a web address as something to save to disk first', () => {
    const [rejection] = packsFromArgv(['resonance', 'https://example.invalid/pack.rpack'], linux).rejected;
    expect(rejection?.code).toBe('not-a-local-file');
    expect(rejection?.message).toBe(
      '"https://example.invalid/pack.rpack" is not a file on this computer. Save the puzzle pack (.rpack) to disk first, then open it.',
    );
  });

  it('rejects a file URL that names another computer on Linux', () => {
    const [rejection] = packsFromArgv(['resonance', 'file://server/share/pack.rpack'], linux).rejected;
    expect(rejection?.code).toBe('not-a-local-file');
  });

  it('reports the same rejected argument once', () => {
    const request = packsFromArgv(['resonance', '/tmp/x.txt', '/tmp/x.txt'], linux);
    expect(request.rejected).toHaveLength(1);
  });
});

describe('packFromOpenFile', () => {
  it('accepts the path macOS sends for a double-clicked pack', () => {
    expect(packFromOpenFile('/Users/aria/Downloads/neos-2148.rpack', mac)).toEqual({
      packs: ['/Users/aria/Downloads/neos-2148.rpack'],
      rejected: [],
    });
  });

  it('rejects a file dropped on the Dock icon that is not a pack', () => {
    const request = packFromOpenFile('/Users/aria/Desktop/photo.png', mac);
    expect(request.packs).toEqual([]);
    expect(request.rejected[0]?.message).toContain('"photo.png" is not a puzzle pack');
  });
});

describe('packsFromSecondInstance', () => {
  const argv = ['/opt/Resonance/resonance', 'later.rpack'];

  it('reads argv relative to the second instance working directory', () => {
    expect(packsFromSecondInstance(argv, '/home/other', undefined, linux).packs).toEqual([
      '/home/other/later.rpack',
    ]);
  });

  it('prefers the paths the second instance passed as additional data', () => {
    const data = singleInstanceData(packsFromArgv(['resonance', '/tmp/from-data.rpack'], linux));
    expect(packsFromSecondInstance(argv, '/home/other', data, linux).packs).toEqual(['/tmp/from-data.rpack']);
  });

  it('falls back to argv when the additional data has no packs or the wrong shape', () => {
    for (const data of [{ packPaths: [] }, { packPaths: [42] }, { packs: ['/tmp/x.rpack'] }, 'text', null]) {
      expect(packsFromSecondInstance(argv, '/home/other', data, linux).packs).toEqual([
        '/home/other/later.rpack',
      ]);
    }
  });

  it('still checks paths from additional data for the pack extension', () => {
    const request = packsFromSecondInstance(argv, '/', { packPaths: ['/tmp/evil.exe'] }, linux);
    expect(request.packs).toEqual([]);
    expect(request.rejected[0]?.code).toBe('not-a-pack');
  });

  it('uses the development argv shape when the running app is in development', () => {
    const devArgv = ['electron', '.', 'demo.rpack'];
    expect(packsFromSecondInstance(devArgv, '/work', undefined, linuxDev).packs).toEqual([
      '/work/demo.rpack',
    ]);
  });
});

describe('packKey', () => {
  it('treats Windows paths case-insensitively and Linux paths case-sensitively', () => {
    expect(packKey('C:\\A\\B.rpack', 'win32')).toBe(packKey('c:/a/b.RPACK', 'win32'));
    expect(packKey('/a/B.rpack', 'linux')).not.toBe(packKey('/a/b.rpack', 'linux'));
  });
});

describe('OsOpenQueue', () => {
  const request = (...packs: string[]): OpenRequest => ({ packs, rejected: [] });

  it('keeps open-file requests that arrive before the window is ready and delivers them once, merged', () => {
    const queue = new OsOpenQueue('darwin');
    queue.push(packFromOpenFile('/Users/aria/a.rpack', mac));
    queue.push(packFromOpenFile('/Users/aria/notes.txt', mac));
    queue.push(packFromOpenFile('/Users/aria/b.rpack', mac));
    queue.push(packFromOpenFile('/Users/aria/a.rpack', mac));
    const delivered: OpenRequest[] = [];
    queue.attach((r) => delivered.push(r));
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.packs).toEqual(['/Users/aria/a.rpack', '/Users/aria/b.rpack']);
    expect(delivered[0]?.rejected.map((r) => r.input)).toEqual(['/Users/aria/notes.txt']);
    expect(queue.pending).toEqual({ packs: [], rejected: [] });
  });

  it('delivers at once while a handler is attached', () => {
    const queue = new OsOpenQueue('linux');
    const delivered: OpenRequest[] = [];
    queue.attach((r) => delivered.push(r));
    queue.push(request('/tmp/a.rpack'));
    queue.push(request('/tmp/a.rpack'));
    expect(delivered).toEqual([request('/tmp/a.rpack'), request('/tmp/a.rpack')]);
  });

  it('does not call the handler for an empty request or when nothing waited', () => {
    const queue = new OsOpenQueue('linux');
    const delivered: OpenRequest[] = [];
    queue.push(request());
    queue.attach((r) => delivered.push(r));
    queue.push(request());
    expect(delivered).toEqual([]);
  });

  it('queues again after the handler is detached, for a window that closed', () => {
    const queue = new OsOpenQueue('win32');
    const first: OpenRequest[] = [];
    const detach = queue.attach((r) => first.push(r));
    detach();
    queue.push(request('C:\\a.rpack'));
    queue.push(request('c:\\A.RPACK'));
    expect(first).toEqual([]);
    expect(queue.pending.packs).toEqual(['C:\\a.rpack']);
    const second: OpenRequest[] = [];
    queue.attach((r) => second.push(r));
    expect(second).toEqual([request('C:\\a.rpack')]);
  });

  it('ignores a stale detach from a handler that was already replaced', () => {
    const queue = new OsOpenQueue('linux');
    const detachOld = queue.attach(() => undefined);
    const delivered: OpenRequest[] = [];
    queue.attach((r) => delivered.push(r));
    detachOld();
    queue.push(request('/tmp/a.rpack'));
    expect(delivered).toEqual([request('/tmp/a.rpack')]);
  });
});
