// The vigie extension: starts `vigie lsp` for Markdown and plain-text documents and adds
// three commands (restart, show mentions, reindex) and a status bar item that shows the
// corpus index's progress and the actor or place under the cursor.
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

/** `vigie/indexStatus` and `vigie/status` (server/src/lsp/status.rs). */
interface IndexStatus {
  state: 'idle' | 'indexing' | 'ready' | 'failed';
  done: number;
  total: number;
  articles: number;
  message?: string;
}

/** One entry of `vigie/entryAt`. */
interface EntrySummary {
  id: string;
  name: string;
  kind: string;
  roles: string[];
  line: string;
  articles: number | null;
  mentions: number | null;
  counts: string | null;
}

/** The answer to `vigie/reindex`. */
interface ReindexResult {
  articles: number;
  analysed: number;
  reused: number;
  skipped: number;
  superseded: boolean;
  message: string;
}

/** What the status bar item shows: the client's state, the index's, the entry under the cursor. */
const view: {
  client: 'starting' | 'running' | 'stopped' | 'failed' | 'missing';
  detail: string;
  index?: IndexStatus;
  entries?: EntrySummary[];
} = { client: 'starting', detail: '' };

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
  if (!isExecutable(bundled) && fs.existsSync(bundled) && process.platform !== 'win32') {
    // An installer that dropped the executable bit: put it back.
    try {
      fs.chmodSync(bundled, 0o755);
    } catch (e) {
      output?.appendLine(`vigie: cannot make ${bundled} executable: ${e}`);
    }
  }
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
    houseStyleSeverity: c.get('houseStyleSeverity') ?? null,
    language: c.get('language') ?? null,
    figures: {
      severity: c.get('figures.severity') ?? null,
      durations: c.get('figures.durations') ?? null,
    },
    roles: {
      severity: c.get('roles.severity') ?? null,
    },
    corpus: {
      paths: c.get('corpus.paths') ?? null,
      exclude: c.get('corpus.exclude') ?? null,
    },
  };
}

/** "Steve Witkoff · envoyé spécial…", cut to `max` characters. */
function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The status bar item's text and tooltip, from `view`. */
function statusText(): { text: string; tooltip: string } {
  switch (view.client) {
    case 'starting':
      return { text: '$(sync~spin) vigie', tooltip: `vigie: starting (${view.detail})` };
    case 'stopped':
      return { text: '$(circle-slash) vigie', tooltip: 'vigie: stopped (run "vigie: Restart server")' };
    case 'failed':
      return { text: '$(error) vigie', tooltip: `vigie: ${view.detail}` };
    case 'missing':
      return { text: '$(error) vigie', tooltip: 'vigie: no server binary (set vigie.server.path)' };
  }
  const index = view.index;
  const lines: string[] = [];
  let text = '$(eye) vigie';
  if (index?.state === 'indexing') {
    const progress = index.total > 0 ? ` ${index.done}/${index.total}` : '';
    text = `$(sync~spin) vigie${progress}`;
    lines.push(`Indexing the corpus${progress} (${index.articles} articles so far)`);
  } else if (index?.state === 'ready') {
    text = `$(eye) vigie · ${index.articles} articles`;
    lines.push(index.message ?? `${index.articles} articles indexed`);
  } else if (index?.state === 'failed') {
    text = '$(warning) vigie';
    lines.push(index.message ?? 'indexing failed');
  }
  const entries = view.entries ?? [];
  if (entries.length > 0) {
    const [first] = entries;
    const more = entries.length > 1 ? ` (+${entries.length - 1})` : '';
    text = `${index?.state === 'indexing' ? '$(sync~spin)' : '$(eye)'} ${cut(first.line, 60)}${more}`;
    lines.unshift(
      ...entries.map((e) => (e.counts ? `${e.line} — ${e.counts}` : e.line)),
      'Click: show mentions across the corpus',
      '',
    );
  }
  lines.push(`Server: ${view.detail}`);
  return { text, tooltip: lines.join('\n') };
}

function render(): void {
  if (!statusItem) return;
  const { text, tooltip } = statusText();
  statusItem.text = text;
  statusItem.tooltip = tooltip;
  statusItem.show();
}

/** Languages vigie serves. */
function served(doc: vscode.TextDocument): boolean {
  return (doc.languageId === 'markdown' || doc.languageId === 'plaintext') &&
    (doc.uri.scheme === 'file' || doc.uri.scheme === 'untitled');
}

// The entry under the cursor: asked 150 ms after the cursor settles; an answer to an older
// question is dropped.
let cursorTimer: NodeJS.Timeout | undefined;
let cursorAsked = 0;

function cursorMoved(): void {
  if (cursorTimer) clearTimeout(cursorTimer);
  cursorTimer = setTimeout(() => void askEntryAt(), 150);
}

