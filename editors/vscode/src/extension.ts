// The vigie extension: starts `vigie lsp` for Markdown and plain-text documents and adds
// three commands (restart, show mentions, reindex) and a status bar item.
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  State,
  TransportKind,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;
let statusItem: vscode.StatusBarItem | undefined;
let output: vscode.OutputChannel | undefined;

/** True when `file` exists and is executable. */
function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** `name` looked up on PATH, or undefined. */
function onPath(name: string): string | undefined {
  const exts = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const candidate = path.join(dir, name + ext);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * The server binary: the setting vigie.server.path, else `vigie` on PATH, else the binary
 * bundled with the extension (bin/vigie).
 */
export function findServer(context: vscode.ExtensionContext): string | undefined {
  const configured = vscode.workspace.getConfiguration('vigie').get<string>('server.path');
  if (configured && configured.trim() !== '') {
    let p = configured.trim();
    if (p.startsWith('~/')) p = path.join(process.env.HOME ?? '', p.slice(2));
    return p;
  }
  const found = onPath('vigie');
  if (found) return found;
  const exe = process.platform === 'win32' ? 'vigie.exe' : 'vigie';
  const bundled = context.asAbsolutePath(path.join('bin', exe));
  if (isExecutable(bundled)) return bundled;
  return undefined;
}

/**
 * The `vigie` section as the server reads it. Settings left unset are null, which the server
 * treats as absent, so vigie.toml keeps deciding them.
 */
function settings(): Record<string, unknown> {
  const c = vscode.workspace.getConfiguration('vigie');
  return {
    houseStyle: c.get('houseStyle') ?? null,
    language: c.get('language') ?? null,
    figures: {
      severity: c.get('figures.severity') ?? null,
      durations: c.get('figures.durations') ?? null,
    },
    corpus: {
      paths: c.get('corpus.paths') ?? null,
      exclude: c.get('corpus.exclude') ?? null,
    },
  };
}

function setStatus(text: string, tooltip: string): void {
  if (!statusItem) return;
  statusItem.text = text;
  statusItem.tooltip = tooltip;
  statusItem.show();
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const command = findServer(context);
  if (!command) {
    output?.appendLine('vigie: no server binary (vigie.server.path, PATH, bin/vigie)');
    setStatus('$(error) vigie', 'vigie: no server binary (set vigie.server.path)');
    void vscode.window.showErrorMessage(
      'vigie: the server was not found. Set "vigie.server.path", or put `vigie` on PATH (cargo install --path server).',
    );
    return;
  }
  // TransportKind.stdio appends --stdio, which vigie accepts.
  const serverOptions: ServerOptions = {
    run: { command, args: ['lsp'], transport: TransportKind.stdio },
    debug: { command, args: ['lsp'], transport: TransportKind.stdio },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'untitled', language: 'plaintext' },
    ],
    synchronize: { configurationSection: 'vigie' },
    initializationOptions: { vigie: settings() },
    outputChannel: output,
    middleware: {
      workspace: {
        // Send the section with unset settings as null (not VS Code's defaults), the same
        // shape as the initialization options.
        didChangeConfiguration: async (sections, next) => {
          if (!client) return next(sections);
          await client.sendNotification('workspace/didChangeConfiguration', {
            settings: { vigie: settings() },
          });
        },
      },
    },
  };
  client = new LanguageClient('vigie', 'vigie', serverOptions, clientOptions);
  client.onDidChangeState((e) => {
    switch (e.newState) {
      case State.Starting:
        setStatus('$(sync~spin) vigie', `vigie: starting (${command})`);
        break;
      case State.Running:
        setStatus('$(eye) vigie', `vigie: running (${command})\nClick: show mentions of the name under the cursor`);
        break;
      case State.Stopped:
        setStatus('$(circle-slash) vigie', 'vigie: stopped (run "vigie: Restart server")');
        break;
    }
  });
  setStatus('$(sync~spin) vigie', `vigie: starting (${command})`);
  try {
    await client.start();
  } catch (e) {
    output?.appendLine(`vigie: could not start ${command}: ${e}`);
    setStatus('$(error) vigie', `vigie: could not start ${command}: ${e}`);
    void vscode.window.showErrorMessage(`vigie: could not start ${command}: ${e}`);
  }
}

async function stopClient(): Promise<void> {
  const c = client;
  client = undefined;
  if (c) {
    try {
      await c.stop();
    } catch {
      // The server may already be gone; a new one is started anyway.
    }
  }
}

// Starts and stops run one after the other: two restarts in a row (a command and a settings
// change) must not interleave.
let queue: Promise<void> = Promise.resolve();
function serialized(fn: () => Promise<void>): Promise<void> {
  queue = queue.then(fn, fn);
  return queue;
}

function restart(context: vscode.ExtensionContext): Promise<void> {
  return serialized(async () => {
    await stopClient();
    await startClient(context);
  });
}

/** Every mention, in the corpus, of the actor or place under the cursor, in the references view. */
async function showMentions(): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('vigie: put the cursor on a name in an article first.');
    return;
  }
  await vscode.commands.executeCommand('editor.action.referenceSearch.trigger');
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('vigie');
  statusItem = vscode.window.createStatusBarItem('vigie.status', vscode.StatusBarAlignment.Right, 100);
  statusItem.name = 'vigie';
  statusItem.command = 'vigie.showMentions';
  context.subscriptions.push(
    output,
    statusItem,
    vscode.commands.registerCommand('vigie.restartServer', () => restart(context)),
    vscode.commands.registerCommand('vigie.showMentions', showMentions),
    // The server has no reindex request: it indexes the corpus when it starts (and after a
    // settings change), so reindexing restarts it.
    vscode.commands.registerCommand('vigie.reindex', () => restart(context)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('vigie.server.path')) void restart(context);
    }),
  );
  await serialized(() => startClient(context));
}

export function deactivate(): Promise<void> {
  return serialized(stopClient);
}