async function askEntryAt(): Promise<void> {
  const asked = ++cursorAsked;
  const editor = vscode.window.activeTextEditor;
  const c = client;
  let entries: EntrySummary[] | undefined;
  if (editor && c && c.state === State.Running && served(editor.document)) {
    try {
      const params = c.code2ProtocolConverter.asTextDocumentPositionParams(
        editor.document,
        editor.selection.active,
      );
      const found = await c.sendRequest<{ entries: EntrySummary[] } | null>('vigie/entryAt', params);
      entries = found?.entries;
    } catch (e) {
      // Not fatal: the status bar goes on without the entry.
      output?.appendLine(`vigie: vigie/entryAt failed: ${e}`);
    }
  }
  if (asked !== cursorAsked) return;
  view.entries = entries;
  render();
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const command = findServer(context);
  if (!command) {
    output?.appendLine('vigie: no server binary (vigie.server.path, PATH, bin/vigie)');
    view.client = 'missing';
    render();
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
    // statusNotifications: the server pushes vigie/indexStatus for the status bar.
    // selectPlaceholder: the extension selects "[source]" after the "add the source" quick
    // fix (vigie.selectPlaceholder below); vscode-languageclient 9 has no snippet edits.
    initializationOptions: { vigie: settings(), statusNotifications: true, selectPlaceholder: true },
    outputChannel: output,
    middleware: {
      workspace: {
        // Send the section with unset settings as null (not VS Code's defaults), the same
        // shape as the initialization options.
        didChangeConfiguration: async () => {
          // A client being stopped or restarted (vigie.server.path changed) gets the settings
          // as initialization options when it starts.
          const c = client;
          if (!c || c.state !== State.Running) return;
          try {
            await c.sendNotification('workspace/didChangeConfiguration', {
              settings: { vigie: settings() },
            });
          } catch (e) {
            output?.appendLine(`vigie: settings not sent: ${e}`);
          }
        },
      },
    },
  };
  const c = new LanguageClient('vigie', 'vigie', serverOptions, clientOptions);
  client = c;
  view.detail = command;
  view.index = undefined;
  view.entries = undefined;
  c.onNotification('vigie/indexStatus', (status: IndexStatus) => {
    if (client !== c) return;
    view.index = status;
    render();
  });
  c.onDidChangeState((e) => {
    if (client !== c) return;
    switch (e.newState) {
      case State.Starting:
        view.client = 'starting';
        break;
      case State.Running:
        view.client = 'running';
        break;
      case State.Stopped:
        view.client = 'stopped';
        view.entries = undefined;
        break;
    }
    render();
  });
  view.client = 'starting';
  render();
  try {
    await c.start();
    // A run may have reported before the client was listening: ask once.
    const status = await c.sendRequest<IndexStatus>('vigie/status');
    // (A notification may have come in meanwhile: TypeScript cannot know view.index changed.)
    const current = view.index as IndexStatus | undefined;
    if (client === c && (!current || current.state === 'idle')) view.index = status;
    render();
    cursorMoved();
  } catch (e) {
    output?.appendLine(`vigie: could not start ${command}: ${e}`);
    view.client = 'failed';
    view.detail = `could not start ${command}: ${e}`;
    render();
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

/**
 * "vigie: Reindex corpus": brings the index up to date (files changed behind the editor's
 * back are taken in) and says how it went.
 */
async function reindex(): Promise<void> {
  const c = client;
  if (!c || c.state !== State.Running) {
    void vscode.window.showWarningMessage('vigie: the server is not running (run "vigie: Restart server").');
    return;
  }
  try {
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'vigie: reindexing the corpus' },
      () => c.sendRequest<ReindexResult>('vigie/reindex', {}),
    );
    if (result.superseded) {
      output?.appendLine('vigie: reindex superseded by a newer run');
      return;
    }
    void vscode.window.showInformationMessage(`vigie: ${result.message}`);
  } catch (e) {
    output?.appendLine(`vigie: vigie/reindex failed: ${e}`);
    void vscode.window.showErrorMessage(`vigie: reindexing failed: ${e}`);
  }
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

/** The range the server names after a quick fix: what is left to fill in, "[source]". */
interface PlaceholderArg {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

/**
 * vigie.selectPlaceholder, run by VS Code after it applied the "add the source" quick fix:
 * selects "[source]" so that typing replaces it. Positions are UTF-16, the encoding
 * vscode-languageclient negotiates.
 */
function selectPlaceholder(arg?: PlaceholderArg): void {
  if (!arg || !arg.uri || !arg.range) return;
  const target = vscode.Uri.parse(arg.uri).toString();
  const editor =
    vscode.window.activeTextEditor?.document.uri.toString() === target
      ? vscode.window.activeTextEditor
      : vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target);
  if (!editor) return;
  const { start, end } = arg.range;
  const range = editor.document.validateRange(
    new vscode.Range(start.line, start.character, end.line, end.character),
  );
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range);
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
    vscode.commands.registerCommand('vigie.reindex', reindex),
    vscode.commands.registerCommand('vigie.selectPlaceholder', selectPlaceholder),
    vscode.window.onDidChangeTextEditorSelection(cursorMoved),
    vscode.window.onDidChangeActiveTextEditor(cursorMoved),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('vigie.server.path')) void restart(context);
    }),
  );
  await serialized(() => startClient(context));
}

export function deactivate(): Promise<void> {
  return serialized(stopClient);
}
